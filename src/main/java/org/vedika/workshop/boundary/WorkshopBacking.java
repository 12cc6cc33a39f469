package org.vedika.workshop.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.i18n.boundary.Messages;
import org.vedika.place.boundary.Places;
import org.vedika.place.entity.Place;
import org.vedika.problem.entity.ProblemStatus;
import org.vedika.workshop.entity.Workshop;

/**
 * {@code /workshop/{id}}: a workshop, its agenda and outcomes, "I'll attend", and for the commune's
 * official once it has met, the outcome form (one note, and maybe a new status, per agenda item).
 */
@Named
@RequestScoped
public class WorkshopBacking {

  @Inject Workshops workshops;
  @Inject Places places;
  @Inject CurrentMember me;
  @Inject Messages messages;
  @Inject jakarta.enterprise.event.Event<org.vedika.workshop.entity.WorkshopViewed> viewed;

  @Inject @Param private String id;
  private Workshop workshop;
  private Boolean attending;
  private final Map<Long, String> outcomes = new HashMap<>();
  private final Map<Long, String> moves = new HashMap<>();

  @PostConstruct
  void init() {
    try {
      workshop = id == null ? null : workshops.find(Long.parseLong(id));
    } catch (NumberFormatException notAnId) {
      workshop = null;
    }
    if (workshop != null) {
      workshop
          .getAgenda()
          .forEach(item -> outcomes.put(item.getProblem().getId(), item.getOutcome()));
    }
  }

  /** View action: 404 for an unknown workshop. */
  public void load() throws IOException {
    if (workshop != null && me.isLoggedIn()) {
      viewed.fire(new org.vedika.workshop.entity.WorkshopViewed(workshop.getId(), me.getId()));
    }
    if (workshop == null) {
      var context = FacesContext.getCurrentInstance();
      context
          .getExternalContext()
          .responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such workshop");
      context.responseComplete();
    }
  }

  public void attend() throws IOException {
    if (mustLogIn()) {
      return;
    }
    workshops.attend(me.getId(), workshop.getId());
    back();
  }

  public void withdraw() throws IOException {
    if (mustLogIn()) {
      return;
    }
    workshops.withdraw(me.getId(), workshop.getId());
    back();
  }

  public void recordOutcomes() throws IOException {
    if (mustLogIn()) {
      return;
    }
    var statuses = new HashMap<Long, ProblemStatus>();
    moves.forEach(
        (problem, key) ->
            ProblemStatus.of(key == null ? "" : key).ifPresent(s -> statuses.put(problem, s)));
    try {
      workshops.recordOutcomes(me.get().orElseThrow(), workshop.getId(), outcomes, statuses);
    } catch (org.vedika.Refusal refused) {
      // the workshop's own refusals, and the lifecycle's for a move (an illegal step, a problem
      // hidden since the workshop): said on the page, the outcomes kept as typed
      if ("workshop.notYours".equals(refused.bundleKey())) {
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
      }
      messages.refused(refused);
      return;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    messages.info(null, "workshop.outcomes.saved");
    back();
  }

  /** Whether the reader is the official of this workshop's commune. */
  public boolean isOfficial() {
    return workshop != null
        && me.has(org.vedika.account.entity.Role.OFFICIAL, workshop.getCommuneCode());
  }

  public boolean isAttending() {
    if (attending == null) {
      attending =
          workshop != null && me.isLoggedIn() && workshops.attends(me.getId(), workshop.getId());
    }
    return attending;
  }

  public boolean isStarted() {
    return workshop != null && workshop.hasStarted(Instant.now());
  }

  /** The statuses an outcome may move a problem to (closing needs a reason: the problem page). */
  public ProblemStatus[] getMoveChoices() {
    return new ProblemStatus[] {
      ProblemStatus.ACKNOWLEDGED, ProblemStatus.IN_PROGRESS, ProblemStatus.RESOLVED
    };
  }

  public Place getCommune() {
    return workshop == null ? null : places.find(workshop.getCommuneCode()).orElse(null);
  }

  private boolean mustLogIn() throws IOException {
    if (me.isLoggedIn() && workshop != null) {
      return false;
    }
    org.vedika.Pages.logInFirst("/workshop/" + id);
    return true;
  }

  private void back() throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/workshop/" + workshop.getId());
  }

  public String getId() {
    return id;
  }

  public Workshop getWorkshop() {
    return workshop;
  }

  public Map<Long, String> getOutcomes() {
    return outcomes;
  }

  public Map<Long, String> getMoves() {
    return moves;
  }
}
