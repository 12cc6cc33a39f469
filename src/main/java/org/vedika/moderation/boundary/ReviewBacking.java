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
import org.omnifaces.cdi.Param;
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

  @Inject org.vedika.place.boundary.Places places;
  @Inject Moderation moderation;
  @Inject CurrentMember me;
  @Inject Messages messages;

  private Optional<Moderation.Target> target = Optional.empty();
  private Moderation.QueueItem item;
  private List<Moderation.Report> reports;
  private Reason reason;
  private String note;
  private int days = 7;
  private String place;
  private String category;
  private String mergeInto;

  @Inject @Param private String problem;
  @Inject @Param private String reply;

  @PostConstruct
  void init() {
    target = Moderation.target(problem, reply);
  }

  /** View action: moderators only. */
  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
    } else if (target.isEmpty() || !me.isModerator()) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Moderators only");
      context.responseComplete();
    }
  }

  public void approve() throws IOException {
    act(Action.APPROVE);
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

  public void warn() throws IOException {
    run(
        Action.WARN,
        () ->
            moderation.actOnAuthor(
                me.get().orElseThrow(), target.get(), Action.WARN, reason, note, 0));
  }

  public void suspend() throws IOException {
    run(
        Action.SUSPEND,
        () ->
            moderation.actOnAuthor(
                me.get().orElseThrow(), target.get(), Action.SUSPEND, reason, note, days));
  }

  public void lift() throws IOException {
    run(
        Action.LIFT,
        () ->
            moderation.actOnAuthor(
                me.get().orElseThrow(), target.get(), Action.LIFT, reason, note, 0));
  }

  public void move() throws IOException {
    // the picker's choice, or (without its script) a code or a name only one place has
    var to =
        place != null && !place.isBlank()
            ? place
            : places.resolve(placeText).map(p -> p.getCode()).orElse(placeText);
    run(
        Action.MOVE,
        () ->
            moderation.move(
                me.get().orElseThrow(), target.get().problemId(), to, category, reason, note));
  }

  /** The place typed in the move form's picker (a name or a code). */
  private String placeText;

  public String getPlaceText() {
    return placeText;
  }

  public void setPlaceText(String placeText) {
    this.placeText = placeText;
  }

  public void merge() throws IOException {
    run(
        Action.MERGE,
        () -> {
          // "12", "#12", or the picker's "#12 · its title"
          var number =
              java.util.regex.Pattern.compile("^#?\\s*(\\d{1,18})(?:\\D.*)?$")
                  .matcher(mergeInto == null ? "" : mergeInto.strip());
          if (!number.matches()) {
            throw new Refusal("moderation.merge.target", "not a problem number: " + mergeInto);
          }
          long into = Long.parseLong(number.group(1));
          moderation.merge(me.get().orElseThrow(), target.get().problemId(), into, note);
        });
  }

  private void act(Action action) throws IOException {
    run(action, () -> moderation.act(me.get().orElseThrow(), target.get(), action, reason, note));
  }

  private void run(Action action, Runnable work) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (!me.isLoggedIn() || target.isEmpty()) {
      load();
      return;
    }
    try {
      work.run();
    } catch (Refusal refused) {
      if ("moderation.notYours".equals(refused.bundleKey())
          || "moderation.ownContent".equals(refused.bundleKey())) {
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

  public List<Moderation.Report> getReports() {
    if (reports == null) {
      reports = target.map(moderation::reports).orElse(List.of());
    }
    return reports;
  }

  public Moderation.Target getTarget() {
    return target.orElse(null);
  }

  public org.vedika.problem.entity.Category[] getCategories() {
    return org.vedika.problem.entity.Category.values();
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getMergeInto() {
    return mergeInto;
  }

  public void setMergeInto(String mergeInto) {
    this.mergeInto = mergeInto;
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
