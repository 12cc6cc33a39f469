package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.KhmerText.km;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Solutions (issue 20, item 1): the problem's author or the commune's official marks the reply that
 * solved it; it shows under the problem, lists, search and the API say "solved"; members mark
 * replies helpful, one mark each, counted. Through the pages' own forms ({@code /reply/mark}).
 */
@ExtendWith(VedikaServer.class)
class SolutionsIT {

  private static final String VILLAGE = "17010101";
  private static final String COMMUNE = "170101";

  private static WebSession loggedIn(long member, String login) {
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    return session;
  }

  private static long solution(long problem) {
    return Fixtures.count("SELECT COALESCE(solution_id, 0) FROM problem WHERE id = ?", problem);
  }

  @Test
  void theAuthorOrTheOfficialMarksTheSolutionAndItIsFoundAsSolved() {
    var authorLogin = Fixtures.newPhone();
    var author = Fixtures.member(authorLogin, "Author of a solved problem", VILLAGE);
    var helperLogin = Fixtures.newPhone();
    var helper = Fixtures.member(helperLogin, "Helper with the answer", VILLAGE);
    var problem =
        Fixtures.problem(
            author,
            VILLAGE,
            "NSSF_HEALTH_WORKERS",
            "Solved zzquokka: the hospital asks for a paper card",
            "The hospital asks for the paper card, but I only have the one in the app.");
    var unsolved =
        Fixtures.problem(
            author,
            VILLAGE,
            "NSSF_HEALTH_WORKERS",
            "Unsolved zzquokka: the clinic asks for a fee",
            "The clinic asks for a fee although the card covers it.");
    var answer =
        Fixtures.reply(helper, problem, "zzanswer: show the card in the NSSF app at the desk.");
    var other = Fixtures.reply(author, problem, "zzother: I will try on Monday.");
    // the helper follows it, as replying through the page does
    Fixtures.execute(
        "INSERT INTO follow (problem_id, member_id) VALUES (" + problem + ", " + helper + ")");
    var page = "/problem/" + problem;

    // a member who is neither its author nor the commune's official: no such button, and a post
    // of the form anyway changes nothing
    var stranger = loggedIn(helper, helperLogin);
    assertThat(stranger.get(page).body())
        .contains("id=\"mark-" + other + ":helpful\"")
        .doesNotContain(":solution\"");
    postMark(stranger, problem, answer, "solution");
    assertThat(solution(problem)).isZero();
    assertThat(stranger.last().body()).contains(km("solution.notYours"));

    // the author marks the helper's reply
    var authorSession = loggedIn(author, authorLogin);
    authorSession.get(page);
    authorSession.submit("mark-" + answer, "solution", Map.of("mark", "solution"));
    assertThat(solution(problem)).isEqualTo(answer);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM notification WHERE problem_id = ? AND kind = 'SOLVED' AND member_id = ?",
                problem,
                helper))
        .as("the helper follows it and hears")
        .isEqualTo(1);

    // everyone sees it under the problem, and marked in the thread
    var visitor = new WebSession();
    assertThat(visitor.get(page).body())
        .containsPattern(
            "(?s)<section id=\"solution\".*zzanswer: show the card in the NSSF app.*</section>")
        .contains("id=\"reply-" + answer + "\" class=\"reply solution\"")
        .contains("href=\"/problem/" + problem + "?page=0#reply-" + answer + "\"");
    assertThat(authorSession.get(page).body())
        .as("the author may take it back")
        .contains("id=\"mark-" + answer + ":not-solution\"")
        .contains("id=\"mark-" + other + ":solution\"");

    // the same mark again (a page read before it was marked) says so
    postMark(authorSession, problem, answer, "solution");
    assertThat(authorSession.last().body()).contains(km("solution.already"));

    // lists, search and the API say so, and find solved problems only when asked
    assertThat(visitor.get("/place/" + VILLAGE + "?sort=solved").body())
        .contains("Solved zzquokka")
        .doesNotContain("Unsolved zzquokka")
        .contains("class=\"solved\"");
    assertThat(visitor.get("/search?q=zzquokka").body())
        .contains("Solved zzquokka")
        .contains("Unsolved zzquokka");
    assertThat(visitor.get("/search?q=zzquokka&solved=1").body())
        .contains("Solved zzquokka")
        .doesNotContain("Unsolved zzquokka")
        .contains("id=\"search-solved\" type=\"checkbox\" name=\"solved\" value=\"1\" checked");
    assertThat(visitor.get("/api/problems/" + problem).body())
        .contains("\"solved\":true")
        .contains("\"solution\":" + answer);
    assertThat(visitor.get("/api/problems/" + unsolved).body()).contains("\"solved\":false");
    assertThat(visitor.get("/api/problems?q=zzquokka&solved=true").body())
        .contains("\"id\":" + problem)
        .doesNotContain("\"id\":" + unsolved);
    assertThat(visitor.get("/api/problems?place=" + VILLAGE + "&solved=true").body())
        .contains("\"id\":" + problem)
        .doesNotContain("\"id\":" + unsolved);

    // the commune's official may mark another reply, and take the mark back
    var official = Fixtures.withRole("Official of a solved problem", VILLAGE, "OFFICIAL", COMMUNE);
    official.get(page);
    official.submit("mark-" + other, "solution", Map.of("mark", "solution"));
    assertThat(solution(problem)).isEqualTo(other);
    official.get(page);
    official.submit("mark-" + other, "not-solution", Map.of("mark", "not-solution"));
    assertThat(solution(problem)).isZero();
    assertThat(visitor.get(page).body()).doesNotContain("id=\"solution\"");

    // a solution whose reply its author deletes is no solution any more
    authorSession.get(page);
    authorSession.submit("mark-" + answer, "solution", Map.of("mark", "solution"));
    assertThat(solution(problem)).isEqualTo(answer);
    stranger.get(page);
    stranger.submit("own-" + answer, "delete", Map.of("confirm", "1"));
    assertThat(solution(problem)).isZero();
    assertThat(visitor.get("/api/problems/" + problem).body()).contains("\"solved\":false");
    // a page read before the delete still offers it: refused, nothing marked
    authorSession.submit("mark-" + answer, "solution", Map.of("mark", "solution"));
    assertThat(authorSession.last().body()).contains(km("solution.gone"));
    assertThat(solution(problem)).isZero();

    // a duplicate merged into another problem takes no solution
    authorSession.get(page);
    Fixtures.execute(
        "UPDATE problem SET merged_into = "
            + unsolved
            + ", status = 'CLOSED' WHERE id = "
            + problem);
    authorSession.submit("mark-" + other, "solution", Map.of("mark", "solution"));
    assertThat(authorSession.last().body()).contains(km("solution.refused"));
    assertThat(solution(problem)).isZero();
  }

  @Test
  void helpfulMarksAreOnePerMemberCountedAndNeverOnOnesOwnReply() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of a helpful reply", VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "IDPOOR_REGISTRATION", "Helpful marks: where to renew the card");
    var reply = Fixtures.reply(author, problem, "zzhelpful: at the commune office on Tuesdays.");
    var page = "/problem/" + problem;
    var first = new WebSession();
    Fixtures.signUp(first, "First to find it helpful", VILLAGE);
    var second = new WebSession();
    Fixtures.signUp(second, "Second to find it helpful", VILLAGE);

    first.get(page);
    first.submit("mark-" + reply, "helpful", Map.of("mark", "helpful"));
    // the same mark again (a second tab, a reload that posts again) counts once
    postMark(first, problem, reply, "helpful");
    second.get(page);
    second.submit("mark-" + reply, "helpful", Map.of("mark", "helpful"));
    assertThat(helpful(reply)).isEqualTo(2).isEqualTo(rows(reply));
    assertThat(first.get(page).body())
        .contains("id=\"helpful-" + reply + "\">២ នាក់យល់ថាមានប្រយោជន៍")
        .contains("id=\"mark-" + reply + ":not-helpful\"");

    second.submit("mark-" + reply, "not-helpful", Map.of("mark", "not-helpful"));
    assertThat(helpful(reply)).isEqualTo(1).isEqualTo(rows(reply));
    second.get("/language?to=en&next=" + page);
    assertThat(second.last().body())
        .contains("id=\"helpful-" + reply + "\">1 person found this helpful")
        .contains("id=\"mark-" + reply + ":helpful\"");

    // the author has no button on their own reply, and a post of it is refused
    var own = new WebSession();
    Fixtures.logIn(
        own, Fixtures.text("SELECT login FROM member WHERE id = ?", author), Fixtures.PASSWORD);
    assertThat(own.get(page).body()).doesNotContain("id=\"mark-" + reply + ":helpful\"");
    postMark(own, problem, reply, "helpful");
    assertThat(helpful(reply)).isEqualTo(1).isEqualTo(rows(reply));
    assertThat(own.last().body()).contains(km("helpful.own"));

    // a visitor sees the count and no button
    assertThat(new WebSession().get(page).body())
        .contains("id=\"helpful-" + reply + "\"")
        .doesNotContain("id=\"mark-" + reply);
  }

  @Test
  void helpfulMarksAreLimitedPerDayAsVotesAre() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of many replies", VILLAGE);
    var problem = Fixtures.problem(author, VILLAGE, "IDPOOR_REGISTRATION", "Many helpful replies");
    var login = Fixtures.newPhone();
    var marker = Fixtures.member(login, "Marks everything helpful", VILLAGE);
    // a new member's allowance (50 a day), used up by marks written straight to the database
    Fixtures.execute(
        "INSERT INTO reply (problem_id, author_id, body) SELECT "
            + problem
            + ", "
            + author
            + ", CONCAT('zzmany reply ', seq) FROM seq_1_to_51");
    Fixtures.execute(
        "INSERT INTO helpful (reply_id, member_id) SELECT id, "
            + marker
            + " FROM reply WHERE problem_id = "
            + problem
            + " ORDER BY id LIMIT 50");
    Fixtures.execute(
        "UPDATE reply SET helpful_count = 1 WHERE id IN (SELECT reply_id FROM helpful WHERE member_id = "
            + marker
            + ")");
    Fixtures.execute("UPDATE problem SET reply_count = 51 WHERE id = " + problem);
    var last = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", problem);
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    session.get("/problem/" + problem + "?page=1");
    postMark(session, problem, last, "helpful");
    assertThat(session.last().body()).contains(km("limit.helpful.perDay"));
    assertThat(helpful(last)).isZero();
  }

  /** Posts a mark as a page read earlier would (its form is not on the last page read). */
  private static void postMark(WebSession session, long problem, long reply, String mark) {
    session.post(
        "/reply/mark",
        Map.of("id", "" + problem, "reply", "" + reply, "csrf", token(session), "mark", mark));
  }

  private static long helpful(long reply) {
    return Fixtures.count("SELECT helpful_count FROM reply WHERE id = ?", reply);
  }

  private static long rows(long reply) {
    return Fixtures.count("SELECT COUNT(*) FROM helpful WHERE reply_id = ?", reply);
  }

  /** The session's form token, from the last page read. */
  private static String token(WebSession session) {
    var matcher =
        java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"")
            .matcher(session.last().body());
    assertThat(matcher.find()).as("a form token on the page").isTrue();
    return matcher.group(1);
  }
}
