package org.vedika.problem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.i18n.boundary.Messages;
import org.vedika.place.boundary.Places;
import org.vedika.place.entity.Place;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.Problem;

/**
 * {@code /raise?place=…}: raise a problem in a village or commune (the member's home village by
 * default). What was typed stays in the form on any error.
 */
@Named
@RequestScoped
public class RaiseBacking {

  @Inject Problems problems;
  @Inject Places places;
  @Inject CurrentMember me;
  @Inject Messages messages;

  static final int SIMILAR = 5;

  private String placeCode;

  /** The topic chosen above the form ({@code ?topic=}): its guides and solved problems shown. */
  private String topic;

  private List<Problem> solvedOnTopic;

  /** {@code ?place=CODE}, or the form's hidden field: known while a postback is decoded. */
  @Inject
  @Param(name = "place")
  private String placeParam;

  private Place place;
  private RuntimeException placeFailure;
  private List<Problem> similar;

  @NotBlank(message = "{problem.title.required}")
  @Size(min = Problem.TITLE_MIN, max = Problem.TITLE_MAX, message = "{problem.title.size}")
  private String title;

  @NotBlank(message = "{problem.body.required}")
  @Size(min = Problem.BODY_MIN, max = Problem.BODY_MAX, message = "{problem.body.size}")
  private String body;

  @NotNull(message = "{problem.category.required}")
  private Category category;

  /** People who reported it at an awareness session: a trainer's field, empty for everyone else. */
  @jakarta.validation.constraints.Min(value = 0, message = "{problem.sessionReports.range}")
  @jakarta.validation.constraints.Max(
      value = Problem.MAX_SESSION_REPORTS,
      message = "{problem.sessionReports.range}")
  private Integer sessionReports;

  /** View action: members only; the place given, else the member's home village. */
  public void load() throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst("/raise" + (placeCode == null ? "" : "?place=" + placeCode));
      return;
    }
    var session = (jakarta.servlet.http.HttpSession) external.getSession(false);
    Drafts.take(session)
        .ifPresent(
            draft -> {
              draft.get("raise:title").ifPresent(t -> title = t);
              draft.get("raise:body").ifPresent(b -> body = b);
              draft.get("raise:category").flatMap(Category::of).ifPresent(c -> category = c);
              messages.info(null, draft.message());
            });
    if (category == null && getTopicCategory() != null) {
      category = getTopicCategory();
    }
    resolvePlace();
  }

  public void raise() throws IOException {
    if (!me.isLoggedIn()) {
      messages.error(null, "account.login.needed");
      return;
    }
    resolvePlace();
    if (placeFailure != null) {
      throw placeFailure; // the database is down, not the place wrong: DatabaseTrouble says so
    }
    if (place == null || !place.hasForum()) {
      messages.error(null, "problem.place.required");
      return;
    }
    Problems.Raised raised;
    try {
      var reports = isTrainer() && sessionReports != null ? sessionReports : 0;
      raised = problems.raise(me.get().orElseThrow(), place, title, body, category, reports);
    } catch (org.vedika.Refusal refused) {
      // nothing typed is lost: the form is shown again as it was
      messages.refused(refused);
      return;
    }
    // a database failure goes on to DatabaseTrouble: the form comes back as typed, with a message
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (raised.pending()) {
      external.getFlash().setKeepMessages(true);
      messages.info(null, "moderation.pending.problem");
    }
    if (!raised.masked().isEmpty()) {
      external.getFlash().setKeepMessages(true);
      messages.info(null, "problem.masked");
    }
    external.redirect(external.getRequestContextPath() + "/problem/" + raised.problem().getId());
  }

  /**
   * Whether the member trains in this place: the form then asks how many reported it at a session.
   */
  public boolean isTrainer() {
    if (place == null) {
      resolvePlace();
    }
    try {
      return place != null && me.has(org.vedika.account.entity.Role.TRAINER, place.getCode());
    } catch (RuntimeException databaseDown) {
      return false;
    }
  }

  public Integer getSessionReports() {
    return sessionReports;
  }

  public void setSessionReports(Integer sessionReports) {
    this.sessionReports = sessionReports;
  }

  /** The place given (also while a postback is decoded), else the member's home village. */
  private void resolvePlace() {
    if (placeCode == null || placeCode.isBlank()) {
      placeCode = placeParam;
    }
    if (placeCode != null && placeCode.isBlank()) {
      placeCode = null;
    }
    placeFailure = null;
    try {
      var code = placeCode != null ? placeCode : me.get().map(m -> m.getHomeVillage()).orElse(null);
      place = places.find(code).filter(Place::hasForum).orElse(null);
    } catch (RuntimeException databaseDown) {
      placeFailure = databaseDown; // the form still shows what was typed; raise() says what failed
      return;
    }
    if (place != null) {
      placeCode = place.getCode();
    }
  }

  /**
   * Problems like the one being written (same commune first, then district, then anywhere), from
   * the title and description as typed — read from the request, so they show after any postback,
   * valid or not, with or without JavaScript.
   */
  public List<Problem> getSimilar() {
    if (similar == null) {
      if (place == null) {
        resolvePlace();
      }
      var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
      var typed =
          (params.getOrDefault("raise:title", "") + "\n" + params.getOrDefault("raise:body", ""))
              .strip();
      try {
        similar =
            typed.length() < Problem.TITLE_MIN
                ? List.of()
                : problems.similar(typed, place, SIMILAR);
      } catch (RuntimeException databaseDown) {
        similar = List.of(); // suggestions are a help, never a reason to lose the form
      }
    }
    return similar;
  }

  /** Shows the similar problems (the form's other fields are kept as typed). */
  public void checkSimilar() {
    resolvePlace();
  }

  public List<Category> getCategories() {
    return List.of(Category.values());
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  /** The topic chosen above the form, if it is one. */
  public Category getTopicCategory() {
    return topic == null ? null : Category.of(topic).orElse(null);
  }

  /** The chosen topic's solved problems, the most affected first. */
  public List<Problem> getSolvedOnTopic() {
    if (solvedOnTopic == null) {
      var category = getTopicCategory();
      solvedOnTopic = category == null ? List.of() : problems.solved(category, 5);
    }
    return solvedOnTopic;
  }

  public Place getPlace() {
    return place;
  }

  public String getPlaceCode() {
    return placeCode;
  }

  public void setPlaceCode(String placeCode) {
    this.placeCode = placeCode;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }
}
