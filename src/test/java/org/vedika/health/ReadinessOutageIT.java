package org.vedika.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.Http.get;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vedika.testing.EmbeddedMariaDb;
import org.vedika.testing.OutageServer;
import org.vedika.testing.PayaraServer;

/**
 * {@code /health/ready} follows the database: DOWN while MariaDB is stopped, UP again when it is
 * back, with no restart of Vedika. Uses the {@link OutageServer}, never the machine's shared
 * MariaDB service.
 */
class ReadinessOutageIT {

  static final Duration PATIENCE = Duration.ofSeconds(90);
  static EmbeddedMariaDb database;
  static PayaraServer server;

  @BeforeAll
  static void start() throws Exception {
    var outage = OutageServer.get();
    database = outage.database();
    server = outage.server();
  }

  @Test
  void theDemoDataIsLoaded() {
    var problems =
        org.vedika.testing.Http.json(get(server.url("/api/problems?sort=new"))).asJsonArray();
    assertThat(problems).hasSizeGreaterThanOrEqualTo(8);
    var mostVoted =
        org.vedika.testing.Http.json(get(server.url("/api/problems?sort=top")))
            .asJsonArray()
            .getJsonObject(0);
    assertThat(mostVoted.getInt("votes")).isPositive();
    var thread =
        org.vedika.testing.Http.json(get(server.url("/api/problems/" + mostVoted.getInt("id"))))
            .asJsonObject();
    assertThat(thread.getJsonArray("thread")).isNotEmpty();
    var resolved =
        org.vedika.testing.Http.json(get(server.url("/api/problems?status=resolved")))
            .asJsonArray();
    assertThat(resolved).as("the demo official resolved a problem").hasSize(1);
    var timeline =
        org.vedika.testing.Http.json(
                get(server.url("/api/problems/" + resolved.getJsonObject(0).getInt("id"))))
            .asJsonObject()
            .getJsonArray("timeline");
    assertThat(timeline.getJsonObject(0).getString("to")).isEqualTo("resolved");
  }

  @Test
  void readinessFollowsTheDatabase() {
    assertThat(awaitReadiness(200)).as("ready at start").isTrue();

    database.stopServer();
    assertThat(awaitReadiness(503)).as("DOWN while MariaDB is stopped").isTrue();
    assertThat(get(server.url("/health/ready")).body()).contains("\"DOWN\"");

    database.restart();
    assertThat(awaitReadiness(200)).as("UP again once MariaDB is back").isTrue();
    assertThat(get(server.url("/api/places/05")).statusCode()).isEqualTo(200);
  }

  private static boolean awaitReadiness(int status) {
    var deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      if (get(server.url("/health/ready")).statusCode() == status) {
        return true;
      }
      sleep();
    }
    return false;
  }

  private static void sleep() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
