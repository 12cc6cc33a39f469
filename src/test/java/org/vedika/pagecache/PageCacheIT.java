package org.vedika.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Visitors' pages come from the page cache, and every write shows on the next visitor's read of
 * every page that shows it: the page is dropped ({@code X-Vedika-Cache: miss} on the next read) and
 * the new state is there. Members never get a kept page, and a kept page holds no member's data.
 */
@ExtendWith(VedikaServer.class)
class PageCacheIT {

  private static final String CACHE = "X-Vedika-Cache";

  /** A village of Kratie (10): its pages are read by no other test. */
  private static String village() {
    return Fixtures.text(
        "SELECT code FROM place WHERE code LIKE '10%' AND LENGTH(code) = 8 ORDER BY code LIMIT 1");
  }

  @Test
  void aVisitorsSecondReadIsKeptAndCarriesNoCookie() throws Exception {
    var village = village();
    var author = Fixtures.member(Fixtures.newPhone(), "Author of a kept page", village);
    var problem =
        Fixtures.problem(
            author, village, "NSSF_HEALTH_WORKERS", "Kept page: the health card is refused");
    var visitor = new WebSession();
    var first = visitor.get("/problem/" + problem);
    var second = visitor.get("/problem/" + problem);
    assertThat(first.headers().firstValue(CACHE)).contains("miss");
    assertThat(second.headers().firstValue(CACHE)).contains("hit");
    assertThat(second.body()).isEqualTo(first.body()).contains("the health card is refused");
    for (var response : List.of(first, second)) {
      assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
      assertThat(response.headers().firstValue("Cache-Control")).contains("no-cache");
      assertThat(response.headers().firstValue("Vary"))
          .hasValueSatisfying(vary -> assertThat(vary).contains("Cookie"));
      // the security headers come on a kept page too
      assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }
    var etag = second.headers().firstValue("ETag").orElseThrow();

    var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    var url = URI.create(VedikaServer.url("/problem/" + problem));
    var unchanged =
        client.send(
            HttpRequest.newBuilder(url).header("If-None-Match", etag).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(unchanged.statusCode()).as("the browser's copy is still good").isEqualTo(304);

    var compressed =
        client.send(
            HttpRequest.newBuilder(url).header("Accept-Encoding", "gzip").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(gunzip(compressed.body())).isEqualTo(first.body());

    var english =
        client.send(
            HttpRequest.newBuilder(url).header("Cookie", "lang=en").build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(english.body()).as("kept per language").contains("lang=\"en\"");
    assertThat(first.body()).contains("lang=\"km\"");
  }

  @Test
  void everyWriteShowsOnTheNextVisitorsReadOfEveryPageThatShowsIt() throws Exception {
    var village = village();
    var author = Fixtures.member(Fixtures.newPhone(), "Author of a fresh page", village);
    var problem =
        Fixtures.problem(
            author,
            village,
            "IDPOOR_REGISTRATION",
            "Freshness: the equity card interview never came",
            "The commune says the interview team comes in March: zzfreshword.");
    var pages =
        List.of(
            "/problem/" + problem,
            "/place/" + village,
            "/place/" + village.substring(0, 6),
            "/place/" + village.substring(0, 4),
            "/place/" + village.substring(0, 2),
            "/",
            "/search?q=zzfreshword");
    var visitor = new WebSession();
    keep(visitor, pages);

    // a vote
    var voter = new WebSession();
    Fixtures.signUp(voter, "Voter for freshness", village);
    voter.get("/problem/" + problem);
    voter.submit("vote", "cast", Map.of());
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem)).isOne();
    allDropped(visitor, pages);
    // the author and the voter
    assertThat(visitor.get("/problem/" + problem).body()).containsPattern("vote-count[^>]*>[^<]*២");
    keep(visitor, pages);

    // a reply
    voter.get("/problem/" + problem);
    voter.submit(
        "reply", "send", Map.of("reply:text", "Same here: zzreplyword, nobody came to our house."));
    allDropped(visitor, pages);
    assertThat(visitor.get("/problem/" + problem).body()).contains("zzreplyword");
    keep(visitor, pages);

    // a status step by the commune's official
    var chief =
        Fixtures.withRole("Chief for freshness", village, "OFFICIAL", village.substring(0, 6));
    chief.get("/problem/" + problem);
    chief.submit("status", "change", Map.of("status:to", "IN_PROGRESS", "status:note", ""));
    assertThat(Fixtures.text("SELECT status FROM problem WHERE id = ?", problem))
        .isEqualTo("IN_PROGRESS");
    allDropped(visitor, pages);
    assertThat(visitor.get("/problem/" + problem).body()).contains("status-in-progress");
    keep(visitor, pages);

    // a new problem in the same village, raised through the page
    var other =
        Fixtures.raise(
            voter,
            village,
            "Freshness: a second problem in the village",
            "The pension office moved and nobody told us where: zzfreshword.",
            "NSSF_PENSION");
    for (var page : pages.subList(1, pages.size())) {
      assertThat(visitor.get(page).headers().firstValue(CACHE)).as(page).contains("miss");
    }
    assertThat(visitor.get("/problem/" + problem).headers().firstValue(CACHE))
        .as("another problem's page is not touched")
        .contains("hit");
    assertThat(visitor.get("/place/" + village).body()).contains("/problem/" + other);
    assertThat(visitor.get("/search?q=zzfreshword").body()).contains("/problem/" + other);
    keep(visitor, pages);

    // a moderator hides the first problem
    var moderator =
        Fixtures.withRole("Moderator for freshness", village, "MODERATOR", village.substring(0, 4));
    moderator.get("/review?problem=" + problem);
    moderator.submit("act", "hide", Map.of("act:reason", "ABUSE", "act:note", "Names a person"));
    assertThat(Fixtures.text("SELECT moderation FROM problem WHERE id = ?", problem))
        .isEqualTo("HIDDEN");
    var hidden = visitor.get("/problem/" + problem);
    assertThat(hidden.statusCode()).as("gone for visitors, and not kept").isEqualTo(410);
    assertThat(hidden.headers().firstValue(CACHE)).isEmpty();
    allDropped(visitor, pages.subList(1, pages.size()));
    assertThat(visitor.get("/place/" + village).body())
        .doesNotContain("/problem/" + problem + "\"");
  }

  /**
   * A problem a moderator moves to another village leaves the kept pages of the village it left as
   * well as those of the one it went to (and a vote after the move drops the new village's pages,
   * not the old one's).
   */
  @Test
  void aMovedProblemLeavesThePagesOfThePlaceItLeft() {
    var from = village();
    var to =
        Fixtures.text(
            "SELECT code FROM place WHERE code LIKE ? AND LENGTH(code) = 8 AND code <> ?"
                + " ORDER BY code LIMIT 1",
            from.substring(0, 6) + "%",
            from);
    var author = Fixtures.member(Fixtures.newPhone(), "Author of a moved problem", from);
    var problem =
        Fixtures.problem(
            author, from, "DISABILITY_ALLOWANCE", "Moved: the disability allowance stopped");
    var visitor = new WebSession();
    var pages = List.of("/place/" + from, "/place/" + to, "/problem/" + problem);
    keep(visitor, pages);
    assertThat(visitor.get("/place/" + from).body()).contains("/problem/" + problem + "\"");
    assertThat(visitor.get("/place/" + to).body()).doesNotContain("/problem/" + problem + "\"");

    var moderator = Fixtures.withRole("Moderator moving", from, "MODERATOR", from.substring(0, 6));
    moderator.get("/review?problem=" + problem);
    moderator.submit("act", "move", Map.of("act:place", to, "act:reason", "OFF_TOPIC"));
    assertThat(Fixtures.text("SELECT place_code FROM problem WHERE id = ?", problem)).isEqualTo(to);
    allDropped(visitor, pages);
    assertThat(visitor.get("/place/" + from).body()).doesNotContain("/problem/" + problem + "\"");
    assertThat(visitor.get("/place/" + to).body()).contains("/problem/" + problem + "\"");
    keep(visitor, pages);

    var voter = new WebSession();
    Fixtures.signUp(voter, "Voter after the move", to);
    voter.get("/problem/" + problem);
    voter.submit("vote", "cast", Map.of());
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem)).isOne();
    allDropped(visitor, List.of("/place/" + to, "/problem/" + problem));
    assertThat(visitor.get("/place/" + from).headers().firstValue(CACHE))
        .as("the village it left no longer shows it")
        .contains("hit");
  }

  @Test
  void membersNeverGetAKeptPageAndAKeptPageHoldsNoMembersData() {
    var village = village();
    var author = Fixtures.member(Fixtures.newPhone(), "Author read by a member", village);
    var problem =
        Fixtures.problem(
            author, village, "NSSF_PENSION", "Member's read: the pension is late again");
    var visitor = new WebSession();
    keep(visitor, List.of("/problem/" + problem));

    var member = new WebSession();
    var login = Fixtures.signUp(member, "ស្រីនាង member reading", village);
    var read = member.get("/problem/" + problem);
    assertThat(read.headers().firstValue(CACHE)).as("not from the cache").isEmpty();
    assertThat(read.headers().firstValue("Cache-Control")).contains("private, no-cache");
    assertThat(read.body()).contains("id=\"member-name\"", "ស្រីនាង member reading");

    member.post("/logout", Map.of());
    var afterLogout = new WebSession().get("/problem/" + problem);
    assertThat(afterLogout.headers().firstValue(CACHE)).contains("hit");
    assertThat(afterLogout.body())
        .doesNotContain("id=\"member-name\"")
        .doesNotContain("ស្រីនាង member reading")
        .contains("id=\"login-link\"");
    assertThat(login).isNotBlank();
  }

  /**
   * Another node's change reaches this node through the change log: a title changed behind the
   * server's back stays as it was kept until a row of the log names the problem, and then shows
   * within a poll of the log.
   */
  @Test
  void aChangeAnotherNodeLogsDropsThePage() throws Exception {
    var village = village();
    var author = Fixtures.member(Fixtures.newPhone(), "Author on two nodes", village);
    var problem =
        Fixtures.problem(
            author, village, "PAYMENT_DELIVERY", "Two nodes: the cash transfer is late");
    var visitor = new WebSession();
    keep(visitor, List.of("/problem/" + problem));
    try (var connection = VedikaServer.database().connect();
        var statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE problem SET title = 'Two nodes: the cash transfer came' WHERE id = " + problem);
      assertThat(visitor.get("/problem/" + problem).body())
          .as("kept: nothing said it changed")
          .contains("the cash transfer is late");
      statement.executeUpdate(
          "INSERT INTO page_change (node, tags) VALUES ('another-node', 'p" + problem + "')");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    var body = visitor.get("/problem/" + problem).body();
    while (!body.contains("the cash transfer came") && System.nanoTime() < deadline) {
      Thread.sleep(20);
      body = visitor.get("/problem/" + problem).body();
    }
    assertThat(body).contains("the cash transfer came");
  }

  /** Reads each page until it is kept (the second read of a page is served from the cache). */
  private static void keep(WebSession visitor, List<String> pages) {
    for (var page : pages) {
      visitor.get(page);
      assertThat(visitor.get(page).headers().firstValue(CACHE)).as(page).contains("hit");
    }
  }

  private static void allDropped(WebSession visitor, List<String> pages) {
    for (var page : pages) {
      var response = visitor.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      assertThat(response.headers().firstValue(CACHE)).as(page + " dropped").contains("miss");
    }
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
