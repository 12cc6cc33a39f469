package org.vedika.workshop.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.i18n.boundary.Messages;
import org.vedika.i18n.control.RelativeTime;
import org.vedika.place.boundary.Places;
import org.vedika.place.entity.Place;
import org.vedika.problem.entity.Problem;
import org.vedika.workshop.entity.Workshop;

/**
 * {@code /workshop-plan?commune=…}: the commune's official plans a workshop. The agenda starts as
 * the commune's five most affected open problems and can be changed among the eight proposed.
 */
@Named
@RequestScoped
public class WorkshopPlanBacking {

  static final int PRESELECTED = 5;

  @Inject Workshops workshops;
  @Inject Places places;
  @Inject CurrentMember me;
  @Inject Messages messages;

  /**
   * The commune comes from the request (the form posts it back), so it is known while validating.
   */
  @Inject @Param private String commune;

  private Place place;
  private List<Problem> proposed;

  @NotNull(message = "{workshop.startsAt.required}")
  private LocalDateTime startsAt;

  @NotBlank(message = "{workshop.venue.required}")
  @Size(max = Workshop.VENUE_MAX, message = "{workshop.venue.required}")
  private String venue;

  @NotBlank(message = "{workshop.topic.required}")
  @Size(max = Workshop.TOPIC_MAX, message = "{workshop.topic.required}")
  private String topic;

  private List<String> agenda = new ArrayList<>();

  /** View action: the commune's official only (403 for anyone else, login first for strangers). */
  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
      return;
    }
    if (getPlace() == null || !me.has(org.vedika.account.entity.Role.OFFICIAL, commune)) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "The commune's official only");
      context.responseComplete();
      return;
    }
    if (!context.isPostback()) {
      agenda =
          new ArrayList<>(
              getProposed().stream()
                  .limit(PRESELECTED)
                  .map(p -> String.valueOf(p.getId()))
                  .toList());
    }
  }

  public void schedule() throws IOException {
    if (!me.isLoggedIn()) {
      load();
      return;
    }
    var ids = ((List<?>) agenda).stream().map(Object::toString).map(Long::valueOf).toList();
    try {
      var workshop =
          workshops.schedule(
              me.get().orElseThrow(),
              commune,
              startsAt.atZone(RelativeTime.PHNOM_PENH).toInstant(),
              venue,
              topic,
              ids);
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      messages.info(null, "workshop.scheduled");
      external.redirect(external.getRequestContextPath() + "/workshop/" + workshop.getId());
    } catch (Workshops.Refused refused) {
      messages.error(null, refused.bundleKey());
    }
  }

  public Place getPlace() {
    if (place == null && commune != null && commune.length() == 6) {
      place = places.find(commune).orElse(null);
    }
    return place;
  }

  public List<Problem> getProposed() {
    if (proposed == null) {
      proposed = getPlace() == null ? List.of() : workshops.proposedAgenda(commune);
    }
    return proposed;
  }

  public String getCommune() {
    return commune;
  }

  public void setCommune(String commune) {
    this.commune = commune;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public List<String> getAgenda() {
    return agenda;
  }

  public void setAgenda(List<String> agenda) {
    this.agenda = agenda;
  }
}
