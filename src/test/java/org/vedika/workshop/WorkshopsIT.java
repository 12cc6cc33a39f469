package org.vedika.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * A quarterly commune workshop from plan to outcome, through HTTP: the official plans it with an
 * agenda proposed from the commune's top open problems, a citizen says "I'll attend", and after it
 * met the official records an outcome that lands on the problem's timeline and moves its status.
 * Commune 070107 (Kampot) belongs to this test.
 */
@ExtendWith(VedikaServer.class)
class WorkshopsIT {

  @Test
  void scheduleAttendRecordTheOutcomeAndSeeItOnTheTimeline() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author in 070107", "07010701");
    var top =
        Fixtures.problem(
            author, "07010701", "IDPOOR_REGISTRATION", "Nobody came for the IDPoor interviews");
    Fixtures.execute("UPDATE problem SET vote_count = 12 WHERE id = " + top);
    var second =
        Fixtures.problem(
            author, "07010702", "PAYMENT_DELIVERY", "The payment agent asks for a fee");
    var officialLogin = Fixtures.newPhone();
    var official = Fixtures.member(officialLogin, "Chief of commune 070107", "07010701");
    Fixtures.grant(official, "OFFICIAL", "070107");
    var chief = new WebSession();
    Fixtures.logIn(chief, officialLogin, Fixtures.PASSWORD);

    assertThat(chief.get("/place/070107").body()).contains("id=\"plan-workshop\"");
    var form = chief.get("/workshop-plan?commune=070107").body();
    assertThat(form)
        .contains("Nobody came for the IDPoor interviews")
        .contains("The payment agent asks for a fee");
    assertThat(form.indexOf("Nobody came for the IDPoor interviews"))
        .as("the most affected first")
        .isLessThan(form.indexOf("The payment agent asks for a fee"));
    var when =
        LocalDateTime.now(ZoneId.of("Asia/Phnom_Penh")).plusDays(10).withHour(8).withMinute(30);
    chief.submit(
        "plan",
        "schedule",
        Map.of(
            "plan:startsAt",
            when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")),
            "plan:venue",
            "Commune hall",
            "plan:topic",
            "Quarterly workshop on social protection",
            "plan:agenda",
            String.valueOf(top)));
    assertThat(chief.last().uri().getPath()).as(chief.last().body()).startsWith("/workshop/");
    var workshop = Long.parseLong(chief.last().uri().getPath().substring("/workshop/".length()));
    assertThat(chief.last().body())
        .contains("Quarterly workshop on social protection")
        .contains("Commune hall")
        .contains("០៨:៣០")
        .contains("Nobody came for the IDPoor interviews")
        .doesNotContain("The payment agent asks for a fee");

    var citizen = new WebSession();
    Fixtures.signUp(citizen, "Citizen who will attend", "07010701");
    assertThat(citizen.get("/workshop-plan?commune=070107").statusCode()).isEqualTo(403);
    citizen.get("/workshop/" + workshop);
    citizen.submit("rsvp", "attend", Map.of());
    citizen.get("/workshop/" + workshop);
    citizen.submit("rsvp", "attend", Map.of("rsvp:attend", "attend")); // a second press counts once
    assertThat(Fixtures.count("SELECT attendees FROM workshop WHERE id = ?", workshop))
        .isEqualTo(1);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM workshop_attendee WHERE workshop_id = ?", workshop))
        .isEqualTo(1);
    var unsure = new WebSession();
    Fixtures.signUp(unsure, "Citizen who cannot come after all", "07010702");
    unsure.get("/workshop/" + workshop);
    unsure.submit("rsvp", "attend", Map.of());
    assertThat(Fixtures.count("SELECT attendees FROM workshop WHERE id = ?", workshop))
        .isEqualTo(2);
    unsure.get("/workshop/" + workshop);
    unsure.submit("rsvp", "withdraw", Map.of());
    assertThat(Fixtures.count("SELECT attendees FROM workshop WHERE id = ?", workshop))
        .isEqualTo(1);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM workshop_attendee WHERE workshop_id = ?", workshop))
        .isEqualTo(1);
    assertThat(new WebSession().get("/place/070107").body())
        .contains("id=\"workshops-upcoming\"")
        .contains("Quarterly workshop on social protection")
        .contains("១ នាក់នឹងចូលរួម");
    assertThat(new WebSession().get("/problem/" + top).body())
        .contains("នៅក្នុងរបៀបវារៈនៃសិក្ខាសាលាឃុំ/សង្កាត់");

    // before it meets there is no outcome form; afterwards the official records one
    assertThat(chief.get("/workshop/" + workshop).body()).doesNotContain("id=\"outcomes\"");
    Fixtures.execute(
        "UPDATE workshop SET starts_at = NOW(3) - INTERVAL 2 HOUR WHERE id = " + workshop);
    assertThat(citizen.get("/workshop/" + workshop).body()).doesNotContain("id=\"outcomes\"");
    chief.get("/workshop/" + workshop);
    chief.submit(
        "outcomes",
        "save",
        Map.of(
            "outcomes:items:0:outcome",
                "The commune clerk will visit the 14 families on Monday with the IDPoor team.",
            "outcomes:items:0:move", "IN_PROGRESS"));
    assertThat(
            Fixtures.text(
                "SELECT outcome FROM workshop_item WHERE workshop_id = ? AND problem_id = ?",
                workshop,
                top))
        .startsWith("The commune clerk will visit");
    assertThat(Fixtures.text("SELECT status FROM problem WHERE id = ?", top))
        .isEqualTo("IN_PROGRESS");

    var timeline = new WebSession().get("/problem/" + top).body();
    assertThat(timeline)
        .contains("បានពិភាក្សានៅសិក្ខាសាលាឃុំ/សង្កាត់")
        .contains("The commune clerk will visit the 14 families on Monday");
    assertThat(new WebSession().get("/place/070107").body()).contains("id=\"workshops-past\"");
    assertThat(Fixtures.text("SELECT status FROM problem WHERE id = ?", second)).isEqualTo("OPEN");
  }
}
