package org.vedika.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/** Followers hear of replies and official answers; the header counts what is unread. */
@ExtendWith(VedikaServer.class)
class NotificationsIT {

  @Test
  void theAuthorAndVotersAreToldOfRepliesAndOfficialAnswers() {
    var author = new WebSession();
    Fixtures.signUp(author, "Author of the problem", "05070108");
    var problem =
        Fixtures.raise(
            author,
            "05070108",
            "Disability assessment team never came",
            "My son cannot walk. The disability assessment team has not come to our commune for a year.",
            "DISABILITY_ALLOWANCE");

    var voter = new WebSession();
    Fixtures.signUp(voter, "Voter next door", "05070108");
    voter.get("/problem/" + problem);
    voter.submit("vote", "cast", Map.of());
    voter.submit("reply", "send", Map.of("reply:text", "Our family waits for the same team."));

    var officialLogin = Fixtures.newPhone();
    var official = Fixtures.member(officialLogin, "Commune chief", "05070108");
    Fixtures.grant(official, "OFFICIAL", "050701");
    var chief = new WebSession();
    Fixtures.logIn(chief, officialLogin, Fixtures.PASSWORD);
    chief.get("/problem/" + problem);
    chief.submit(
        "reply",
        "send",
        Map.of("reply:text", "The team comes on the 14th, 8 am, at the commune hall."));
    assertThat(chief.last().body()).contains("ចម្លើយផ្លូវការ");

    var home = author.get("/");
    assertThat(home.body())
        .contains("id=\"unread\"")
        .containsPattern("id=\"unread\" class=\"unread-count\">២<");
    var inbox = author.get("/notifications").body();
    assertThat(inbox)
        .contains("Voter next door បានឆ្លើយតប", "Commune chief បានផ្តល់ចម្លើយផ្លូវការ");
    assertThat(voter.get("/notifications").body())
        .contains("Commune chief បានផ្តល់ចម្លើយផ្លូវការ")
        .doesNotContain("Voter next door បានឆ្លើយតប");

    author.get("/problem/" + problem);
    assertThat(author.get("/").body()).doesNotContain("id=\"unread\"");
  }

  @Test
  void membersFollowAndUnfollowByHand() {
    var author = Fixtures.member(Fixtures.newPhone(), "Someone", "05070108");
    var problem =
        Fixtures.problem(
            author, "05070108", "NSSF_PENSION", "Pension contributions missing from the record");
    var session = new WebSession();
    Fixtures.signUp(session, "Reader", "05070108");
    session.get("/problem/" + problem);

    session.submit("follow", "follow", Map.of());
    assertThat(session.last().body()).contains("id=\"follow:unfollow\"");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM follow WHERE problem_id = ?", problem))
        .isEqualTo(1);

    session.submit("follow", "unfollow", Map.of());
    assertThat(Fixtures.count("SELECT COUNT(*) FROM follow WHERE problem_id = ?", problem))
        .isZero();

    // a follow posted without the session's token (built on another site): nothing changes
    session.get("/problem/" + problem);
    assertThat(session.forge("follow", "follow", Map.of(), null).uri().getQuery())
        .contains("stale=1");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM follow WHERE problem_id = ?", problem))
        .isZero();

    // a visitor's follow (or delete) is sent to log in, and comes back to the problem after it
    var visitor = new WebSession();
    for (var post : new String[] {"/follow", "/reply/delete"}) {
      var answer =
          visitor.post(post, Map.of("id", String.valueOf(problem), "reply", "1", "csrf", "x"));
      assertThat(answer.uri().getPath()).as(post).isEqualTo("/login");
      assertThat(answer.uri().getQuery()).as(post).contains("next=/problem/" + problem);
    }
    assertThat(Fixtures.count("SELECT COUNT(*) FROM follow WHERE problem_id = ?", problem))
        .isZero();
  }
}
