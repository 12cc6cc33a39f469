package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/** New members write slowly at first; a refused write says why and keeps what was typed. */
@ExtendWith(VedikaServer.class)
class WritingLimitsIT {

  @Test
  void aNewMembersSecondProblemWithinTwoMinutesWaitsAndKeepsTheText() {
    var session = new WebSession();
    var login = Fixtures.signUp(session, "Limit tester", "05070107");
    raise(
        session,
        "First problem: no answer at the commune office",
        "The commune office has not answered our request for three weeks.");
    assertThat(session.last().uri().getPath()).startsWith("/problem/");

    raise(
        session,
        "Second problem right after the first one",
        "Typed carefully on a slow phone: this text must not be lost.");

    assertThat(session.last().uri().getPath()).doesNotStartWith("/problem/");
    assertThat(session.last().body())
        .contains("សូមរង់ចាំ")
        .contains("value=\"Second problem right after the first one\"")
        .contains("Typed carefully on a slow phone: this text must not be lost.");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem p JOIN member m ON m.id = p.author_id WHERE m.login = ?",
                login))
        .isEqualTo(1);
  }

  @Test
  void theSameReplyTwiceIsRefused() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author", "05070107");
    var problem =
        Fixtures.problem(author, "05070107", "PAYMENT_DELIVERY", "Agent closed on payment day");
    var login = Fixtures.newPhone();
    Fixtures.member(login, "Repeater", "05070107");
    Fixtures.execute(
        "UPDATE member SET created_at = created_at - INTERVAL 30 DAY WHERE login = '"
            + login
            + "'");
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    session.get("/problem/" + problem);
    session.submit("reply", "send", Map.of("reply:text", "Same for us in Krang Thum."));
    Fixtures.execute(
        "UPDATE reply SET created_at = created_at - INTERVAL 1 HOUR WHERE problem_id = " + problem);

    session.submit("reply", "send", Map.of("reply:text", "Same for us in Krang Thum."));

    assertThat(session.last().body()).contains("អ្នកបានបង្ហោះអត្ថបទដូចគ្នានេះរួចហើយ");
    assertThat(Fixtures.count("SELECT reply_count FROM problem WHERE id = ?", problem))
        .isEqualTo(1);
  }

  private static void raise(WebSession session, String title, String body) {
    session.get("/raise?place=05070107");
    session.submit(
        "raise",
        "submit",
        Map.of("raise:title", title, "raise:body", body, "raise:category", "LOCAL_SERVICE_INFO"));
  }
}
