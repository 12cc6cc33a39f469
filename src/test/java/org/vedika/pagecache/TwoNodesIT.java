package org.vedika.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Two Payara Micro nodes on one MariaDB, no data grid between them: a write on one node shows on
 * the other node's kept pages once that node has read the change log (every 50 ms here, 500 ms by
 * default), and on the writer's own node at once; failed logins and writing limits count on both.
 */
@ExtendWith(VedikaServer.class)
class TwoNodesIT {

  private static final String CACHE = "X-Vedika-Cache";

  @Test
  void aWriteOnOneNodeIsFreshOnTheOthersKeptPages() throws Exception {
    var node2 = VedikaServer.secondNode();
    var village =
        Fixtures.text(
            "SELECT code FROM place WHERE code LIKE '11%' AND LENGTH(code) = 8 ORDER BY code"
                + " LIMIT 1");
    var author = Fixtures.member(Fixtures.newPhone(), "Author on two nodes", village);
    var problem =
        Fixtures.problem(
            author, village, "NSSF_HEALTH_WORKERS", "Two nodes: the clinic wants a fee");
    var page = "/problem/" + problem;
    var place = "/place/" + village.substring(0, 6);

    var visitorOn1 = new WebSession();
    var visitorOn2 = new WebSession(node2::url);
    for (var visitor : new WebSession[] {visitorOn1, visitorOn2}) {
      for (var path : new String[] {page, place}) {
        // the fixtures' change of every page (page_change "*") reaches node 2 within a poll of
        // the log, after the fixture returns (it waits for node 1 only): a page node 2 kept before
        // that is dropped by it, so the pages are read until they are kept
        assertThat(keptWithin(visitor, path)).as(path + " kept").isTrue();
      }
    }

    // a vote through node 1
    var voter = new WebSession();
    Fixtures.signUp(voter, "Voter on node 1", village);
    voter.get(page);
    voter.submit("vote", "cast", Map.of());
    assertThat(visitorOn1.get(page).body()).containsPattern("vote-count[^>]*>[^<]*២");
    assertThat(freshWithin(visitorOn2, page, "vote-count[^>]*>[^<]*២"))
        .as("node 2 shows the vote")
        .isTrue();

    // a reply through node 2; the voter, a member on node 1, has the thread kept there
    voter.get(page);
    var replier = new WebSession(node2::url);
    Fixtures.signUp(replier, "Replier on node 2", village);
    replier.get(page);
    replier.submit(
        "reply", "send", Map.of("reply:text", "Node two says zztwonodes: same fee here."));
    assertThat(visitorOn2.get(page).body()).contains("zztwonodes");
    assertThat(freshWithin(visitorOn1, page, "zztwonodes")).as("node 1 shows the reply").isTrue();
    assertThat(freshWithin(voter, page, "zztwonodes"))
        .as("node 1 shows the reply to a member too")
        .isTrue();

    // a new problem through node 1, on node 2's commune page
    var other =
        Fixtures.raise(
            voter,
            village,
            "Two nodes: a second problem in the commune",
            "The disability card office is closed on market days.",
            "DISABILITY_ALLOWANCE");
    assertThat(freshWithin(visitorOn2, place, "/problem/" + other))
        .as("node 2's commune page lists it")
        .isTrue();
  }

  @Test
  void failedLoginsOnOneNodeCountOnTheOther() {
    var login = Fixtures.newPhone();
    Fixtures.member(login, "Throttled on two nodes", "05070101");
    var node2 = VedikaServer.secondNode();
    for (var i = 0; i < org.vedika.account.control.LoginThrottle.MAX_FAILURES; i++) {
      var guesser = new WebSession(i % 2 == 0 ? VedikaServer::url : node2::url);
      guesser.get("/login");
      var wrong =
          guesser.submit(
              "login", "submit", Map.of("login:name", login, "login:password", "wrong " + i));
      assertThat(wrong.statusCode()).as("failure " + (i + 1)).isEqualTo(200);
      assertThat(wrong.body()).contains(org.vedika.testing.KhmerText.km("account.login.failed"));
    }
    // the sixth try, with the right password, waits on either node
    for (var node : new WebSession[] {new WebSession(), new WebSession(node2::url)}) {
      node.get("/login");
      var refused =
          node.submit(
              "login", "submit", Map.of("login:name", login, "login:password", Fixtures.PASSWORD));
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.body()).doesNotContain("id=\"member-name\"");
    }
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM login_failure WHERE login_key = UNHEX(SHA2(?, 256))", login))
        .as("counted in MariaDB by the login's hash, never the login")
        .isEqualTo(org.vedika.account.control.LoginThrottle.MAX_FAILURES);
  }

  @Test
  void aReplyOnOneNodeCountsAgainstTheWritingLimitOnTheOther() {
    var node2 = VedikaServer.secondNode();
    var login = Fixtures.newPhone();
    Fixtures.member(login, "Replier on two nodes", "05070101");
    var author = Fixtures.member(Fixtures.newPhone(), "Author for the limit", "05070101");
    var problem =
        Fixtures.problem(author, "05070101", "DISABILITY_ALLOWANCE", "Two nodes: the limit");
    var onNode1 = new WebSession();
    Fixtures.logIn(onNode1, login, Fixtures.PASSWORD);
    onNode1.get("/problem/" + problem);
    onNode1.submit("reply", "send", Map.of("reply:text", "Node one: the office was closed."));
    var onNode2 = new WebSession(node2::url);
    Fixtures.logIn(onNode2, login, Fixtures.PASSWORD);
    onNode2.get("/problem/" + problem);
    var refused =
        onNode2.submit("reply", "send", Map.of("reply:text", "Node two: and again today."));
    assertThat(refused.body())
        .as("the reply a moment ago on node 1 counts on node 2")
        .contains("មុននឹងផ្ញើមតិយោបល់បន្ទាប់")
        .contains("Node two: and again today.");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE problem_id = ?", problem))
        .isEqualTo(1);
  }

  /** Reads the page until it comes from the cache, for at most ten seconds. */
  private static boolean keptWithin(WebSession visitor, String path) throws InterruptedException {
    var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (visitor.get(path).headers().firstValue(CACHE).filter("hit"::equals).isPresent()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  /** Reads the page until it matches, for at most five seconds (ten polls of the log). */
  private static boolean freshWithin(WebSession visitor, String path, String pattern)
      throws InterruptedException {
    var regex = java.util.regex.Pattern.compile(pattern);
    var deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      if (regex.matcher(visitor.get(path).body()).find()) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }
}
