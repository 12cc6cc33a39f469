package org.vedika.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.vedika.Refusal;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.i18n.boundary.Messages;
import org.vedika.moderation.entity.Reason;

/** {@code /report?problem=…[&reply=…]}: a member reports a problem or a reply, with a reason. */
@Named
@RequestScoped
public class ReportBacking {

  @Inject Moderation moderation;
  @Inject CurrentMember me;
  @Inject Messages messages;

  @Inject @Param private String problem;
  @Inject @Param private String reply;

  @NotNull(message = "{report.reason.required}")
  private Reason reason;

  private String note;

  /** View action: members only; they come back here after logging in. */
  public void load() throws IOException {
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst(
          "/report?problem=" + problem + (reply == null ? "" : "&reply=" + reply));
    }
  }

  public void send() throws IOException {
    var target = Moderation.target(problem, reply);
    if (!me.isLoggedIn() || target.isEmpty()) {
      load();
      return;
    }
    try {
      moderation.report(me.get().orElseThrow(), target.get(), reason, note);
    } catch (org.vedika.problem.control.WritingLimits.LimitReached suspended) {
      messages.error(null, suspended.bundleKey(), suspended.retryAfterSeconds());
      return;
    } catch (Refusal refused) {
      messages.error(null, refused.bundleKey());
      return;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    messages.info(null, "report.sent");
    external.redirect(external.getRequestContextPath() + "/problem/" + target.get().problemId());
  }

  public Reason[] getReasons() {
    return Reason.choosable();
  }

  public String getProblem() {
    return problem;
  }

  public String getReply() {
    return reply;
  }

  public Reason getReason() {
    return reason;
  }

  public void setReason(Reason reason) {
    this.reason = reason;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
