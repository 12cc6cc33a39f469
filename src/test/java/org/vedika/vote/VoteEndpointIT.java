package org.vedika.vote;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * {@code POST /vote}: a small form post with the session's token, answered with a redirect back to
 * the problem (no JavaScript) or with the count (a script asking for JSON); refused without the
 * token, for a visitor, and on a problem that takes no votes — each time nothing counted.
 */
@ExtendWith(VedikaServer.class)
class VoteEndpointIT {

  private static final String VILLAGE = "07030702";

  private static long problem(String title) {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of " + title, VILLAGE);
    return Fixtures.problem(author, VILLAGE, "PAYMENT_DELIVERY", title);
  }

  private static long votes(long problem) {
    return Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem);
  }

  private static long rows(long problem) {
    return Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", problem);
  }

  @Test
  void withoutJavaScriptAVoteRedirectsBackToTheProblem() {
    var problem = problem("Vote endpoint: the transfer came late");
    var member = new WebSession();
    Fixtures.signUp(member, "Voter without scripts", VILLAGE);
    member.get("/problem/" + problem);
    var back = member.submit("vote", "cast", Map.of());
    assertThat(back.uri().getPath()).isEqualTo("/problem/" + problem);
    assertThat(back.body()).contains("id=\"vote:retract\"");
    assertThat(votes(problem)).isOne();
    assertThat(rows(problem)).isOne();

    member.submit("vote", "retract", Map.of());
    assertThat(member.last().body()).contains("id=\"vote:cast\"");
    assertThat(votes(problem)).isZero();
    assertThat(rows(problem)).isZero();
  }

  @Test
  void anAuthorVotingOnTheirOwnProblemIsOneOfThePeopleItAffectsOnce() {
    var login = Fixtures.newPhone();
    var author = Fixtures.member(login, "Author voting on their own", VILLAGE);
    var problem =
        Fixtures.problem(author, VILLAGE, "PAYMENT_DELIVERY", "Vote endpoint: the author votes");
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    assertThat(session.get("/problem/" + problem).body())
        .as("its author is affected before anyone votes")
        .containsPattern("vote-count[^>]*>១ ");
    session.submit("vote", "cast", Map.of());
    assertThat(votes(problem)).isOne();
    assertThat(people(problem)).as("the author, once").isOne();
    session.get("/problem/" + problem);
    session.submit("vote", "retract", Map.of());
    assertThat(votes(problem)).isZero();
    assertThat(people(problem)).isOne();
  }

  @Test
  void aScriptGetsTheNewCountAndACastTwiceCountsOnce() {
    var problem = problem("Vote endpoint: the card office is closed");
    var member = new WebSession();
    Fixtures.signUp(member, "Voter with scripts", VILLAGE);
    member.get("/problem/" + problem);
    var token = member.viewState("vote");
    var fields = Map.of("id", String.valueOf(problem), "vote:cast", "cast", "csrf", token);

    var first = member.post("/vote", fields, "Accept", "application/json");
    assertThat(first.statusCode()).isEqualTo(200);
    var answer = json(first.body());
    // the people it affects: its author and this voter (issue 20: the dashboard's definition)
    assertThat(answer.getInt("count")).isEqualTo(2);
    assertThat(answer.getBoolean("voted")).isTrue();
    assertThat(answer.getString("label")).as("in Khmer digits").contains("២");

    var again = json(member.post("/vote", fields, "Accept", "application/json").body());
    assertThat(again.getInt("count")).as("one vote per member").isEqualTo(2);
    assertThat(votes(problem)).isOne();
    assertThat(rows(problem)).isOne();
  }

  @Test
  void aPostWithoutTheSessionsTokenChangesNothing() {
    var problem = problem("Vote endpoint: forged votes");
    var member = new WebSession();
    Fixtures.signUp(member, "Voter someone forges for", VILLAGE);
    member.get("/problem/" + problem);

    var none = member.post("/vote", Map.of("id", String.valueOf(problem), "vote:cast", "cast"));
    assertThat(none.uri().getPath()).as("back to the problem").isEqualTo("/problem/" + problem);
    assertThat(none.body()).as("asked to try again").contains("id=\"stale\"");

    var other = new WebSession();
    Fixtures.signUp(other, "Forger with a token of their own", VILLAGE);
    other.get("/problem/" + problem);
    var othersToken = other.viewState("vote");
    var forged =
        member.post(
            "/vote",
            Map.of("id", String.valueOf(problem), "vote:cast", "cast", "csrf", othersToken),
            "Accept",
            "application/json");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(rows(problem)).isZero();
    assertThat(votes(problem)).isZero();
  }

  @Test
  void aVisitorIsSentToLogInAndComesBack() {
    var problem = problem("Vote endpoint: a visitor votes");
    var visitor = new WebSession();
    visitor.get("/problem/" + problem);
    assertThat(visitor.last().body()).as("no token for a visitor").doesNotContain("name=\"csrf\"");
    var login = visitor.submit("vote", "cast", Map.of());
    assertThat(login.uri().getPath()).isEqualTo("/login");
    assertThat(login.uri().getQuery()).contains("next=/problem/" + problem);
    assertThat(rows(problem)).isZero();
  }

  @Test
  void aLockedProblemRefusesTheVoteAndSaysWhy() {
    var problem = problem("Vote endpoint: a locked thread");
    var member = new WebSession();
    Fixtures.signUp(member, "Voter on a locked thread", VILLAGE);
    member.get("/problem/" + problem);
    var token = member.viewState("vote");
    Fixtures.execute("UPDATE problem SET locked = TRUE WHERE id = " + problem);

    var plain = member.submit("vote", "cast", Map.of());
    assertThat(plain.uri().getPath()).isEqualTo("/problem/" + problem);
    assertThat(plain.body()).contains("id=\"vote-refused\"");
    assertThat(member.get("/problem/" + problem).body())
        .as("said once")
        .doesNotContain("id=\"vote-refused\"");

    var scripted =
        member.post(
            "/vote",
            Map.of("id", String.valueOf(problem), "vote:cast", "cast", "csrf", token),
            "Accept",
            "application/json");
    assertThat(scripted.statusCode()).isEqualTo(409);
    assertThat(json(scripted.body()).getString("message")).isNotBlank();
    assertThat(rows(problem)).isZero();
    assertThat(votes(problem)).isZero();
  }

  private static JsonObject json(String body) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static long people(long problem) {
    return Fixtures.count("SELECT people FROM problem WHERE id = ?", problem);
  }
}
