package org.vedika.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Reports, the automatic hold, the review queue and a moderator's actions through HTTP, with what
 * readers, the author, the reporters and the audit log see. Commune 070108 (Kampot) belongs to this
 * test; the moderator covers district 0701.
 */
@ExtendWith(VedikaServer.class)
class ModerationIT {

  static final String VILLAGE = "07010801";
  static final String ABUSE = "You are all liars and I know where you live, watch out";

  @Test
  void reportsHoldAReplyAModeratorHidesAndRestoresItAndEveryoneIsTold() {
    var owner = Fixtures.member(Fixtures.newPhone(), "Problem owner", VILLAGE);
    var problem =
        Fixtures.problem(owner, VILLAGE, "HEF_HEALTH_CARE", "Health centre staff ask for money");
    var troll = new WebSession();
    var trollLogin = Fixtures.signUp(troll, "Angry neighbour", VILLAGE);
    troll.get("/problem/" + problem);
    troll.submit("reply", "send", Map.of("reply:text", ABUSE));
    var reply = Fixtures.count("SELECT id FROM reply WHERE problem_id = ?", problem);
    assertThat(replies(problem)).isEqualTo(1);

    // a member cannot report their own reply; three others report it: it is held
    troll.get("/report?problem=" + problem + "&reply=" + reply);
    assertThat(troll.submit("report", "send", Map.of("report:reason", "ABUSE")).body())
        .contains("អ្នកមិនអាចរាយការណ៍ការបង្ហោះរបស់ខ្លួនឯងបានទេ");
    for (int i = 1; i <= 3; i++) {
      var reporter = new WebSession();
      Fixtures.signUp(reporter, "Reporter " + i, VILLAGE);
      reporter.get("/report?problem=" + problem + "&reply=" + reply);
      reporter.submit(
          "report",
          "send",
          Map.of("report:reason", i == 3 ? "OTHER" : "ABUSE", "report:note", "threatening"));
      if (i == 1) {
        reporter.get("/report?problem=" + problem + "&reply=" + reply);
        assertThat(reporter.submit("report", "send", Map.of("report:reason", "SPAM")).body())
            .as("one open report per member")
            .contains("អ្នកបានរាយការណ៍រឿងនេះរួចហើយ");
      }
    }
    assertThat(Fixtures.text("SELECT moderation FROM reply WHERE id = ?", reply))
        .isEqualTo("HIDDEN");
    assertThat(replies(problem)).as("counts only visible replies").isZero();
    assertThat(new WebSession().get("/problem/" + problem).body())
        .doesNotContain(ABUSE)
        .contains("លាក់ដោយអ្នកសម្របសម្រួល");
    assertThat(Http.get(VedikaServer.url("/api/problems/" + problem)).body()).doesNotContain(ABUSE);

    // the district's moderator sees it first in the queue and hides it for abuse
    var moderator = moderator("Moderator of Kampot district", "0701");
    assertThat(moderator.get("/moderation").body()).contains("Health centre staff ask for money");
    assertThat(moderator.submit("queue", "apply", Map.of("queue:reason", "SPAM")).body())
        .as("narrowed to another reason")
        .doesNotContain("Health centre staff ask for money");
    assertThat(moderator.submit("queue", "apply", Map.of("queue:reason", "ABUSE")).body())
        .contains("Health centre staff ask for money");
    var review = moderator.get("/review?problem=" + problem + "&reply=" + reply).body();
    assertThat(review).contains(ABUSE).contains("id=\"review-reports\"");
    moderator.submit(
        "act", "hide", Map.of("act:reason", "ABUSE", "act:note", "Threats against neighbours"));
    assertThat(Fixtures.text("SELECT hidden_reason FROM reply WHERE id = ?", reply))
        .isEqualTo("ABUSE");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM report WHERE reply_id = ? AND resolution = 'UPHELD'", reply))
        .isEqualTo(3);
    assertThat(new WebSession().get("/problem/" + problem).body())
        .contains("លាក់ដោយអ្នកសម្របសម្រួល៖ ការប្រមាថ ឬការគំរាមកំហែង")
        .doesNotContain(ABUSE);
    assertThat(troll.get("/notifications").body())
        .contains("អ្នកសម្របសម្រួលបានលាក់ការបង្ហោះរបស់អ្នក៖ ការប្រមាថ ឬការគំរាមកំហែង");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM notification WHERE kind = 'REPORT_RESOLVED' AND detail = 'UPHELD' AND problem_id = ?",
                problem))
        .isEqualTo(3);

    // restore brings it back, counted again
    moderator.get("/review?problem=" + problem + "&reply=" + reply);
    moderator.submit("act", "restore", Map.of());
    assertThat(new WebSession().get("/problem/" + problem).body()).contains(ABUSE);
    assertThat(replies(problem)).isEqualTo(1);

    var log = moderator.get("/moderation-log").body();
    assertThat(log)
        .contains("ផ្អាកដោយស្វ័យប្រវត្តិ")
        .contains("Threats against neighbours")
        .contains("ស្ដារវិញ");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM moderation_action WHERE reply_id = ?", reply))
        .isEqualTo(3);
    assertThat(entries(moderator.get("/moderation-log?action=HIDE").body()))
        .contains("Threats against neighbours");
    assertThat(entries(moderator.get("/moderation-log?action=RESTORE").body()))
        .doesNotContain("Threats against neighbours")
        .contains("Angry neighbour");
    assertThat(trollLogin).isNotBlank();
  }

  @Test
  void moderatorsActOnlyInTheirPlacesAndNeverOnTheirOwnPosts() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author", VILLAGE);
    var problem =
        Fixtures.problem(
            author, "07010802", "PAYMENT_DELIVERY", "Payment agent keeps part of the money");
    var elsewhere = moderator("Moderator of Phnom Penh", "12");
    assertThat(elsewhere.get("/review?problem=" + problem).body()).contains("id=\"review-none\"");
    var forged = new LinkedHashMap<String, String>();
    forged.put("problem", String.valueOf(problem));
    forged.put("act", "act");
    forged.put("act:reason", "SPAM");
    forged.put("act:hide", "hide");
    // their own review page of some post in their places gives them a valid view state to forge
    // with
    var theirs =
        Fixtures.problem(
            author, "12010101", "PAYMENT_DELIVERY", "A Phnom Penh problem for the forged post");
    elsewhere.get("/review?problem=" + theirs);
    forged.put("jakarta.faces.ViewState", elsewhere.viewState("act"));
    elsewhere.post("/review.xhtml?problem=" + problem, forged);
    assertThat(Fixtures.text("SELECT moderation FROM problem WHERE id = ?", problem))
        .isEqualTo("VISIBLE");

    // a moderator's own problem is another moderator's to judge
    var login = Fixtures.newPhone();
    var self = Fixtures.member(login, "Moderator who also writes", VILLAGE);
    Fixtures.grant(self, "MODERATOR", "0701");
    var own =
        Fixtures.problem(self, VILLAGE, "LOCAL_SERVICE_INFO", "The commune notice board is empty");
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    session.get("/review?problem=" + own);
    var refused = session.submit("act", "lock", Map.of());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("អ្នកមិនអាចសម្របសម្រួលការបង្ហោះរបស់ខ្លួនឯងបានទេ");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM problem WHERE id = ? AND locked", own))
        .isZero();

    // a citizen has no queue
    var citizen = new WebSession();
    Fixtures.signUp(citizen, "Just a citizen", VILLAGE);
    assertThat(citizen.get("/moderation").statusCode()).isEqualTo(403);
    assertThat(citizen.get("/moderation-log").statusCode()).isEqualTo(403);
  }

  @Test
  void aHiddenProblemLeavesPagesListsSearchAndTheApiAndComesBackOnRestore() {
    var author = Fixtures.member(Fixtures.newPhone(), "Spammer", VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "FAMILY_PACKAGE_OTHER", "Buy cheap phones zzqxspam at my shop");
    var moderator = moderator("Second moderator of Kampot", "0701");
    moderator.get("/review?problem=" + problem);
    moderator.submit("act", "hide", Map.of("act:reason", "SPAM"));
    assertThat(new WebSession().get("/problem/" + problem).statusCode()).isEqualTo(410);
    assertThat(new WebSession().get("/place/070108").body()).doesNotContain("zzqxspam");
    assertThat(Http.get(VedikaServer.url("/api/problems?place=070108")).body())
        .doesNotContain("zzqxspam");
    assertThat(Http.get(VedikaServer.url("/api/problems?q=zzqxspam")).body())
        .doesNotContain("zzqxspam");
    assertThat(Http.get(VedikaServer.url("/api/problems/" + problem)).statusCode()).isEqualTo(404);

    moderator.get("/review?problem=" + problem);
    moderator.submit("act", "restore", Map.of());
    assertThat(new WebSession().get("/problem/" + problem).statusCode()).isEqualTo(200);
    assertThat(new WebSession().get("/place/070108").body()).contains("zzqxspam");
    assertThat(Http.get(VedikaServer.url("/api/problems?q=zzqxspam")).body()).contains("zzqxspam");
  }

  @Test
  void aHeldProblemComesBackWhenAModeratorDismissesTheReports() {
    var author = Fixtures.member(Fixtures.newPhone(), "Honest author", VILLAGE);
    var problem =
        Fixtures.problem(
            author,
            "07010802",
            "NSSF_HEALTH_WORKERS",
            "Hospital asks NSSF members to pay zzdismiss");
    for (int i = 1; i <= 3; i++) {
      var reporter = new WebSession();
      Fixtures.signUp(reporter, "Reporter who disagrees " + i, VILLAGE);
      reporter.get("/report?problem=" + problem);
      reporter.submit("report", "send", Map.of("report:reason", "FALSE_INFORMATION"));
    }
    assertThat(Fixtures.text("SELECT hidden_reason FROM problem WHERE id = ?", problem))
        .isEqualTo("AUTO_HOLD");
    assertThat(new WebSession().get("/place/070108").body()).doesNotContain("zzdismiss");

    var moderator = moderator("Fifth moderator of Kampot", "0701");
    moderator.get("/review?problem=" + problem);
    moderator.submit("act", "dismiss", Map.of());
    assertThat(Fixtures.text("SELECT moderation FROM problem WHERE id = ?", problem))
        .isEqualTo("VISIBLE");
    assertThat(new WebSession().get("/place/070108").body()).contains("zzdismiss");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM notification WHERE problem_id = ? AND detail = 'DISMISSED'",
                problem))
        .isEqualTo(3);
  }

  @Test
  void aSuspendedMemberReadsButCannotWriteUntilTheSuspensionIsLifted() {
    var owner = Fixtures.member(Fixtures.newPhone(), "Owner of the thread", VILLAGE);
    var problem =
        Fixtures.problem(owner, VILLAGE, "NSSF_PENSION", "Pension paid late three months in a row");
    var member = new WebSession();
    Fixtures.signUp(member, "Member to be suspended", VILLAGE);
    member.get("/problem/" + problem);
    member.submit("reply", "send", Map.of("reply:text", "Spam spam spam, buy my rice"));
    var reply = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", problem);

    var moderator = moderator("Third moderator of Kampot", "0701");
    moderator.get("/review?problem=" + problem + "&reply=" + reply);
    moderator.submit("act", "suspend", Map.of("act:reason", "SPAM", "act:days", "7"));
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM member m JOIN reply r ON r.author_id = m.id"
                    + " WHERE r.id = ? AND m.suspended_until > NOW(3) + INTERVAL 6 DAY",
                reply))
        .isEqualTo(1);

    assertThat(member.get("/problem/" + problem).statusCode()).as("still reads").isEqualTo(200);
    var refused =
        member.submit("reply", "send", Map.of("reply:text", "Another reply while suspended"));
    assertThat(refused.body())
        .contains("អ្នកសម្របសម្រួលបានផ្អាកគណនីរបស់អ្នក")
        .contains("Another reply while suspended");
    member.get("/problem/" + problem);
    assertThat(member.submit("vote", "cast", Map.of()).body())
        .contains("អ្នកសម្របសម្រួលបានផ្អាកគណនីរបស់អ្នក");
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem)).isZero();
    assertThat(member.get("/notifications").body())
        .contains("អ្នកសម្របសម្រួលបានផ្អាកគណនីរបស់អ្នកមួយរយៈ");

    moderator.get("/review?problem=" + problem + "&reply=" + reply);
    moderator.submit("act", "lift", Map.of());
    member.get("/problem/" + problem);
    member.submit("vote", "cast", Map.of());
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem)).isEqualTo(1);
  }

  @Test
  void mergingADuplicateMovesVotesAndFollowersWithoutCountingAnyoneTwice() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of both", VILLAGE);
    var target =
        Fixtures.problem(
            author, VILLAGE, "IDPOOR_REGISTRATION", "IDPoor cards not delivered in Srae Roung");
    var duplicate =
        Fixtures.problem(
            author, "07010802", "IDPOOR_REGISTRATION", "Our IDPoor cards never arrived");
    var a = Fixtures.member(Fixtures.newPhone(), "Voter A", VILLAGE);
    var b = Fixtures.member(Fixtures.newPhone(), "Voter B", VILLAGE);
    var c = Fixtures.member(Fixtures.newPhone(), "Voter C", VILLAGE);
    var d = Fixtures.member(Fixtures.newPhone(), "Voter D", VILLAGE);
    vote(duplicate, a, b, c);
    vote(target, b, d);
    Fixtures.execute(
        "INSERT INTO follow (problem_id, member_id) VALUES (" + duplicate + ", " + c + ")");

    var moderator = moderator("Fourth moderator of Kampot", "0701");
    moderator.get("/review?problem=" + duplicate);
    moderator.submit(
        "act",
        "merge",
        // as the problem picker writes it: its number and title
        Map.of(
            "act:mergeInto",
            "#" + target + " · IDPoor cards not delivered in Srae Roung",
            "act:note",
            "Same cards, same villages"));

    assertThat(Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", target))
        .isEqualTo(4);
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", target)).isEqualTo(4);
    assertThat(Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", duplicate))
        .isZero();
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", duplicate)).isZero();
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM follow WHERE problem_id = ? AND member_id = ?", target, c))
        .isEqualTo(1);
    assertThat(Fixtures.count("SELECT merged_into FROM problem WHERE id = ?", duplicate))
        .isEqualTo(target);
    assertThat(Fixtures.text("SELECT status FROM problem WHERE id = ?", duplicate))
        .isEqualTo("CLOSED");
    assertThat(new WebSession().get("/problem/" + duplicate).body())
        .contains("id=\"merged-into\"")
        .contains("/problem/" + target);

    // moved to another village of the commune, and into another category
    moderator.get("/review?problem=" + target);
    moderator.submit(
        "act",
        "move",
        Map.of(
            "act:place",
            "07010802",
            "act:category",
            "payment-delivery",
            "act:reason",
            "OFF_TOPIC"));
    assertThat(
            Fixtures.text(
                "SELECT CONCAT(place_code, ' ', category) FROM problem WHERE id = ?", target))
        .isEqualTo("07010802 PAYMENT_DELIVERY");
    // without the picker's script: a village typed by a name only it has
    var named =
        Fixtures.text(
            "SELECT code FROM place p WHERE p.code LIKE '070108%' AND p.level = 'village'"
                + " AND (SELECT COUNT(*) FROM place q WHERE LOWER(q.name_latin)"
                + " LIKE CONCAT('%', LOWER(p.name_latin), '%')) = 1 ORDER BY p.code LIMIT 1");
    moderator.get("/review?problem=" + target);
    moderator.submit(
        "act",
        "move",
        Map.of(
            "act:placeText",
            Fixtures.text("SELECT name_latin FROM place WHERE code = ?", named),
            "act:reason",
            "OFF_TOPIC"));
    assertThat(Fixtures.text("SELECT place_code FROM problem WHERE id = ?", target))
        .isEqualTo(named);
    moderator.get("/review?problem=" + target);
    var outside =
        moderator.submit("act", "move", Map.of("act:place", "12010101", "act:reason", "OFF_TOPIC"));
    assertThat(outside.body()).contains("សូមជ្រើសរើសភូមិ ឬឃុំ/សង្កាត់នៅក្នុងទីកន្លែងរបស់អ្នក");
  }

  private static void vote(long problem, long... members) {
    for (var member : members) {
      Fixtures.execute(
          "INSERT INTO vote (problem_id, member_id) VALUES (" + problem + ", " + member + ")");
    }
    Fixtures.execute(
        "UPDATE problem SET vote_count = " + members.length + " WHERE id = " + problem);
  }

  private static WebSession moderator(String name, String place) {
    return Fixtures.withRole(name, VILLAGE, "MODERATOR", place);
  }

  /** The audit log's entries, without the filter's option labels. */
  private static String entries(String page) {
    return page.substring(page.indexOf("id=\"log\""));
  }

  private static long replies(long problem) {
    return Fixtures.count("SELECT reply_count FROM problem WHERE id = ?", problem);
  }
}
