package org.vedika.response.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Set;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.account.entity.Role;
import org.vedika.i18n.boundary.Messages;
import org.vedika.problem.boundary.ProblemBacking;
import org.vedika.problem.entity.CloseReason;
import org.vedika.problem.entity.IllegalTransition;
import org.vedika.problem.entity.ProblemStatus;
import org.vedika.problem.entity.StatusChange;

/**
 * The problem page's status form: for the commune's official every legal next step (with a note,
 * and a reason to close); for the author of a resolved problem, "reopen".
 */
@Named
@RequestScoped
public class StatusBacking {

  @Inject Lifecycle lifecycle;
  @Inject ProblemBacking page;
  @Inject CurrentMember me;
  @Inject Messages messages;

  private ProblemStatus to;
  private CloseReason reason;

  @Size(max = StatusChange.NOTE_MAX, message = "{status.noteTooLong}")
  private String note;

  private Set<ProblemStatus> choices;

  /** The steps the reader may take now; empty for readers without the right. */
  public Set<ProblemStatus> getChoices() {
    if (choices == null) {
      var problem = page.getProblem();
      choices =
          problem == null || !me.isLoggedIn()
              ? Set.of()
              : Lifecycle.choices(
                  me.getId(), me.has(Role.OFFICIAL, problem.getCommuneCode()), problem);
    }
    return choices;
  }

  /** Closing is among the reader's steps: the form asks for a reason. */
  public boolean isClosable() {
    return getChoices().contains(ProblemStatus.CLOSED);
  }

  /** Whether the reader answers for this problem's commune (their replies are official answers). */
  public boolean isOfficial() {
    var problem = page.getProblem();
    return problem != null && me.has(Role.OFFICIAL, problem.getCommuneCode());
  }

  public CloseReason[] getReasons() {
    return CloseReason.values();
  }

  /** Moves the problem; a refused step says why and keeps the note as typed. */
  public void change() throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    var problem = page.getProblem();
    if (!me.isLoggedIn() || problem == null) {
      org.vedika.Pages.logInFirst("/problem/" + page.getId());
      return;
    }
    try {
      lifecycle.move(me.get().orElseThrow(), problem.getId(), to, reason, note);
    } catch (IllegalTransition refused) {
      if ("status.notYours".equals(refused.bundleKey())) {
        external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
      }
      messages.error(null, refused.bundleKey());
      return;
    }
    external.getFlash().setKeepMessages(true);
    messages.info(null, "status.changed");
    external.redirect(
        external.getRequestContextPath() + "/problem/" + problem.getId() + "#timeline");
  }

  public ProblemStatus getTo() {
    return to;
  }

  public void setTo(ProblemStatus to) {
    this.to = to;
  }

  public CloseReason getReason() {
    return reason;
  }

  public void setReason(CloseReason reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
