package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.KhmerText.km;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * The problem's rules hold on every path, whichever feature acts: a merged, hidden or locked
 * problem refuses votes and replies and says why; merging takes the lifecycle's closing step and
 * tells the followers; a status notification names its step; lifting a suspension nobody had is
 * refused; workshops tell a problem's followers; every refusal reaches the page as a message in the
 * reader's language with the text kept. Commune 070401 (Kampot) belongs to this test; its moderator
 * covers district 0704.
 */
@ExtendWith(VedikaServer.class)
class ProblemRulesIT {

  static final String VILLAGE = "07040101";
  static final String OTHER_VILLAGE = "07040102";

  @Test
  void aVoteOnAMergedDuplicateIsRefusedAndCountsNowhere() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of two reports", VILLAGE);
    var target =
        Fixtures.problem(
            author, VILLAGE, "IDPOOR_REGISTRATION", "IDPoor cards never came to Ta Teaen");
    var duplicate =
        Fixtures.problem(
            author, OTHER_VILLAGE, "IDPOOR_REGISTRATION", "Our IDPoor cards did not arrive either");
    var voter = new WebSession();
    Fixtures.signUp(voter, "Voter who read it before the merge", VILLAGE);
    voter.get("/problem/" + duplicate);

    var moderator = moderator("Moderator merging in 0704");
    moderator.get("/review?problem=" + duplicate);
    moderator.submit(
        "act", "merge", Map.of("act:mergeInto", "#" + target, "act:note", "Same cards"));
    assertThat(Fixtures.count("SELECT merged_into FROM problem WHERE id = ?", duplicate))
        .isEqualTo(target);

    var refused = voter.submit("vote", "cast", Map.of());
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains(km("problem.refused.merged"));
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM vote WHERE problem_id IN (?, ?)", duplicate, target))
        .isZero();
    assertThat(
            Fixtures.count(
                "SELECT vote_count + 10 * (SELECT vote_count FROM problem WHERE id = ?) FROM problem WHERE id = ?",
                target,
                duplicate))
        .isZero();
    assertThat(voter.get("/problem/" + duplicate).body())
        .contains("id=\"merged-into\"")
        .doesNotContain("id=\"vote:cast\"")
        .doesNotContain("id=\"reply:send\"");
  }

  @Test
  void mergingTakesTheLifecycleStepAndTellsTheDuplicatesFollowers() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of the duplicate", VILLAGE);
    var target =
        Fixtures.problem(
            author, VILLAGE, "NSSF_HEALTH_WORKERS", "Hospital refuses the NSSF card in Chres");
    var duplicate =
        Fixtures.problem(
            author, VILLAGE, "NSSF_HEALTH_WORKERS", "NSSF card refused at the referral hospital");
    var followerLogin = Fixtures.newPhone();
    var follower = Fixtures.member(followerLogin, "Follower of the duplicate", VILLAGE);
    Fixtures.execute(
        "INSERT INTO follow (problem_id, member_id) VALUES (" + duplicate + ", " + follower + ")");
    var moderator = moderator("Moderator of closed duplicates");

    // an already closed problem is not closed again by a merge
    var closed =
        Fixtures.problem(
            author, VILLAGE, "NSSF_HEALTH_WORKERS", "NSSF card refused, closed long ago");
    Fixtures.execute(
        "UPDATE problem SET status = 'CLOSED', close_reason = 'NOT_ACTIONABLE' WHERE id = "
            + closed);
    moderator.get("/review?problem=" + closed);
    var refused = moderator.submit("act", "merge", Map.of("act:mergeInto", "#" + target));
    assertThat(refused.body()).contains(km("moderation.merge.closed"));
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem WHERE id = ? AND merged_into IS NULL", closed))
        .isEqualTo(1);
    assertThat(Fixtures.count("SELECT COUNT(*) FROM status_change WHERE problem_id = ?", closed))
        .isZero();

    moderator.get("/review?problem=" + duplicate);
    moderator.submit("act", "merge", Map.of("act:mergeInto", "#" + target));
    assertThat(
            Fixtures.text(
                "SELECT CONCAT(from_status, ' ', to_status, ' ', close_reason) FROM status_change WHERE problem_id = ?",
                duplicate))
        .isEqualTo("OPEN CLOSED DUPLICATE");
    assertThat(
            Fixtures.text(
                "SELECT detail FROM notification WHERE member_id = ? AND problem_id = ? AND kind = 'STATUS'",
                follower,
                duplicate))
        .isEqualTo("CLOSED");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM follow WHERE problem_id = ? AND member_id = ?",
                target,
                follower))
        .isEqualTo(1);
    var session = new WebSession();
    Fixtures.logIn(session, followerLogin, Fixtures.PASSWORD);
    assertThat(session.get("/notifications").body()).contains(km("ProblemStatus.CLOSED"));
  }

  @Test
  void eachStatusNotificationNamesTheStepItAnnounces() {
    var authorLogin = Fixtures.newPhone();
    var author = Fixtures.member(authorLogin, "Author told of every step", VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "PAYMENT_DELIVERY", "Cash transfer paid two months late in Chres");
    Fixtures.execute(
        "INSERT INTO follow (problem_id, member_id) VALUES (" + problem + ", " + author + ")");
    var chief = Fixtures.withRole("Chief of Chres commune", VILLAGE, "OFFICIAL", "070401");
    for (var step : new String[] {"ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED"}) {
      chief.get("/problem/" + problem);
      chief.submit(
          "status", "change", Map.of("status:to", step, "status:note", "Step " + step + " noted."));
    }
    assertThat(Fixtures.text("SELECT status FROM problem WHERE id = ?", problem))
        .isEqualTo("RESOLVED");
    assertThat(
            Fixtures.text(
                "SELECT GROUP_CONCAT(detail ORDER BY id) FROM notification WHERE member_id = ? AND problem_id = ?",
                author,
                problem))
        .isEqualTo("ACKNOWLEDGED,IN_PROGRESS,RESOLVED");

    var session = new WebSession();
    Fixtures.logIn(session, authorLogin, Fixtures.PASSWORD);
    assertThat(session.get("/notifications").body())
        .contains(km("ProblemStatus.ACKNOWLEDGED"))
        .contains(km("ProblemStatus.IN_PROGRESS"))
        .contains(km("ProblemStatus.RESOLVED"));
  }

  @Test
  void liftingASuspensionNobodyHadIsRefusedAndNobodyIsTold() {
    var author = Fixtures.member(Fixtures.newPhone(), "Member never suspended", VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "DISABILITY_ALLOWANCE", "Disability card interview never scheduled");
    var moderator = moderator("Moderator lifting nothing");
    moderator.get("/review?problem=" + problem);
    var refused = moderator.submit("act", "lift", Map.of());
    assertThat(refused.body()).contains(km("moderation.notSuspended"));
    assertThat(Fixtures.count("SELECT COUNT(*) FROM notification WHERE member_id = ?", author))
        .isZero();
    assertThat(
            Fixtures.count("SELECT COUNT(*) FROM moderation_action WHERE problem_id = ?", problem))
        .isZero();
  }

  @Test
  void aWorkshopTellsTheFollowersOfEveryProblemOnItsAgenda() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of an agenda item", VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "IDPOOR_REGISTRATION", "IDPoor interviews skipped our village");
    var followerLogin = Fixtures.newPhone();
    var follower = Fixtures.member(followerLogin, "Follower of the agenda item", VILLAGE);
    Fixtures.execute(
        "INSERT INTO follow (problem_id, member_id) VALUES (" + problem + ", " + follower + ")");
    var chief = Fixtures.withRole("Chief planning a workshop", VILLAGE, "OFFICIAL", "070401");

    chief.get("/workshop-plan?commune=070401");
    var when =
        LocalDateTime.now(ZoneId.of("Asia/Phnom_Penh")).plusDays(7).withHour(9).withMinute(0);
    chief.submit(
        "plan",
        "schedule",
        Map.of(
            "plan:startsAt",
            when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")),
            "plan:venue",
            "Chres commune hall",
            "plan:topic",
            "Workshop that tells followers",
            "plan:agenda",
            String.valueOf(problem)));
    var workshop =
        Fixtures.count("SELECT id FROM workshop WHERE topic = 'Workshop that tells followers'");
    assertThat(
            Fixtures.text(
                "SELECT detail FROM notification WHERE member_id = ? AND kind = 'WORKSHOP'",
                follower))
        .isEqualTo("PLANNED");

    Fixtures.execute(
        "UPDATE workshop SET starts_at = NOW(3) - INTERVAL 2 HOUR WHERE id = " + workshop);
    chief.get("/workshop/" + workshop);
    chief.submit(
        "outcomes",
        "save",
        Map.of(
            "outcomes:items:0:outcome",
            "The IDPoor team comes back on the 12th; the clerk tells each family."));
    assertThat(Fixtures.text("SELECT status FROM problem WHERE id = ?", problem))
        .as("no status change")
        .isEqualTo("OPEN");
    assertThat(
            Fixtures.text(
                "SELECT GROUP_CONCAT(detail ORDER BY id) FROM notification WHERE member_id = ? AND kind = 'WORKSHOP'",
                follower))
        .isEqualTo("PLANNED,OUTCOME");
    var session = new WebSession();
    Fixtures.logIn(session, followerLogin, Fixtures.PASSWORD);
    assertThat(session.get("/notifications").body())
        .contains(km("notifications.WORKSHOP.PLANNED"))
        .contains(km("notifications.WORKSHOP.OUTCOME"));
  }

  @Test
  void refusalsReachThePageInTheReadersLanguageWithTheTextKept() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of a busy thread", VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "NSSF_PENSION", "Pension office asks for papers we never had");
    var member = new WebSession();
    Fixtures.signUp(member, "Member replying in Chres", VILLAGE);
    member.get("/problem/" + problem);
    member.submit(
        "reply", "send", Map.of("reply:text", "The same happened to my father in March."));
    var reply = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", problem);

    // editing after the 15 minutes: refused, the new text stays in the form
    member.get("/problem/" + problem + "?edit=" + reply);
    Fixtures.execute(
        "UPDATE reply SET created_at = created_at - INTERVAL 20 MINUTE WHERE id = " + reply);
    var late =
        member.submit("edit", "save", Map.of("edit:text", "Edited far too late, kept anyway."));
    assertThat(late.body())
        .contains(km("reply.edit.tooLate"))
        .contains("Edited far too late, kept anyway.");
    assertThat(Fixtures.text("SELECT body FROM reply WHERE id = ?", reply))
        .isEqualTo("The same happened to my father in March.");

    // deleting somebody else's reply: nothing happens, never an error page
    var other = new WebSession();
    Fixtures.signUp(other, "Member who is not the author", VILLAGE);
    other.get("/problem/" + problem);
    var token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(other.last().body());
    assertThat(token.find()).isTrue();
    var forged =
        other.post(
            "/reply/delete",
            Map.of(
                "id", String.valueOf(problem),
                "reply", String.valueOf(reply),
                "csrf", token.group(1),
                "confirm", "1"));
    assertThat(forged.statusCode()).isLessThan(500);
    assertThat(forged.body()).contains(km("reply.delete.notYours"));
    // the author's own delete without the session's token: nothing deleted, asked to try again
    member.get("/problem/" + problem);
    assertThat(member.forge("own-" + reply, "delete", Map.of(), null).body())
        .contains(km("form.stale"));
    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE id = ? AND deleted = FALSE", reply))
        .isEqualTo(1);
    assertThat(Fixtures.count("SELECT reply_count FROM problem WHERE id = ?", problem))
        .isEqualTo(1);

    // a problem locked while the member was writing: refused, the reply kept, nothing counted
    other.get("/problem/" + problem);
    var moderator = moderator("Moderator locking a thread");
    moderator.get("/review?problem=" + problem);
    moderator.submit("act", "lock", Map.of());
    var locked =
        other.submit(
            "reply", "send", Map.of("reply:text", "Written before the lock, sent after it."));
    assertThat(locked.body())
        .contains(km("problem.refused.locked"))
        .contains("Written before the lock, sent after it.");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE problem_id = ?", problem))
        .isEqualTo(1);
    other.get("/problem/" + problem);
    var vote = other.submit("vote", "cast", Map.of());
    assertThat(vote.body()).contains(km("problem.refused.locked"));
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem)).isZero();
    assertThat(other.get("/problem/" + problem).body())
        .doesNotContain("id=\"vote:cast\"")
        .contains("id=\"locked\"");
  }

  @Test
  void everyChangeAReaderSeesIsAnnouncedAndCountedInTheMetrics() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author of a counted problem", VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "PAYMENT_DELIVERY", "Payment agent closed on payment day");
    var member = new WebSession();
    Fixtures.signUp(member, "Member whose steps are counted", VILLAGE);

    var start = problemChanges();
    member.get("/problem/" + problem);
    member.submit("vote", "cast", Map.of());
    var afterVote = problemChanges();
    assertThat(afterVote).as("a vote").isGreaterThan(start);
    member.get("/problem/" + problem);
    member.submit(
        "reply", "send", Map.of("reply:text", "The agent was closed for us too on Tuesday."));
    var afterReply = problemChanges();
    assertThat(afterReply).as("a reply").isGreaterThan(afterVote);
    var moderator = moderator("Moderator whose steps are counted");
    moderator.get("/review?problem=" + problem);
    moderator.submit("act", "lock", Map.of());
    assertThat(problemChanges()).as("a moderation step").isGreaterThan(afterReply);
  }

  /** Vedika's own counter in /metrics (OpenMetrics text), 0 before the first change. */
  private static double problemChanges() {
    var body = org.vedika.testing.Http.get(VedikaServer.url("/metrics")).body();
    var value =
        java.util.regex.Pattern.compile(
                "(?m)^\\w*vedika_problem_changes(?:_total)?(?:\\{[^}]*\\})?\\s+([0-9.eE+-]+)")
            .matcher(body);
    return value.find() ? Double.parseDouble(value.group(1)) : 0;
  }

  private static WebSession moderator(String name) {
    return Fixtures.withRole(name, VILLAGE, "MODERATOR", "0704");
  }
}
