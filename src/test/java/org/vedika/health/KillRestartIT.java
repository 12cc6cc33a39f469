package org.vedika.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vedika.testing.EmbeddedMariaDb;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.OutageServer;
import org.vedika.testing.PayaraServer;
import org.vedika.testing.WebSession;

/**
 * Vedika killed with SIGKILL right after acknowledging a problem, a reply and a vote, then started
 * again: all three are there. A Vedika of its own on the {@link OutageServer}'s MariaDB (two nodes
 * on one database, as in a cluster), never the shared test server.
 */
class KillRestartIT {

  @Test
  void everyAcknowledgedWriteSurvivesAKill9() throws Exception {
    var database = OutageServer.get().database();
    var work = Path.of(System.getProperty("vedika.war")).getParent().resolve("kill-it");
    var first = start(database, work.resolve("first"));
    String reply = "A reply acknowledged just before the kill";
    try {
      var member = new WebSession(first::url);
      var login = Fixtures.signUp(member, "Member before the kill", "12010101");
      // with Vedika's defaults a new member's first posts wait for review: still acknowledged
      // writes
      var problem =
          Fixtures.raise(
              member,
              "12010101",
              "A problem acknowledged just before the kill",
              "Written, acknowledged with a redirect to its page, and then the server is killed.",
              "PAYMENT_DELIVERY");
      assertThat(member.last().statusCode()).isEqualTo(200);
      var demo =
          Http.json(Http.get(first.url("/api/problems?sort=new")))
              .asJsonArray()
              .getJsonObject(0)
              .getInt("id");
      member.get("/problem/" + demo);
      member.submit("vote", "cast", Map.of());
      assertThat(member.last().body()).contains("id=\"vote:retract\"");
      member.get("/problem/" + demo);
      member.submit("reply", "send", Map.of("reply:text", reply));
      assertThat(member.last().body()).contains(reply);
      first.kill();

      var second = start(database, work.resolve("second"));
      try {
        var again = new WebSession(second::url);
        Fixtures.logIn(again, login, Fixtures.PASSWORD);
        assertThat(again.get("/problem/" + problem).body())
            .contains("A problem acknowledged just before the kill");
        var thread = again.get("/problem/" + demo).body();
        assertThat(thread).contains(reply).contains("id=\"vote:retract\"");
      } finally {
        second.close();
      }
    } finally {
      first.close();
    }
  }

  private static PayaraServer start(EmbeddedMariaDb database, Path work) throws Exception {
    return PayaraServer.start(
        PayaraServer.Layout.fromSystemProperties(),
        EmbeddedMariaDb.freePort(),
        database,
        work,
        work.resolve("payara.log"));
  }
}
