package org.vedika.moderation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.vedika.Refusal;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.i18n.boundary.Messages;
import org.vedika.moderation.entity.Action;
import org.vedika.moderation.entity.Reason;

/**
 * {@code /review?problem=…[&reply=…]}: one reported post with its reports, and the moderator's
 * actions on it, each with a reason from the list and free text.
 */
@Named
@RequestScoped
public class ReviewBacking {

  @Inject Moderation moderation;
  @Inject CurrentMember me;
  @Inject Messages messages;

  private Optional<Moderation.Target> target = Optional.empty();
  private Moderation.QueueItem item;
  private Reason reason;
  private String note;

  @PostConstruct
  void init() {
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    target = Moderation.target(params.get("problem"), params.get("reply"));
  }

  /** View action: moderators only. */
  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (!me.isLoggedIn()) {
      external.redirect(external.getRequestContextPath() + "/login?next=%2Fmoderation");
    } else if (target.isEmpty() || !moderation.isModerator(me.getId())) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Moderators only");
      context.responseComplete();
    }
  }

  public void hide() throws IOException {
    act(Action.HIDE);
  }

  public void restore() throws IOException {
    act(Action.RESTORE);
  }

  public void dismiss() throws IOException {
    act(Action.DISMISS);
  }

  public void lock() throws IOException {
    act(Action.LOCK);
  }

  public void unlock() throws IOException {
    act(Action.UNLOCK);
  }

  private void act(Action action) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (!me.isLoggedIn() || target.isEmpty()) {
      load();
      return;
    }
    try {
      moderation.act(me.get().orElseThrow(), target.get(), action, reason, note);
    } catch (Refusal refused) {
      if ("moderation.notYours".equals(refused.bundleKey()) || "moderation.ownContent".equals(refused.bundleKey())) {
        external.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
      }
      messages.error(null, refused.bundleKey());
      return;
    }
    external.getFlash().setKeepMessages(true);
    messages.info(null, "moderation.done." + action.name());
    external.redirect(external.getRequestContextPath() + "/moderation");
  }

  /** The post under review, with its open reports counted; null outside the moderator's places. */
  public Moderation.QueueItem getItem() {
    if (item == null && target.isPresent() && me.isLoggedIn()) {
      item = moderation.item(me.getId(), target.get()).orElse(null);
    }
    return item;
  }

  public List<Object[]> getReports() {
    return target.map(moderation::reports).orElse(List.of());
  }

  public Moderation.Target getTarget() {
    return target.orElse(null);
  }

  public Reason[] getReasons() {
    return Reason.choosable();
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
