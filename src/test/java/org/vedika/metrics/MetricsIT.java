package org.vedika.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.LoadBalancer;
import org.vedika.testing.PayaraServer;
import org.vedika.testing.VedikaServer;

/**
 * Operators' metrics (issue 19): {@code /metrics} holds Vedika's own figures — problems raised,
 * replies, votes, request time by page, refusals by kind, the aggregation's runs and lag — and the
 * load balancer (config/haproxy.cfg, as deployed) refuses it to visitors while it serves them the
 * site.
 */
@ExtendWith(VedikaServer.class)
class MetricsIT {

  static final String VILLAGE = "05070101";

  @Test
  void countsWhatMembersDoAndTimesPages() {
    var raised = value("vedika_problems_raised_total\\{mp_scope=\"application\"}");
    var votes = value("vedika_votes_total\\{mp_scope=\"application\"}");
    var replies = value("vedika_replies_total\\{mp_scope=\"application\",official=\"false\"}");
    var session = Fixtures.withRole("Metrics member", VILLAGE, null, null);
    var problem =
        Fixtures.raise(
            session,
            VILLAGE,
            "Metrics: the health card is refused at the clinic",
            "The clinic refused my NSSF card twice this month and asked for cash.",
            "NSSF_HEALTH_WORKERS");
    var voter = Fixtures.withRole("Metrics voter", VILLAGE, null, null);
    voter.get("/problem/" + problem);
    voter.submit("vote", "cast", Map.of());
    voter.get("/problem/" + problem);
    voter.submit("reply", "send", Map.of("reply:text", "The same happened to my sister."));

    var metrics = metrics();
    assertThat(value(metrics, "vedika_problems_raised_total\\{mp_scope=\"application\"}"))
        .isEqualTo(raised + 1);
    assertThat(value(metrics, "vedika_votes_total\\{mp_scope=\"application\"}"))
        .isEqualTo(votes + 1);
    assertThat(
            value(metrics, "vedika_replies_total\\{mp_scope=\"application\",official=\"false\"}"))
        .isEqualTo(replies + 1);
    assertThat(
            value(
                metrics,
                "vedika_request_seconds_count\\{mp_scope=\"application\",page=\"/problem/\\{id}\"}"))
        .isPositive();
    assertThat(metrics).contains("vedika_aggregation_lag_seconds{mp_scope=\"application\"}");
  }

  @Test
  void countsRefusalsByKind() {
    var kind = "vedika_refusals_total\\{kind=\"token.name.size\",mp_scope=\"application\"}";
    var before = value(kind);
    var session = Fixtures.withRole("Metrics policymaker", VILLAGE, "POLICYMAKER", "05");
    session.get("/profile");
    session.submit("tokens", "make", Map.of("tokens:name", " "));
    assertThat(value(kind)).isEqualTo(before + 1);
  }

  @Test
  void theLoadBalancerRefusesMetricsToVisitors() {
    var port = URI.create(VedikaServer.url("/")).getPort();
    try (var balancer =
        LoadBalancer.start(
            PayaraServer.Layout.fromSystemProperties().config(),
            Path.of(System.getProperty("vedika.war")).getParent().resolve("haproxy-metrics-it"),
            List.of(port))) {
      var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (Http.get(balancer.url("/health/ready")).statusCode() != 200
          && System.nanoTime() < deadline) {
        Thread.onSpinWait();
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      assertThat(Http.get(balancer.url("/")).statusCode()).isEqualTo(200);
      for (var path : List.of("/metrics", "/metrics/", "/metrics/application", "/metrics/base")) {
        assertThat(Http.get(balancer.url(path)).statusCode()).as(path).isEqualTo(404);
      }
      assertThat(Http.get(VedikaServer.url("/metrics")).statusCode())
          .as("the node itself, for the operators' Prometheus")
          .isEqualTo(200);
    }
  }

  private static String metrics() {
    var response = Http.get(VedikaServer.url("/metrics"));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static double value(String pattern) {
    return value(metrics(), pattern);
  }

  /** The sample's value, 0 when it is not there yet (a counter appears at its first count). */
  private static double value(String metrics, String pattern) {
    var matcher = Pattern.compile("(?m)^" + pattern + " ([0-9.E+-]+)$").matcher(metrics);
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
  }
}
