package org.vedika.guide.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.vedika.Refusal;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.guide.entity.GuideText;
import org.vedika.i18n.boundary.Messages;
import org.vedika.problem.boundary.Drafts;
import org.vedika.problem.entity.Category;

/**
 * {@code /guide-edit}: writing a guide — a new one, a new version of one ({@code ?id=}), or one
 * made from a solved problem ({@code ?from=}, its text and solution to start from). Saving keeps a
 * new version, which waits for a second person to publish it. Officials, trainers and admins only;
 * what was typed survives a refusal, a database failure and an expired session (kept as a draft).
 */
@Named
@RequestScoped
public class GuideEditBacking {

  @Inject Guides guides;
  @Inject CurrentMember me;
  @Inject Messages messages;

  /** Where each of the text's problems is said: the field it is about. */
  private static final java.util.Map<String, String> FIELDS =
      java.util.Map.of(
          "guide.invalid.category", "guide:category",
          "guide.invalid.title", "guide:titleKm",
          "guide.invalid.pair", "guide:titleEn",
          "guide.invalid.titleSize", "guide:titleKm",
          "guide.invalid.bodySize", "guide:bodyKm",
          "guide.invalid.sources", "guide:sources",
          "guide.invalid.checkedOn", "guide:checkedOn",
          "guide.invalid.note", "guide:changeNote");

  @Inject @Param private String id;
  @Inject @Param private String from;

  private Category category;
  private String titleKm;
  private String bodyKm;
  private String titleEn;
  private String bodyEn;
  private String sources;
  private String checkedOn;
  private boolean needsReview;
  private String changeNote;

  /** View action: members who write guides; the form filled from what it edits. */
  public void load() throws IOException {
    var context = FacesContext.getCurrentInstance();
    var external = context.getExternalContext();
    if (context.isPostback()) {
      return; // save() asks: a writer whose role went meanwhile is told, and keeps the text
    }
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
      return;
    }
    if (!guides.mayWrite(me.getId())) {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Guides are written by staff");
      context.responseComplete();
      return;
    }
    var guideId = number(id);
    var problemId = number(from);
    checkedOn = Guides.today().toString(); // a new version says when its facts were checked
    try {
      if (guideId != null) {
        var guide = guides.find(guideId).orElse(null);
        if (guide == null) {
          external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such guide");
          context.responseComplete();
          return;
        }
        fill(guide.newest().text());
        changeNote = "";
      } else if (problemId != null) {
        fill(guides.draftFrom(problemId));
        changeNote = messages.text("guide.fromForum.note", problemId);
      }
    } catch (Refusal refused) {
      messages.refused(refused);
    }
    Drafts.take((HttpSession) external.getSession(false))
        .ifPresent(
            draft -> {
              draft.get("guide:category").flatMap(Category::of).ifPresent(c -> category = c);
              draft.get("guide:titleKm").ifPresent(t -> titleKm = t);
              draft.get("guide:bodyKm").ifPresent(t -> bodyKm = t);
              draft.get("guide:titleEn").ifPresent(t -> titleEn = t);
              draft.get("guide:bodyEn").ifPresent(t -> bodyEn = t);
              draft.get("guide:sources").ifPresent(t -> sources = t);
              draft.get("guide:checkedOn").ifPresent(t -> checkedOn = t);
              draft.get("guide:changeNote").ifPresent(t -> changeNote = t);
              needsReview = draft.get("guide:needsReview").isPresent();
              messages.info(null, draft.message());
            });
  }

  public void save() throws IOException {
    var context = FacesContext.getCurrentInstance();
    if (!me.isLoggedIn()) {
      messages.error(null, "account.login.needed");
      return;
    }
    LocalDate checked;
    try {
      checked =
          checkedOn == null || checkedOn.isBlank() ? null : LocalDate.parse(checkedOn.strip());
    } catch (DateTimeParseException notADate) {
      checked = null;
    }
    var text =
        new GuideText(
            category, titleKm, bodyKm, titleEn, bodyEn, sources, checked, needsReview, changeNote);
    org.vedika.guide.entity.GuideVersion saved;
    try {
      saved = guides.write(me.get().orElseThrow(), number(id), text, number(from));
    } catch (Refusal refused) {
      // what was typed stays in the form, with why it was not saved
      if ("guide.notWriter".equals(refused.bundleKey())) {
        context.getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
      }
      messages.refused(refused);
      if ("guide.invalid".equals(refused.bundleKey())) {
        for (var problem : text.problems(Guides.today())) {
          messages.error(FIELDS.get(problem), problem);
        }
      }
      return;
    }
    context.getExternalContext().getFlash().setKeepMessages(true);
    messages.info(null, "guide.saved");
    context
        .getExternalContext()
        .redirect(
            context.getExternalContext().getRequestContextPath()
                + "/guide/"
                + saved.getGuide().getId()
                + "?version="
                + saved.getNumber());
  }

  private void fill(GuideText text) {
    category = text.category();
    titleKm = text.titleKm();
    bodyKm = text.bodyKm();
    titleEn = text.titleEn();
    bodyEn = text.bodyEn();
    sources = text.sources();
    needsReview = text.needsReview();
  }

  private static Long number(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  public List<Category> getCategories() {
    return List.of(Category.values());
  }

  /** Whether it edits an existing guide (else it starts one). */
  public boolean isEditing() {
    return number(id) != null;
  }

  public String getId() {
    return id;
  }

  public String getFrom() {
    return from;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public String getTitleKm() {
    return titleKm;
  }

  public void setTitleKm(String titleKm) {
    this.titleKm = titleKm;
  }

  public String getBodyKm() {
    return bodyKm;
  }

  public void setBodyKm(String bodyKm) {
    this.bodyKm = bodyKm;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public String getSources() {
    return sources;
  }

  public void setSources(String sources) {
    this.sources = sources;
  }

  public String getCheckedOn() {
    return checkedOn;
  }

  public void setCheckedOn(String checkedOn) {
    this.checkedOn = checkedOn;
  }

  public boolean isNeedsReview() {
    return needsReview;
  }

  public void setNeedsReview(boolean needsReview) {
    this.needsReview = needsReview;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }
}
