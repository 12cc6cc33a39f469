package org.vedika.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.OutageServer;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Where the dashboard's lag-tolerant reads go (docs/cluster.md): to {@code DB_REPLICA_URL} while it
 * answers and is close behind — the shared server's is its own database, never behind — and to the
 * primary when the replica does not answer (the {@link OutageServer}'s points at a closed port),
 * the node still ready and the dashboard still served.
 */
@ExtendWith(VedikaServer.class)
class ReplicaReadsIT {

  @Test
  void aReplicaThatAnswersTakesTheDashboardsReads() throws Exception {
    // the replica is looked at in the background: its first look may still be under way
    var replica = replicaCheckWithin(VedikaServer.url("/health/ready"), "replica");
    assertThat(replica.getString("status")).isEqualTo("UP");
    assertThat(replica.getJsonObject("data").getString("configured")).isEqualTo("true");
    assertThat(replica.getJsonObject("data").getString("readsOn")).isEqualTo("replica");
    assertThat(replica.getJsonObject("data").getString("lagSeconds")).isEqualTo("0");
    var policymaker = Fixtures.withRole("policymaker", "05070101", "POLICYMAKER", null);
    assertThat(policymaker.get("/api/dashboard/recurring").statusCode()).isEqualTo(200);
    assertThat(policymaker.get("/dashboard").statusCode()).isEqualTo(200);
  }

  @Test
  void aReplicaThatDoesNotAnswerSendsThemToThePrimary() throws Exception {
    var server = OutageServer.get().server();
    var ready = Http.get(server.url("/health/ready"));
    assertThat(ready.statusCode()).as("the node stays ready").isEqualTo(200);
    var replica = replicaCheckWithin(server.url("/health/ready"), "primary");
    assertThat(replica.getString("status")).isEqualTo("UP");
    assertThat(replica.getJsonObject("data").getString("readsOn")).isEqualTo("primary");
    assertThat(replica.getJsonObject("data").getString("problem"))
        .isNotBlank()
        .isNotEqualTo("not looked at yet");
    // the demo policymaker's dashboard, read from the primary
    var policymaker = new WebSession(server::url);
    Fixtures.logIn(policymaker, "policy@vedika.example", "vedika-demo-2026");
    var rows = policymaker.get("/api/dashboard/recurring?place=05");
    assertThat(rows.statusCode()).isEqualTo(200);
    assertThat(Http.json(rows).asJsonArray()).as("a ranking, read from the primary").isNotNull();
    assertThat(policymaker.get("/dashboard").statusCode()).isEqualTo(200);
  }

  /** The readiness's replica check once it says reads go there (or after 10 s, as it is). */
  private static JsonObject replicaCheckWithin(String url, String readsOn) throws Exception {
    var deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    var check = replicaCheck(url);
    while (System.nanoTime() < deadline
        && (!check.getJsonObject("data").getString("readsOn").equals(readsOn)
            || check.getJsonObject("data").getString("problem", "").equals("not looked at yet"))) {
      Thread.sleep(200);
      check = replicaCheck(url);
    }
    return check;
  }

  private static JsonObject replicaCheck(String url) {
    return Http.json(Http.get(url)).asJsonObject().getJsonArray("checks").stream()
        .map(check -> check.asJsonObject())
        .filter(check -> check.getString("name").equals("replica"))
        .findFirst()
        .orElseThrow();
  }
}
