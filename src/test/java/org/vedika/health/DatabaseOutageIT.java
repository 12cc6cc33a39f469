package org.vedika.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.OutageServer;
import org.vedika.testing.WebSession;

/**
 * Nothing typed is lost when MariaDB stops answering: a reply and a new problem sent during the
 * outage come straight back (HTTP 503, within seconds, not after the pool's and EclipseLink's
 * retries) with the text in the form and a message in Khmer; sent again once MariaDB is back, they
 * are published. Runs on the {@link OutageServer}.
 */
class DatabaseOutageIT {

  static final Duration QUICK = Duration.ofSeconds(5);

  @Test
  void aReplyAndAProblemWrittenDuringAnOutageSurviveAndAreSentAfterIt() throws Exception {
    var outage = OutageServer.get();
    var session = new WebSession(outage.server()::url);
    Fixtures.signUp(session, "ស្រីនាង", "05070105");
    var problemId =
        Http.json(Http.get(outage.server().url("/api/problems?sort=new")))
            .asJsonArray()
            .getJsonObject(0)
            .getInt("id");
    var reply = "ចម្លើយសរសេរពេលមូលដ្ឋានទិន្នន័យឈប់ reply-" + marker();
    var title = "បញ្ហាថ្មីពេលដាច់ problem-" + marker();
    var body = "ការពិពណ៌នាដែលមិនត្រូវបាត់បង់ ទោះបីមូលដ្ឋានទិន្នន័យឈប់ក៏ដោយ។";
    session.get("/raise"); // the form is opened while all is well ...

    java.net.http.HttpResponse<String> replyPage;
    outage.database().stopServer(); // ... and sent while MariaDB is down
    try {
      var started = Instant.now();
      var raised = session.submit("raise", "submit", raisedFields(title, body));
      assertThat(Duration.between(started, Instant.now())).as("answered quickly").isLessThan(QUICK);
      assertThat(raised.statusCode()).as(raised.body()).isEqualTo(503);
      assertThat(raised.body())
          .contains("មិនអាចភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យ")
          .contains(title)
          .contains(body);
      var raisePage = raised;

      session.get("/problem/" + problemId);
      assertThat(session.last().statusCode())
          .as("the problem page while MariaDB is down")
          .isEqualTo(503);
      assertThat(session.last().body()).contains("មិនអាចបង្ហាញបញ្ហានេះបានទេ");
      started = Instant.now();
      var sent = session.submit("reply", "send", Map.of("reply:text", reply));
      assertThat(Duration.between(started, Instant.now())).as("answered quickly").isLessThan(QUICK);
      assertThat(sent.statusCode()).isEqualTo(503);
      assertThat(sent.body()).contains("មិនអាចភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យ").contains(reply);

      replyPage = sent;
      session.back(raisePage); // the member goes back to the raise page, still showing the text
    } finally {
      outage.database().restart();
    }

    // the member presses the same buttons again once the database is back
    var sentAgain = retryUntilAccepted(session, "raise", "submit", Map.of());
    assertThat(sentAgain.body()).contains(title);
    assertThat(sentAgain.uri().getPath()).startsWith("/problem/");

    session.back(replyPage);
    var replied = retryUntilAccepted(session, "reply", "send", Map.of());
    assertThat(replied.body()).contains(reply);
  }

  /** Letters only: a long run of digits would be masked as a phone number. */
  private static String marker() {
    var random = new java.util.Random();
    var letters = new StringBuilder();
    for (var i = 0; i < 10; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }

  private static Map<String, String> raisedFields(String title, String body) {
    return Map.of(
        "raise:title", title, "raise:body", body, "raise:category", "DISABILITY_ALLOWANCE");
  }

  /**
   * Resubmits the form of the page last shown (the 503 one), with what it shows, until the pool has
   * reconnected.
   */
  private static java.net.http.HttpResponse<String> retryUntilAccepted(
      WebSession session, String form, String button, Map<String, String> fields)
      throws InterruptedException {
    var deadline = Instant.now().plus(Duration.ofSeconds(60));
    var response = session.submit(form, button, fields);
    while (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
      Thread.sleep(1_000);
      response = session.submit(form, button, fields);
    }
    assertThat(response.statusCode()).isEqualTo(200);
    return response;
  }
}
