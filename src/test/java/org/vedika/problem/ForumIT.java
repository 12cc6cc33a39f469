package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.Http.get;
import static org.vedika.testing.Http.json;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/** Raising, reading, replying and voting through the real pages, as a phone without JavaScript. */
@ExtendWith(VedikaServer.class)
class ForumIT {

  @Test
  void aCitizenRaisesAProblemThatEveryLevelAboveLists() {
    var session = new WebSession();
    Fixtures.signUp(session, "សុខា", "05070103");
    var id =
        raise(
            session,
            "ប័ណ្ណ ប.ស.ស. មិនត្រូវបានទទួលនៅមន្ទីរពេទ្យ",
            "ខ្ញុំបង្ហាញប័ណ្ណ ប.ស.ស. ប៉ុន្តែគេមិនទទួល។\nទូរស័ព្ទមកខ្ញុំ ០១២ ៣៤៥ ៦៧៨ ឬ 012 345 678។");

    var page = session.last().body();
    assertThat(page).contains("ប័ណ្ណ ប.ស.ស. មិនត្រូវបានទទួលនៅមន្ទីរពេទ្យ", "សុខា");
    assertThat(page).as("the author is told what was masked").contains("យើងបានលាក់លេខទូរស័ព្ទ");
    var body = Fixtures.text("SELECT body FROM problem WHERE id = ?", id);
    assertThat(body).doesNotContain("០១២ ៣៤៥ ៦៧៨", "012 345 678").contains("ទូរស័ព្ទមកខ្ញុំ");

    for (var place : new String[] {"05070103", "050701", "0507", "05"}) {
      assertThat(get(VedikaServer.url("/place/" + place + "?sort=new")).body())
          .as(place)
          .contains("href=\"/problem/" + id + "\"");
    }
    assertThat(get(VedikaServer.url("/place/05070101?sort=new")).body())
        .as("a sibling village does not list it")
        .doesNotContain("href=\"/problem/" + id + "\"");
  }

  @Test
  void membersReplyAndVoteWithPlainPosts() {
    var author = new WebSession();
    Fixtures.signUp(author, "Dara", "05070101");
    var id =
        raise(
            author,
            "Payment agent charges a fee",
            "The payment agent in our village charges 2,000 riel to hand over the money.");

    var neighbour = new WebSession();
    Fixtures.signUp(neighbour, "Srey Mom", "05070102");
    neighbour.get("/problem/" + id);
    neighbour.submit("vote", "cast", Map.of());
    assertThat(neighbour.last().body()).contains("id=\"vote:retract\"");
    neighbour.submit("reply", "send", Map.of("reply:text", "Same here: 2,000 riel every time."));
    assertThat(neighbour.last().uri().getPath())
        .as(neighbour.last().body())
        .isEqualTo("/problem/" + id);
    assertThat(neighbour.last().body()).contains("Same here: 2,000 riel every time.", "Srey Mom");

    var api = json(get(VedikaServer.url("/api/problems/" + id))).asJsonObject();
    assertThat(api.getInt("votes")).isEqualTo(1);
    assertThat(api.getInt("replies")).isEqualTo(1);
    assertThat(api.getJsonArray("thread").getJsonObject(0).getString("body"))
        .isEqualTo("Same here: 2,000 riel every time.");

    neighbour.submit("vote", "retract", Map.of());
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", id)).isZero();
    assertThat(Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", id)).isZero();
  }

  @Test
  void theApiListsAPlacesPublishedProblems() {
    var author = Fixtures.member(Fixtures.newPhone(), "API author", "05070101");
    var older =
        Fixtures.problem(author, "01020101", "PAYMENT_DELIVERY", "Older problem in Ou Thum");
    var newer = Fixtures.problem(author, "01020101", "NSSF_PENSION", "Newer problem in Ou Thum");
    Fixtures.execute(
        "UPDATE problem SET created_at = created_at - INTERVAL 1 DAY WHERE id = " + older);

    var list =
        json(get(VedikaServer.url("/api/problems?place=01020101&sort=new")))
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(list).extracting(p -> (long) p.getInt("id")).containsExactly(newer, older);
    var pensions =
        json(get(VedikaServer.url("/api/problems?place=01020101&category=nssf-pension")))
            .asJsonArray();
    assertThat(pensions).hasSize(1);
    assertThat(get(VedikaServer.url("/api/problems?sort=sideways")).statusCode()).isEqualTo(400);
    assertThat(get(VedikaServer.url("/api/problems?place=99")).statusCode()).isEqualTo(400);
    assertThat(get(VedikaServer.url("/api/problems/999999999")).statusCode()).isEqualTo(404);
  }

  @Test
  void everythingTypedIsShownAsText() {
    var session = new WebSession();
    Fixtures.signUp(session, "<img src=x onerror=alert(1)>", "05070101");
    var payloads =
        new String[] {
          "<script>alert('t')</script> title",
          "\"><svg onload=alert(2)>",
          "javascript:alert(3)",
          "{{7*7}} #{1+1} ${1+1}"
        };
    var id =
        raise(session, payloads[0], String.join("\n", payloads) + " https://example.org/?a=<b>");
    session.submit("reply", "send", Map.of("reply:text", String.join(" ", payloads)));

    var page = session.get("/problem/" + id).body();
    assertThat(page)
        .doesNotContain("<script>alert('t')", "<svg onload", "<img src=x", "href=\"javascript:");
    assertThat(page)
        .contains(
            "&lt;script&gt;",
            "&lt;svg onload=alert(2)&gt;",
            "&lt;img src=x onerror=alert(1)&gt;",
            "{{7*7}} #{1+1} ${1+1}");
  }

  @Test
  void anonymousVotersAreSentToLoginAndBack() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author", "05070101");
    var id =
        Fixtures.problem(author, "05070101", "HEF_HEALTH_CARE", "Told to buy medicine outside");
    var anonymous = new WebSession();
    anonymous.get("/problem/" + id);
    anonymous.submit("vote", "cast", Map.of());

    assertThat(anonymous.last().uri().getPath()).isEqualTo("/login");
    assertThat(anonymous.last().uri().getQuery()).contains("next=/problem/" + id);
    var login = Fixtures.newPhone();
    Fixtures.member(login, "Returning voter", "05070101");
    anonymous.submit(
        "login", "submit", Map.of("login:name", login, "login:password", Fixtures.PASSWORD));
    assertThat(anonymous.last().uri().getPath()).isEqualTo("/problem/" + id);
  }

  @Test
  void aForgedPostWithoutTheViewStateIsRejected() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author", "05070101");
    var id =
        Fixtures.problem(author, "05070101", "HEF_HEALTH_CARE", "Transport allowance not paid");
    var login = Fixtures.newPhone();
    Fixtures.member(login, "Victim", "05070101");
    var victim = new WebSession();
    Fixtures.logIn(victim, login, Fixtures.PASSWORD);

    for (var viewState : new String[] {"stateless", "-1:-1", "forged"}) {
      victim.post(
          "/problem.xhtml",
          Map.of(
              "vote",
              "vote",
              "id",
              String.valueOf(id),
              "vote:cast",
              "vote",
              "jakarta.faces.ViewState",
              viewState));
    }
    victim.post(
        "/problem.xhtml", Map.of("vote", "vote", "id", String.valueOf(id), "vote:cast", "vote"));

    assertThat(Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", id)).isZero();
  }

  @Test
  void authorsEditTheirRepliesForAWhileAndDeleteThem() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author", "05070109");
    var id =
        Fixtures.problem(
            author, "05070109", "NSSF_SELF_EMPLOYED", "Cover stopped after one missed payment");
    var session = new WebSession();
    Fixtures.signUp(session, "Vendor", "05070109");
    session.get("/problem/" + id);
    session.submit(
        "reply", "send", Map.of("reply:text", "I missed one payment in the rainy season too."));
    var replyId = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", id);

    session.get("/problem/" + id + "?edit=" + replyId);
    session.submit(
        "edit",
        "save",
        Map.of("edit:text", "I missed one payment in the rainy season too, in July."));
    assertThat(session.last().body()).contains("in the rainy season too, in July.");

    Fixtures.execute(
        "UPDATE reply SET created_at = created_at - INTERVAL 16 MINUTE WHERE id = " + replyId);
    assertThat(session.get("/problem/" + id + "?edit=" + replyId).body())
        .as("no edit form after 15 minutes")
        .doesNotContain("edit:text");

    // deleting asks first (here without JavaScript: on the page), and Cancel keeps it
    session.submit("own-" + replyId, "delete", Map.of());
    assertThat(session.last().uri().getQuery()).contains("delete=" + replyId);
    assertThat(session.last().body())
        .contains("id=\"confirm-" + replyId + "\"", "លុបមតិយោបល់នេះមែនទេ?")
        .contains("id=\"cancel-" + replyId + "\"")
        .contains("in the rainy season too");
    assertThat(Fixtures.count("SELECT reply_count FROM problem WHERE id = ?", id)).isOne();
    session.submit("own-" + replyId, "delete", Map.of());
    assertThat(session.last().body()).doesNotContain("in the rainy season too");
    assertThat(Fixtures.count("SELECT reply_count FROM problem WHERE id = ?", id)).isZero();
  }

  private static long raise(WebSession session, String title, String body) {
    session.get("/raise?place=05070103");
    session.submit(
        "raise",
        "submit",
        Map.of("raise:title", title, "raise:body", body, "raise:category", "NSSF_HEALTH_WORKERS"));
    var path = session.last().uri().getPath();
    assertThat(path)
        .as("redirected to the new problem:\n" + session.last().body())
        .startsWith("/problem/");
    return Long.parseLong(path.substring("/problem/".length()));
  }
}
