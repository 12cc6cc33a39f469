package org.vedika.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/** Votes stay exact under concurrency: rows == counter == expected. */
@ExtendWith(VedikaServer.class)
class VotesConcurrencyIT {

  static final int MEMBERS = 200;

  @Test
  void twoHundredMembersVotingAtOnceAreEachCountedOnce() throws Exception {
    var author = Fixtures.member(Fixtures.newPhone(), "Author", "05070101");
    var problem =
        Fixtures.problem(
            author, "05070101", "NSSF_HEALTH_WORKERS", "Hospital refuses the NSSF card");
    var pool = Executors.newFixedThreadPool(16);
    try {
      // each member logs in and opens the problem page first (that part is not what is measured)
      List<Future<WebSession>> ready = new ArrayList<>();
      for (int i = 0; i < MEMBERS; i++) {
        var login = Fixtures.newPhone();
        Fixtures.member(login, "Voter " + i, "05070101");
        ready.add(
            pool.submit(
                () -> {
                  var session = new WebSession();
                  Fixtures.logIn(session, login, Fixtures.PASSWORD);
                  session.get("/problem/" + problem);
                  return session;
                }));
      }
      var sessions = new ArrayList<WebSession>();
      for (var future : ready) {
        sessions.add(future.get());
      }
      var start = new CountDownLatch(1);
      List<Future<Integer>> votes = new ArrayList<>();
      for (var session : sessions) {
        votes.add(pool.submit(vote(session, start)));
      }
      start.countDown();
      for (var vote : votes) {
        assertThat(vote.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(rows(problem)).isEqualTo(MEMBERS);
    assertThat(counter(problem)).isEqualTo(MEMBERS);
    assertThat(Fixtures.count("SELECT people FROM problem WHERE id = ?", problem))
        .as("the people it affects: the voters and its author")
        .isEqualTo(MEMBERS + 1);
  }

  @Test
  void oneMemberSendingTenVotesAtOnceCountsOnce() throws Exception {
    var author = Fixtures.member(Fixtures.newPhone(), "Author", "05070101");
    var problem =
        Fixtures.problem(author, "05070102", "IDPOOR_REGISTRATION", "Equity card request stuck");
    var login = Fixtures.newPhone();
    Fixtures.member(login, "Eager voter", "05070101");
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    session.get("/problem/" + problem);
    var token = session.viewState("vote"); // the session's form token

    var pool = Executors.newFixedThreadPool(10);
    try {
      var start = new CountDownLatch(1);
      List<Future<Integer>> votes = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        votes.add(
            pool.submit(
                () -> {
                  start.await();
                  return session.post("/vote", form(problem, token)).statusCode();
                }));
      }
      start.countDown();
      for (var vote : votes) {
        vote.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(rows(problem)).isEqualTo(1);
    assertThat(counter(problem)).isEqualTo(1);
  }

  private static Callable<Integer> vote(WebSession session, CountDownLatch start) {
    return () -> {
      start.await();
      return session.submit("vote", "cast", Map.of()).statusCode();
    };
  }

  private static Map<String, String> form(long problem, String token) {
    return Map.of("id", String.valueOf(problem), "vote:cast", "cast", "csrf", token);
  }

  private static long rows(long problem) {
    return Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", problem);
  }

  private static long counter(long problem) {
    return Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem);
  }
}
