package org.vedika.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * A citizen's problem page is written in Java ({@code MembersProblemPages}), and it is the page
 * Faces renders for them ({@code problem.xhtml}, asked for with {@code X-Vedika-Render}) in every
 * state it writes — voted or not, following or not, their own replies, a reply they are asked to
 * confirm deleting, a workshop on the timeline, a page past the thread's end, a locked problem,
 * Khmer and English — but for whitespace and PrimeFaces' own scripts. What it does not write goes
 * to Faces. Its reply form posts to the problem's stateless view: checked against the session's
 * token, validated with the text kept, and acted on.
 */
@ExtendWith(VedikaServer.class)
class MembersProblemPageIT {

  private static final String VILLAGE = "09010101";
  private static final String WRITTEN = "X-Vedika-Written";

  @Test
  void aCitizensWrittenPageIsTheFacesPageInEveryStateItWrites() {
    var author = new WebSession();
    var problem =
        raised(
            author,
            "Author of a written page",
            "Written page: the <health> centre's \"NSSF\" desk & its hours",
            "The desk at the health centre closes at noon, so workers cannot use the card.",
            "NSSF_HEALTH_WORKERS");
    var page = "/problem/" + problem;
    var reader = new WebSession();
    Fixtures.signUp(reader, "Reader of a written page", VILLAGE);

    assertSame(reader, page, "not voted, not following");
    reader.submit("vote", "cast", Map.of());
    reader.submit("follow", "follow", Map.of());
    assertSame(reader, page, "voted and following");
    reader.submit("reply", "send", Map.of("reply:text", "zzwritten: the desk is open on Saturday"));
    var reply = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", problem);
    assertThat(reader.get(page).body()).contains("zzwritten: the desk is open on Saturday");
    assertSame(reader, page, "with their own reply");
    assertSame(reader, page + "?delete=" + reply, "asked to confirm deleting it");
    assertSame(author, page, "the author's own problem, somebody else's reply");
    assertSame(reader, page + "?page=3", "a page past the thread's end");

    // the author marks the reader's reply as the solution and replies; the reader finds that
    // helpful
    author.get(page);
    author.submit("mark-" + reply, "solution", Map.of("mark", "solution"));
    Fixtures.execute(
        "UPDATE reply SET created_at = created_at - INTERVAL 1 HOUR WHERE problem_id = " + problem);
    author.submit("reply", "send", Map.of("reply:text", "zzwritten: thank you, it was open"));
    var thanks = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", problem);
    reader.get(page);
    reader.submit("mark-" + thanks, "helpful", Map.of("mark", "helpful"));
    assertThat(reader.get(page).body())
        .contains("id=\"solution\"")
        .contains("id=\"helpful-" + thanks + "\"")
        .contains("id=\"mark-" + thanks + ":not-helpful\"");
    assertSame(reader, page, "a solution, a reply they found helpful");
    assertSame(author, page, "the author, who marks the solution");

    // a workshop with the problem on its agenda (written as another node would: pages changed)
    var official = Fixtures.member(Fixtures.newPhone(), "Official of a written page", VILLAGE);
    var workshop =
        Fixtures.insert(
            "INSERT INTO workshop (commune_code, starts_at, venue, topic, organiser_id)"
                + " VALUES (?, NOW(3) + INTERVAL 3 DAY, 'Pagoda hall', 'Cards & desks', ?)",
            VILLAGE.substring(0, 6),
            official);
    Fixtures.insert(
        "INSERT INTO workshop_item (workshop_id, problem_id, position, outcome) VALUES (?, ?, 1, ?)",
        workshop,
        problem,
        "Agreed: the desk opens until 17:00.");
    Fixtures.pagesChanged();
    assertThat(reader.get(page).body()).contains("Cards &amp; desks");
    assertSame(reader, page, "a workshop on the timeline");

    reader.get("/language?to=en&next=" + page);
    assertSame(reader, page, "in English");

    Fixtures.execute("UPDATE problem SET locked = 1 WHERE id = " + problem);
    Fixtures.pagesChanged();
    assertThat(reader.get(page).body()).contains("id=\"locked\"").doesNotContain("id=\"reply\"");
    assertSame(reader, page, "locked");
  }

  @Test
  void whatItDoesNotWriteIsFaces() {
    var author = new WebSession();
    var problem =
        raised(
            author,
            "Author of a Faces page",
            "Faces page: the payment agent asks for a fee",
            "The agent asks 5,000 riel for each payment of the family package.",
            "PAYMENT_DELIVERY");
    var page = "/problem/" + problem;
    assertThat(written(author.get(page))).as("a citizen's page").isTrue();
    assertThat(written(author.get(page + "?edit=1"))).as("a form being edited").isFalse();
    assertThat(written(author.get(page + "?stale=1"))).as("a notice to show").isFalse();
    assertThat(written(new WebSession().get(page))).as("a visitor's").isFalse();
    var trainer = Fixtures.withRole("Trainer on a Faces page", VILLAGE, "TRAINER", "09");
    assertThat(written(trainer.get(page))).as("a role beyond citizen").isFalse();
    assertThat(trainer.last().body()).contains("id=\"member-name\"");
  }

  @Test
  void itsReplyFormIsCheckedValidatedWithTheTextKeptAndActedOn() {
    var author = new WebSession();
    var problem =
        raised(
            author,
            "Author of a replied page",
            "Replied page: the IDPoor survey skipped our street",
            "The survey team did not come to our street, so nobody here has a card.",
            "IDPOOR_REGISTRATION");
    var page = "/problem/" + problem;
    var member = new WebSession();
    Fixtures.signUp(member, "Member replying on a written page", VILLAGE);
    assertThat(written(member.get(page))).isTrue();

    // too short: the page again with why, the text as typed
    var refused = member.submit("reply", "send", Map.of("reply:text", "z"));
    assertThat(refused.body())
        .contains("class=\"error\"")
        .containsPattern("<textarea[^>]*reply:text[^>]*>z</textarea>");

    // without the session's token (another site's post): nothing added, the text kept as a draft
    member.get(page);
    var forged =
        member.forge(
            "reply", "send", Map.of("reply:text", "zzforged: a reply another site built"), null);
    assertThat(forged.body()).contains("zzforged: a reply another site built");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE problem_id = ?", problem)).isZero();

    member.get(page);
    member.submit("reply", "send", Map.of("reply:text", "zzsent: the survey comes back in May"));
    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE problem_id = ?", problem))
        .isEqualTo(1);
    assertThat(member.get(page).body()).contains("zzsent: the survey comes back in May");
  }

  /** A problem raised through the page by a new member, who stays logged in on this session. */
  private static long raised(
      WebSession author, String name, String title, String body, String category) {
    Fixtures.signUp(author, name, VILLAGE);
    return Fixtures.raise(author, VILLAGE, title, body, category);
  }

  private static boolean written(HttpResponse<String> response) {
    return response.headers().firstValue(WRITTEN).isPresent();
  }

  /** The page as written and as Faces renders it, for this reader, are the same. */
  private static void assertSame(WebSession reader, String page, String state) {
    var written = reader.get(page);
    assertThat(written(written)).as("written in Java: " + state).isTrue();
    var faces = reader.get(page, "X-Vedika-Render", "faces");
    assertThat(written(faces)).isFalse();
    assertThat(normal(written.body()))
        .as("the written page is the Faces page: " + state)
        .isEqualTo(normal(faces.body()));
  }

  /** Whitespace runs as one, tags one per line, without Faces' generated ids and PrimeFaces. */
  private static String normal(String html) {
    return html.replaceAll("<script src=\"[^\"]*primefaces[^\"]*\"[^>]*></script>", "")
        .replaceAll("(?s)<script id=\"[^\"]*\" type=\"text/javascript\">var pf=.*?</script>", "")
        .replaceAll(" id=\"j_idt\\d+\"", "")
        .replaceAll("\\s+", " ")
        .replace("> <", ">\n<");
  }
}
