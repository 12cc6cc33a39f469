package org.vedika.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Response-time figures on fixed fixtures in commune 070104 (Dambouk Khpos, Kampot; this test's
 * own): answered, answered late, never answered, closed unanswered, and one hidden problem that
 * must not count.
 */
@ExtendWith(VedikaServer.class)
class ResponseTimesIT {

  @Test
  void aCommunesFiguresCountEveryPublishedProblemAndTheMedianOnlyTheAnswered() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author in Dambouk Khpos", "07010401");
    var quick =
        problem(author, "07010401", "Answered in two hours and resolved", 10 * 24, 2, "RESOLVED");
    Fixtures.execute(
        "UPDATE problem SET resolved_at = created_at + INTERVAL 2 DAY WHERE id = " + quick);
    problem(
        author, "07010402", "Answered after three days, in progress", 9 * 24, 72, "IN_PROGRESS");
    problem(author, "07010401", "Answered late after ten days", 20 * 24, 240, "OPEN");
    var oldest = problem(author, "07010402", "Never answered for thirty days", 30 * 24, -1, "OPEN");
    var recent = problem(author, "07010401", "Never answered for five days", 5 * 24, -1, "OPEN");
    problem(author, "07010401", "Closed without an answer", 40 * 24, -1, "CLOSED");
    var hidden =
        problem(
            author, "07010401", "Hidden by a moderator, answered in an hour", 3 * 24, 1, "OPEN");
    Fixtures.execute("UPDATE problem SET moderation = 'HIDDEN' WHERE id = " + hidden);

    var figures =
        Http.json(Http.get(VedikaServer.url("/api/response-times/070104"))).asJsonObject();
    assertThat(figures.getInt("problems")).isEqualTo(6);
    assertThat(figures.getInt("answered")).isEqualTo(3);
    assertThat(figures.getInt("answeredWithin7Days")).isEqualTo(2);
    assertThat(figures.getJsonNumber("answeredWithin7DaysShare").doubleValue())
        .isCloseTo(2.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(figures.getInt("resolved")).isEqualTo(1);
    assertThat(figures.getJsonNumber("medianHoursToFirstAnswer").doubleValue()).isEqualTo(72.0);
    var waiting = figures.getJsonArray("waitingLongest");
    assertThat(waiting).hasSize(2);
    assertThat(waiting.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(oldest);
    assertThat(waiting.getJsonObject(1).getJsonNumber("id").longValue()).isEqualTo(recent);

    var district = Http.json(Http.get(VedikaServer.url("/api/response-times/0701"))).asJsonObject();
    assertThat(district.getInt("problems"))
        .as("the district rolls its communes up")
        .isGreaterThanOrEqualTo(6);
    assertThat(Http.get(VedikaServer.url("/api/response-times/07010401")).statusCode())
        .isEqualTo(400);
    assertThat(Http.get(VedikaServer.url("/api/response-times/9999")).statusCode()).isEqualTo(404);

    var page = new WebSession().get("/place/070104").body();
    assertThat(page)
        .contains("id=\"response-times\"")
        .contains("៣ ថ្ងៃ")
        .contains("៣៣%")
        .contains("១៧%");
    assertThat(page).contains("Never answered for thirty days");
    var answered = new WebSession().get("/problem/" + quick).body();
    assertThat(answered)
        .contains("id=\"answered-in\"")
        .contains("២ ម៉ោង")
        .contains("id=\"resolved-in\"");
  }

  /** A problem raised {@code ageHours} ago, answered {@code answerHours} later (-1: never). */
  private static long problem(
      long author, String village, String title, int ageHours, int answerHours, String status) {
    var id = Fixtures.problem(author, village, "HEF_HEALTH_CARE", title);
    Fixtures.execute(
        "UPDATE problem SET created_at = NOW(3) - INTERVAL "
            + ageHours
            + " HOUR, status = '"
            + status
            + "'"
            + (answerHours < 0
                ? ""
                : ", answered_at = NOW(3) - INTERVAL " + (ageHours - answerHours) + " HOUR")
            + " WHERE id = "
            + id);
    return id;
  }
}
