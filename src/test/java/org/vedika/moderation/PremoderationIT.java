package org.vedika.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.OutageServer;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Posts that wait for review: not public, searchable, counted or in the API until a moderator
 * approves them; the author sees "waiting for review". On the shared server a configured word holds
 * a post (commune 070111 belongs to this test); on the {@link OutageServer}, which runs Vedika's
 * defaults, a new member's first posts wait.
 */
@ExtendWith(VedikaServer.class)
class PremoderationIT {

  static final String VILLAGE = "07011101";

  @Test
  void aPostWithAListedWordWaitsForAModeratorAndIsPublicOnceApproved() {
    var author = new WebSession();
    Fixtures.signUp(author, "Author of held posts", VILLAGE);
    var problem =
        Fixtures.raise(
            author,
            VILLAGE,
            "Commune clerk zzheldword asks for tea money",
            "The clerk asked for money before stamping the IDPoor form zzqheld.",
            "LOCAL_SERVICE_INFO");
    assertThat(author.last().body())
        .contains("id=\"pending-notice\"")
        .contains("Commune clerk zzheldword");
    assertThat(Fixtures.text("SELECT moderation FROM problem WHERE id = ?", problem))
        .isEqualTo("PENDING");

    assertThat(new WebSession().get("/problem/" + problem).statusCode()).isEqualTo(404);
    assertThat(new WebSession().get("/place/070111").body()).doesNotContain("zzheldword");
    assertThat(Http.get(VedikaServer.url("/api/problems?q=zzqheld")).body())
        .doesNotContain("zzheldword");
    assertThat(Http.get(VedikaServer.url("/api/problems/" + problem)).statusCode()).isEqualTo(404);

    var moderator = Fixtures.withRole("Moderator for pre-moderation", VILLAGE, "MODERATOR", "0701");
    assertThat(moderator.get("/moderation").body()).contains("Commune clerk zzheldword");
    moderator.get("/review?problem=" + problem);
    moderator.submit("act", "approve", Map.of());
    assertThat(new WebSession().get("/problem/" + problem).statusCode()).isEqualTo(200);
    assertThat(Http.get(VedikaServer.url("/api/problems?q=zzqheld")).body()).contains("zzheldword");
    assertThat(author.get("/notifications").body())
        .contains("អ្នកសម្របសម្រួលបានអនុម័តការបង្ហោះរបស់អ្នក");

    // a reply with a listed Khmer word: the author sees it waiting, nobody else, nothing counts it
    var neighbour = new WebSession();
    Fixtures.signUp(neighbour, "Neighbour with a held reply", VILLAGE);
    neighbour.get("/problem/" + problem);
    neighbour.submit("reply", "send", Map.of("reply:text", "នេះជាពាក្យហាមឃាត់ក្នុងមតិយោបល់"));
    var reply = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", problem);
    assertThat(neighbour.last().body())
        .contains("id=\"pending-" + reply + "\"")
        .contains("នេះជាពាក្យហាមឃាត់");
    assertThat(new WebSession().get("/problem/" + problem).body())
        .doesNotContain("នេះជាពាក្យហាមឃាត់");
    assertThat(author.get("/problem/" + problem).body())
        .as("another member reads the thread kept for everyone")
        .doesNotContain("នេះជាពាក្យហាមឃាត់");
    assertThat(Fixtures.count("SELECT reply_count FROM problem WHERE id = ?", problem)).isZero();
    assertThat(author.get("/notifications").body())
        .as("followers hear of it only once approved")
        .doesNotContain("Neighbour with a held reply");

    moderator.get("/review?problem=" + problem + "&reply=" + reply);
    moderator.submit("act", "approve", Map.of());
    assertThat(new WebSession().get("/problem/" + problem).body()).contains("នេះជាពាក្យហាមឃាត់");
    assertThat(author.get("/problem/" + problem).body()).contains("នេះជាពាក្យហាមឃាត់");
    assertThat(Fixtures.count("SELECT reply_count FROM problem WHERE id = ?", problem))
        .isEqualTo(1);
    assertThat(author.get("/notifications").body()).contains("Neighbour with a held reply");
  }

  @Test
  void aNewMembersFirstPostsWaitWithVedikasDefaults() throws Exception {
    var outage = OutageServer.get();
    var member = new WebSession(outage.server()::url);
    Fixtures.signUp(member, "ថ្មីនៅទីនេះ", "05070105");
    var problem =
        Fixtures.raise(
            member,
            "05070105",
            "First problem of a new member qqfirstpost",
            "A new member's first problem waits for a moderator before it is public.",
            "PAYMENT_DELIVERY");
    assertThat(member.last().body()).contains("id=\"pending-notice\"");
    assertThat(Http.get(outage.server().url("/api/problems/" + problem)).statusCode())
        .isEqualTo(404);

    // the demo moderator of Samraong Tong approves it
    var moderator = new WebSession(outage.server()::url);
    Fixtures.logIn(moderator, "moderator@vedika.example", "vedika-demo-2026");
    assertThat(moderator.get("/moderation").body()).contains("qqfirstpost");
    moderator.get("/review?problem=" + problem);
    moderator.submit("act", "approve", Map.of());
    assertThat(Http.get(outage.server().url("/api/problems/" + problem)).statusCode())
        .isEqualTo(200);
  }
}
