package org.vedika.response.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.vedika.i18n.boundary.Messages;
import org.vedika.place.boundary.Places;
import org.vedika.place.entity.Place;
import org.vedika.place.entity.PlaceLevel;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.entity.Problem;

/**
 * {@code /answered?commune=050701&quarter=2026-4}: what a commune answered in a quarter (first
 * official answers and problems resolved then), written to fit one A4 page for the commune office's
 * notice board, with a QR code back to the page (issue 20, item 8). The current quarter (Phnom Penh
 * time) when none is asked for.
 */
@Named
@RequestScoped
public class AnsweredBacking {

  /** Problems on one printed page; the rest are behind the QR code. */
  public static final int PRINTED = 7;

  static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

  @Inject Problems problems;
  @Inject Places places;
  @Inject org.vedika.i18n.boundary.Language language;

  private String commune;
  private String quarter;

  private Place place;
  private int year;
  private int number;
  private List<Problem> answered;

  private final java.util.Map<Long, java.util.Optional<org.vedika.problem.entity.Reply>> latest =
      new java.util.HashMap<>();

  /** View action: 404 for anything but a commune and a quarter. */
  public void load() throws IOException {
    place = commune == null ? null : places.find(commune).orElse(null);
    if (place == null || place.getLevel() != PlaceLevel.COMMUNE || !parseQuarter()) {
      var faces = FacesContext.getCurrentInstance();
      faces
          .getExternalContext()
          .responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such page");
      faces.responseComplete();
    }
  }

  private boolean parseQuarter() {
    var today = LocalDate.now(PHNOM_PENH);
    if (quarter == null || quarter.isBlank()) {
      year = today.getYear();
      number = (today.getMonthValue() - 1) / 3 + 1;
      return true;
    }
    var parts = quarter.strip().split("-");
    try {
      year = Integer.parseInt(parts[0]);
      number = Integer.parseInt(parts[1]);
    } catch (RuntimeException malformed) {
      return false;
    }
    return parts.length == 2 && year >= 2000 && year <= 2100 && number >= 1 && number <= 4;
  }

  public List<Problem> getAnswered() {
    if (answered == null) {
      var first = LocalDate.of(year, (number - 1) * 3 + 1, 1);
      answered =
          problems.answeredIn(
              place.getCode(),
              first.atStartOfDay(PHNOM_PENH).toInstant(),
              first.plusMonths(3).atStartOfDay(PHNOM_PENH).toInstant(),
              PRINTED + 1);
    }
    return answered.size() > PRINTED ? answered.subList(0, PRINTED) : answered;
  }

  /** More were answered than one page holds: the rest are online. */
  public boolean isMore() {
    getAnswered();
    return answered.size() > PRINTED;
  }

  /** The newest official answer of a problem, cut to what a printed line holds. */
  public String answerOf(Problem problem) {
    var answer = latestAnswer(problem);
    if (answer == null) {
      return "";
    }
    var text = answer.getBody().strip();
    return text.length() > 200 ? text.substring(0, 197).strip() + "…" : text;
  }

  /** Who answered it last (the official's name). */
  public String answeredBy(Problem problem) {
    var answer = latestAnswer(problem);
    return answer == null
        ? ""
        : answer
            .getAuthor()
            .shownName(java.util.ResourceBundle.getBundle(Messages.BUNDLE, language.getLocale()));
  }

  /** Each problem's newest official answer, read once per view (its text and its author ask). */
  private org.vedika.problem.entity.Reply latestAnswer(Problem problem) {
    return latest
        .computeIfAbsent(
            problem.getId(),
            id -> {
              var answers = problems.officialAnswers(id);
              return answers.isEmpty()
                  ? java.util.Optional.empty()
                  : java.util.Optional.of(answers.get(answers.size() - 1));
            })
        .orElse(null);
  }

  /** This page's own path, for its QR code. */
  public String getPath() {
    return "/answered?commune=" + place.getCode() + "&quarter=" + year + "-" + number;
  }

  /** The quarter before, and after (not past the current one). */
  public String getPrevious() {
    return number == 1 ? (year - 1) + "-4" : year + "-" + (number - 1);
  }

  public String getNext() {
    var today = LocalDate.now(PHNOM_PENH);
    var next = number == 4 ? (year + 1) + "-1" : year + "-" + (number + 1);
    var nowQuarter = today.getYear() * 10 + (today.getMonthValue() - 1) / 3 + 1;
    return (number == 4 ? (year + 1) * 10 + 1 : year * 10 + number + 1) > nowQuarter ? null : next;
  }

  public Place getPlace() {
    return place;
  }

  public int getYear() {
    return year;
  }

  public int getNumber() {
    return number;
  }

  public String getCommune() {
    return commune;
  }

  public void setCommune(String commune) {
    this.commune = commune;
  }

  public String getQuarter() {
    return quarter;
  }

  public void setQuarter(String quarter) {
    this.quarter = quarter;
  }
}
