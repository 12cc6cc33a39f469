package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.KhmerText.km;

import java.net.http.HttpResponse;
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
 * Every refusal a member can meet, met through HTTP as a member meets it: the real form posted (or,
 * where the page no longer shows it, the same form from a page read before the state changed). Each
 * time the page answers below 500, says why in Khmer, keeps what was typed, and nothing changes in
 * the database. {@code RefusalCatalogueTest} makes sure every refusal key in the code is named by a
 * test; the keys this class does not meet itself are in {@link #COVERED_ELSEWHERE} (an HTTP test
 * that asserts their message) or {@link #UNREACHABLE} (no member can meet them through HTTP; a unit
 * test covers the code path). District 0705 (Dang Tong, Kampot) belongs to this test, one commune
 * per feature; 0706 is "elsewhere".
 */
@ExtendWith(VedikaServer.class)
public class RefusalsIT {

  /** Refusals whose Khmer message another HTTP test asserts: the key and that test. */
  public static final Map<String, String> COVERED_ELSEWHERE =
      Map.ofEntries(
          Map.entry("account.suspended", "ModerationIT"),
          Map.entry("admin.revoke.self", "AdminIT"),
          Map.entry("limit.identical", "WritingLimitsIT"),
          Map.entry("limit.problem.tooSoon", "WritingLimitsIT"),
          Map.entry("moderation.merge.closed", "ProblemRulesIT"),
          Map.entry("moderation.move.place.invalid", "ModerationIT"),
          Map.entry("moderation.notSuspended", "ProblemRulesIT"),
          Map.entry("moderation.ownContent", "ModerationIT"),
          Map.entry("problem.refused.locked", "ProblemRulesIT"),
          Map.entry("problem.refused.merged", "ProblemRulesIT"),
          Map.entry("reply.edit.tooLate", "ProblemRulesIT"),
          Map.entry("report.already", "ModerationIT"),
          Map.entry("report.own", "ModerationIT"),
          Map.entry("status.noteRequired", "OfficialsIT"));

  /**
   * Refusals no member can meet through HTTP, why, and the unit test of the code path that throws
   * them ({@code UnreachableRefusalsTest} unless named otherwise).
   */
  public static final Map<String, String> UNREACHABLE =
      Map.ofEntries(
          Map.entry(
              "token.unknown",
              "the profile renders a revoke button for each of the member's own tokens only, and Faces decodes only rendered buttons (ApiTokenTest)"),
          Map.entry(
              "raise.sessionReports.notTrainer",
              "RaiseBacking passes 0 unless CurrentMember finds the TRAINER grant the facade checks again in the same request"),
          Map.entry(
              "moderation.days.invalid",
              "the review form offers 1, 7 or 30 days and Faces refuses any other value before the action runs"),
          Map.entry(
              "moderation.notYours",
              "the review form is only rendered, and so only decoded, for a moderator covering the post's place (the same grants)"),
          Map.entry(
              "workshop.notYet",
              "the outcome form is only rendered, and so only decoded, once the workshop has started; no feature moves a start later"),
          Map.entry(
              "workshop.unknown",
              "no feature deletes a workshop; WorkshopBacking sends an unknown id to 404 (or to login) before the facade is asked"),
          Map.entry(
              "problem.refused.hidden",
              "ProblemRulesTest: every facade locks a problem with lockPublished first (a hidden one is problem.refused.gone)"),
          Map.entry(
              "reply.delete.notYours",
              "ProblemRulesTest: the delete button is only rendered on the reader's own replies (ProblemRulesIT forges it: no change)"),
          Map.entry(
              "guide.ownVersion",
              "UnreachableRefusalsTest: the publish form is only rendered, and so only decoded, for a writer who did not write the newest version (a newer one saved meanwhile is guide.stale first)"),
          Map.entry(
              "recurring.refit.adminsOnly",
              "UnreachableRefusalsTest: the relearn form is only rendered, and so only decoded, for an admin (the same grants)"),
          Map.entry(
              "status.notYours",
              "ProblemLifecycleTest: the status form is only rendered, and so only decoded, for the commune's official or the author"));

  static final String DISTRICT = "0705";
  static final String ELSEWHERE = "07060101";

  @Test
  void signingUpIsRefusedWithTheFormKept() {
    var village = "07050501";
    var existing = Fixtures.signUp(new WebSession(), "Member already in Mean Ritth", village);
    var session = new WebSession();

    session.get("/signup");
    var invalid =
        session.submit(
            "signup", "submit", signup("not a phone number", "Sokha of Prey Krang", village));
    refused(invalid, km("account.login.invalid"), "not a phone number", "Sokha of Prey Krang");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM member WHERE display_name = 'Sokha of Prey Krang'"))
        .isZero();

    session.get("/signup");
    var taken =
        session.submit("signup", "submit", signup(existing, "Second Sokha of Prey Krang", village));
    refused(taken, km("account.login.taken"), existing, "Second Sokha of Prey Krang");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM member WHERE login = ?", existing))
        .isEqualTo(1);

    // a commune is not a home village
    var login = Fixtures.newPhone();
    session.get("/signup");
    var commune =
        session.submit("signup", "submit", signup(login, "Sokha without a village", "070505"));
    refused(commune, km("account.village.notFound"), login, "Sokha without a village");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM member WHERE login = ?", login)).isZero();
  }

  @Test
  void writingLimitsRefuseWithTheTextKept() {
    var village = "07050401";
    // a new member's fourth problem of their first day
    var raiser = Fixtures.person("Member raising all day", village, null, null);
    for (var i = 1; i <= 3; i++) {
      Fixtures.problem(
          raiser.id(),
          village,
          "LOCAL_SERVICE_INFO",
          "Earlier problem " + i + " of the day in Damnak Trayueng");
    }
    Fixtures.execute(
        "UPDATE problem SET created_at = NOW(3) - INTERVAL 1 HOUR WHERE author_id = "
            + raiser.id());
    raiser.session().get("/raise?place=" + village);
    var fourth =
        raiser
            .session()
            .submit(
                "raise",
                "submit",
                Map.of(
                    "raise:title", "Fourth problem of the day the well is dry",
                    "raise:body",
                        "The village well has been dry since Monday and nobody came to look at it.",
                    "raise:category", "LOCAL_SERVICE_INFO"));
    refused(
        fourth,
        km("limit.problem.perDay"),
        "Fourth problem of the day the well is dry",
        "The village well has been dry since Monday and nobody came to look at it.");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM problem WHERE author_id = ?", raiser.id()))
        .isEqualTo(3);

    // a new member's 51st vote of the day
    var author = Fixtures.member(Fixtures.newPhone(), "Author of fifty old problems", village);
    for (var i = 1; i <= 50; i++) {
      Fixtures.insert(
          "INSERT INTO problem (place_code, commune_code, district_code, province_code, title, body, category,"
              + " author_id, search_text, moderation, hidden_reason, suggested_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 'HIDDEN', 'SPAM', NOW(3))",
          village,
          village.substring(0, 6),
          DISTRICT,
          "07",
          "Voted problem " + i,
          "Body of voted problem " + i + ".",
          "LOCAL_SERVICE_INFO",
          author);
    }
    var voter = Fixtures.person("Member who voted all day", village, null, null);
    Fixtures.execute(
        "INSERT INTO vote (problem_id, member_id) SELECT id, "
            + voter.id()
            + " FROM problem WHERE author_id = "
            + author);
    var problem =
        Fixtures.problem(
            author, village, "LOCAL_SERVICE_INFO", "Road to the health centre flooded again");
    voter.session().get("/problem/" + problem);
    refused(voter.session().submit("vote", "cast", Map.of()), km("limit.vote.perDay"));
    assertThat(Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", problem)).isZero();
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem)).isZero();
    // at the limit, a vote that is already there (a second tab's post) is no new vote: not refused
    var earlier =
        Fixtures.problem(author, village, "LOCAL_SERVICE_INFO", "Bridge to the market is broken");
    Fixtures.execute(
        "INSERT INTO vote (problem_id, member_id) VALUES (" + earlier + ", " + voter.id() + ")");
    Fixtures.execute("UPDATE problem SET vote_count = 1 WHERE id = " + earlier);
    voter.session().get("/problem/" + earlier);
    assertThat(voter.session().submit("vote", "cast", Map.of()).body())
        .doesNotContain(km("limit.vote.perDay"));
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", earlier)).isOne();

    // a new member's second reply within 30 seconds
    var replier = Fixtures.person("Member replying twice", village, null, null);
    replier.session().get("/problem/" + problem);
    replier
        .session()
        .submit("reply", "send", Map.of("reply:text", "The road was flooded on Monday as well."));
    replier.session().get("/problem/" + problem);
    var second =
        replier
            .session()
            .submit(
                "reply",
                "send",
                Map.of(
                    "reply:text", "And again on Tuesday so the children could not go to school."));
    refused(
        second,
        km("limit.reply.tooSoon"),
        "And again on Tuesday so the children could not go to school.");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE author_id = ?", replier.id()))
        .isEqualTo(1);
  }

  @Test
  void moderationAndReportsAreRefusedWithTheFormKept() {
    var village = "07050101";
    var author = Fixtures.person("Author in Damnak Sokram", village, null, null);
    var problem =
        Fixtures.problem(
            author.id(),
            village,
            "LOCAL_SERVICE_INFO",
            "Commune clerk asks a fee for birth certificates");
    var moderator = Fixtures.person("Moderator of Dang Tong", "07050102", "MODERATOR", DISTRICT);
    var review = "/review?problem=" + problem;

    moderator.session().get(review);
    refused(
        moderator
            .session()
            .submit("act", "hide", Map.of("act:note", "Looks like a rumour asking the author")),
        km("moderation.reason.required"),
        "Looks like a rumour asking the author");

    var longNote = "This note says far too much about the clerk. ".repeat(12).strip();
    assertThat(longNote.length()).isGreaterThan(500);
    moderator.session().get(review);
    refused(
        moderator
            .session()
            .submit("act", "hide", Map.of("act:reason", "ABUSE", "act:note", longNote)),
        km("moderation.note.size"),
        longNote);

    moderator.session().get(review);
    refused(
        moderator
            .session()
            .submit(
                "act",
                "merge",
                Map.of("act:mergeInto", "the other one", "act:note", "Same clerk same fee")),
        km("moderation.merge.target"),
        "the other one",
        "Same clerk same fee");
    var outside =
        Fixtures.problem(
            author.id(),
            ELSEWHERE,
            "LOCAL_SERVICE_INFO",
            "Clerk fee for birth certificates in Kampong Trach");
    moderator.session().get(review);
    refused(
        moderator.session().submit("act", "merge", Map.of("act:mergeInto", "#" + outside)),
        km("moderation.merge.target"),
        "#" + outside);
    moderator.session().get(review);
    refused(
        moderator.session().submit("act", "merge", Map.of("act:mergeInto", "#" + problem)),
        km("moderation.merge.same"),
        "#" + problem);

    // the target was merged into a third problem by another moderator meanwhile
    var target =
        Fixtures.problem(
            author.id(), village, "LOCAL_SERVICE_INFO", "Birth certificate fee asked again");
    var third =
        Fixtures.problem(
            author.id(),
            village,
            "LOCAL_SERVICE_INFO",
            "Birth certificates cost money in Damnak Sokram");
    var other = Fixtures.person("Other moderator of Dang Tong", "07050102", "MODERATOR", DISTRICT);
    other.session().get("/review?problem=" + target);
    other.session().submit("act", "merge", Map.of("act:mergeInto", "#" + third));
    assertThat(Fixtures.count("SELECT merged_into FROM problem WHERE id = ?", target))
        .isEqualTo(third);
    moderator.session().get(review);
    refused(
        moderator
            .session()
            .submit("act", "merge", Map.of("act:mergeInto", "#" + target, "act:note", "Same fee")),
        km("moderation.merge.already"),
        "#" + target,
        "Same fee");

    // hidden already for that reason, still reported: hiding again for it has nothing to do
    var hidden =
        Fixtures.problem(
            author.id(), village, "LOCAL_SERVICE_INFO", "Names and phone numbers of the clerks");
    Fixtures.execute(
        "UPDATE problem SET moderation = 'HIDDEN', hidden_reason = 'PERSONAL_DATA' WHERE id = "
            + hidden);
    Fixtures.execute(
        "INSERT INTO report (problem_id, reporter_id, reason) VALUES ("
            + hidden
            + ", "
            + moderator.id()
            + ", 'SPAM')");
    moderator.session().get("/review?problem=" + hidden);
    refused(
        moderator
            .session()
            .submit(
                "act",
                "hide",
                Map.of("act:reason", "PERSONAL_DATA", "act:note", "Phone numbers again")),
        km("moderation.nothingToDo"),
        "Phone numbers again");
    assertThat(Fixtures.text("SELECT hidden_note FROM problem WHERE id = ?", hidden)).isNull();
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM report WHERE problem_id = ? AND resolved_at IS NULL", hidden))
        .isEqualTo(1);

    // a reply its author took back while the moderator was reading it
    var replier = Fixtures.person("Member replying in Damnak Sokram", village, null, null);
    replier.session().get("/problem/" + problem);
    replier
        .session()
        .submit(
            "reply",
            "send",
            Map.of("reply:text", "The clerk asked me for five thousand riel too."));
    var reply = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", problem);
    moderator.session().get(review + "&reply=" + reply);
    replier.session().get("/problem/" + problem);
    // asked first (the page's "delete it?" form), then confirmed
    replier.session().submit("own-" + reply, "delete", Map.of());
    replier.session().submit("own-" + reply, "delete", Map.of());
    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE id = ? AND deleted = TRUE", reply))
        .isEqualTo(1);
    refused(
        moderator
            .session()
            .submit(
                "act", "hide", Map.of("act:reason", "ABUSE", "act:note", "Rude about the clerk")),
        km("moderation.unknown"),
        "Rude about the clerk");

    assertThat(Fixtures.text("SELECT moderation FROM problem WHERE id = ?", problem))
        .isEqualTo("VISIBLE");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem WHERE id IN (?, ?) AND merged_into IS NOT NULL",
                problem,
                outside))
        .isZero();
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM moderation_action WHERE problem_id IN (?, ?, ?, ?)",
                problem,
                outside,
                target,
                hidden))
        .as("only the other moderator's merge")
        .isEqualTo(1);

    // a member's report without a reason, or "other" without saying what
    var reporter = Fixtures.person("Member reporting in Damnak Sokram", village, null, null);
    reporter.session().get("/report?problem=" + problem);
    refused(
        reporter
            .session()
            .submit(
                "report", "send", Map.of("report:note", "The clerk is named and that is not fair")),
        km("report.reason.required"),
        "The clerk is named and that is not fair");
    reporter.session().get("/report?problem=" + problem);
    var other2 =
        reporter
            .session()
            .submit("report", "send", Map.of("report:reason", "OTHER", "report:note", " "));
    refused(other2, km("report.note.required"));
    assertThat(other2.body()).containsPattern("<option[^>]*value=\"OTHER\"[^>]*selected");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM report WHERE problem_id = ?", problem))
        .isZero();
  }

  @Test
  void curatingRecurringProblemsIsRefusedWithTheFormKept() {
    var village = "07050201";
    var author = Fixtures.member(Fixtures.newPhone(), "Author in Dang Tong", village);
    var a =
        Fixtures.problem(
            author,
            village,
            "NSSF_HEALTH_WORKERS",
            "Dang Tong health centre asks NSSF members to pay");
    var b =
        Fixtures.problem(
            author,
            "07050202",
            "NSSF_HEALTH_WORKERS",
            "Chrak Kaes midwife wants cash despite the NSSF card");
    var c =
        Fixtures.problem(
            author, "07050202", "IDPOOR_REGISTRATION", "IDPoor interviews skipped Chrak Kaes");
    var loose =
        Fixtures.problem(
            author, village, "IDPOOR_REGISTRATION", "No IDPoor interview in Thum Thmei this year");
    var outside =
        Fixtures.problem(
            author, ELSEWHERE, "IDPOOR_REGISTRATION", "IDPoor interviews skipped Boeng Sala");
    var group =
        group(
            "ពេទ្យសុំលុយពីសមាជិក ប.ស.ស.",
            "Health centres ask NSSF members to pay",
            "NSSF_HEALTH_WORKERS",
            a,
            b);
    var otherGroup =
        group(
            "សម្ភាសន៍ IDPoor ត្រូវបានរំលង", "IDPoor interviews skipped", "IDPOOR_REGISTRATION", c);
    var curator = Fixtures.person("Curator of Dang Tong", village, "MODERATOR", DISTRICT);
    var page = "/recurring/" + group;

    curator.session().get(page);
    refused(
        curator
            .session()
            .submit("curate", "rename", Map.of("curate:title-km", "", "curate:title-en", "ab")),
        km("recurring.title.size"),
        "value=\"ab\"");
    assertThat(Fixtures.text("SELECT title_en FROM recurring_problem WHERE id = ?", group))
        .isEqualTo("Health centres ask NSSF members to pay");

    curator.session().get(page);
    refused(
        curator
            .session()
            .submit("curate", "merge", Map.of("curate:merge-into", String.valueOf(group))),
        km("recurring.merge.same"),
        "value=\"" + group + "\"");

    curator.session().get(page);
    refused(
        curator
            .session()
            .submit("curate", "add", Map.of("curate:add-problem", String.valueOf(outside))),
        km("recurring.notYours"),
        "value=\"" + outside + "\"");
    curator.session().get(page);
    refused(
        curator.session().submit("curate", "add", Map.of("curate:add-problem", String.valueOf(c))),
        km("recurring.alreadyGrouped"),
        "value=\"" + c + "\"");

    curator.session().get(page);
    refused(
        curator
            .session()
            .submit(
                "curate",
                "split",
                Map.of("curate:split-km", "ពេទ្យឆ្មប", "curate:split-en", "Midwives")),
        km("recurring.noProblems"),
        "value=\"ពេទ្យឆ្មប\"",
        "value=\"Midwives\"");

    // b left the group (another curator) while the page was open
    var read = curator.session().get(page);
    var box =
        Pattern.compile("name=\"([^\"]+:pick)\"[^>]*>\\s*<label[^>]*>Chrak Kaes midwife")
            .matcher(read.body());
    assertThat(box.find()).as("a box for b").isTrue();
    Fixtures.execute("UPDATE problem SET recurring_id = NULL WHERE id = " + b);
    refused(
        curator
            .session()
            .submit(
                "curate",
                "split",
                Map.of(box.group(1), "on", "curate:split-en", "Midwives asking cash")),
        km("recurring.notInGroup"),
        "value=\"Midwives asking cash\"");
    Fixtures.execute("UPDATE problem SET recurring_id = " + group + " WHERE id = " + b);

    // the other group was merged into this one (by another curator) while its page was open
    curator.session().get("/recurring/" + otherGroup);
    Fixtures.execute("UPDATE problem SET recurring_id = " + group + " WHERE id = " + c);
    Fixtures.execute("DELETE FROM recurring_problem WHERE id = " + otherGroup);
    refused(
        curator
            .session()
            .submit(
                "curate",
                "rename",
                Map.of("curate:title-en", "IDPoor interviews skipped in Dang Tong")),
        km("recurring.gone"),
        "value=\"IDPoor interviews skipped in Dang Tong\"");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM recurring_problem WHERE id = ?", otherGroup))
        .isZero();

    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem WHERE id IN (?, ?, ?) AND recurring_id = ?",
                a,
                b,
                c,
                group))
        .isEqualTo(3);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem WHERE id IN (?, ?) AND recurring_id IS NOT NULL",
                loose,
                outside))
        .isZero();
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM recurring_problem WHERE title_en IN ('Midwives', 'ab', 'Midwives asking cash')"))
        .isZero();

    // a suggestion decided by another curator while the list was open
    // (the grouping pass may have suggested it already)
    Fixtures.execute(
        "INSERT IGNORE INTO recurring_suggestion (problem_id, recurring_id, similarity) VALUES ("
            + loose
            + ", "
            + group
            + ", 0.42)");
    var suggestion =
        Fixtures.count(
            "SELECT id FROM recurring_suggestion WHERE problem_id = ? AND recurring_id = ?",
            loose,
            group);
    var list = curator.session().get("/recurring-suggestions");
    var row = row(list.body(), "/problem/" + loose, "/recurring/" + group);
    Fixtures.execute(
        "UPDATE recurring_suggestion SET decision = 'REJECTED' WHERE id = " + suggestion);
    refused(
        curator.session().submit("suggestions", "rows:" + row + ":confirm", Map.of()),
        km("recurring.suggestion.gone"));
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem WHERE id = ? AND recurring_id IS NULL", loose))
        .isEqualTo(1);
    assertThat(Fixtures.text("SELECT decision FROM recurring_suggestion WHERE id = ?", suggestion))
        .isEqualTo("REJECTED");
  }

  @Test
  void planningWorkshopsAndTheirOutcomesIsRefusedWithTheFormKept() {
    var commune = "070503";
    var village = "07050301";
    var author = Fixtures.member(Fixtures.newPhone(), "Author in Khcheay Khang Cheung", village);
    var problem =
        Fixtures.problem(
            author, village, "PAYMENT_DELIVERY", "Cash transfer paid late in Prey Khmum");
    var chief = Fixtures.person("Chief of Khcheay Khang Cheung", village, "OFFICIAL", commune);
    var plan = "/workshop-plan?commune=" + commune;
    var nextWeek = when(7);

    chief.session().get(plan);
    refused(
        chief
            .session()
            .submit(
                "plan",
                "schedule",
                Map.of(
                    "plan:startsAt",
                    nextWeek,
                    "plan:venue",
                    "Khcheay pagoda hall",
                    "plan:topic",
                    "Workshop with no agenda")),
        km("workshop.agenda.required"),
        nextWeek,
        "Khcheay pagoda hall",
        "Workshop with no agenda");

    var yesterday = when(-1);
    chief.session().get(plan);
    refused(
        chief
            .session()
            .submit(
                "plan",
                "schedule",
                Map.of(
                    "plan:startsAt",
                    yesterday,
                    "plan:venue",
                    "Khcheay pagoda hall",
                    "plan:topic",
                    "Workshop planned for yesterday",
                    "plan:agenda",
                    String.valueOf(problem))),
        km("workshop.invalid"),
        yesterday,
        "Workshop planned for yesterday");

    // the grant was taken back while the form was open
    var former =
        Fixtures.person("Former chief of Khcheay Khang Cheung", village, "OFFICIAL", commune);
    former.session().get(plan);
    Fixtures.execute(
        "DELETE FROM role_grant WHERE role = 'OFFICIAL' AND member_id = " + former.id());
    var notYours =
        former
            .session()
            .submit(
                "plan",
                "schedule",
                Map.of(
                    "plan:startsAt",
                    nextWeek,
                    "plan:venue",
                    "House of the former chief",
                    "plan:topic",
                    "Workshop of a former chief",
                    "plan:agenda",
                    String.valueOf(problem)));
    refused(
        notYours,
        km("workshop.notYours"),
        "House of the former chief",
        "Workshop of a former chief");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM workshop WHERE commune_code = ?", commune))
        .isZero();

    // outcomes of a workshop that met: one too long
    chief.session().get(plan);
    chief
        .session()
        .submit(
            "plan",
            "schedule",
            Map.of(
                "plan:startsAt",
                nextWeek,
                "plan:venue",
                "Khcheay pagoda hall",
                "plan:topic",
                "Workshop on late cash transfers",
                "plan:agenda",
                String.valueOf(problem)));
    var workshop =
        Fixtures.count("SELECT id FROM workshop WHERE topic = 'Workshop on late cash transfers'");
    Fixtures.execute(
        "UPDATE workshop SET starts_at = NOW(3) - INTERVAL 2 HOUR WHERE id = " + workshop);
    var tooLong =
        "The provincial office pays on the 5th of each month from now on. ".repeat(33).strip();
    assertThat(tooLong.length()).isGreaterThan(2000);
    chief.session().get("/workshop/" + workshop);
    refused(
        chief.session().submit("outcomes", "save", Map.of("outcomes:items:0:outcome", tooLong)),
        km("workshop.outcome.size"),
        tooLong);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM workshop_item WHERE workshop_id = ? AND outcome IS NOT NULL",
                workshop))
        .isZero();
  }

  @Test
  void aProblemGoneFromPublicViewIsRefusedWithTheTextKept() {
    // a workshop's agenda problem hidden by a moderator before the outcome moves it on
    var commune = "070506";
    var village = "07050601";
    var author = Fixtures.member(Fixtures.newPhone(), "Author in Srae Chea", village);
    var problem =
        Fixtures.problem(
            author,
            village,
            "DISABILITY_ALLOWANCE",
            "Disability card interviews never held in Sophi");
    var chief = Fixtures.person("Chief of Srae Chea Khang Cheung", village, "OFFICIAL", commune);
    chief.session().get("/workshop-plan?commune=" + commune);
    chief
        .session()
        .submit(
            "plan",
            "schedule",
            Map.of(
                "plan:startsAt",
                when(7),
                "plan:venue",
                "Srae Chea school",
                "plan:topic",
                "Workshop on disability cards",
                "plan:agenda",
                String.valueOf(problem)));
    var workshop =
        Fixtures.count("SELECT id FROM workshop WHERE topic = 'Workshop on disability cards'");
    Fixtures.execute(
        "UPDATE workshop SET starts_at = NOW(3) - INTERVAL 2 HOUR WHERE id = " + workshop);
    chief.session().get("/workshop/" + workshop);
    Fixtures.execute(
        "UPDATE problem SET moderation = 'HIDDEN', hidden_reason = 'PERSONAL_DATA' WHERE id = "
            + problem);
    var gone =
        chief
            .session()
            .submit(
                "outcomes",
                "save",
                Map.of(
                    "outcomes:items:0:outcome",
                        "The interviews are on the 20th at the commune hall.",
                    "outcomes:items:0:move", "ACKNOWLEDGED"));
    refused(
        gone, km("problem.refused.gone"), "The interviews are on the 20th at the commune hall.");
    assertThat(Fixtures.text("SELECT status FROM problem WHERE id = ?", problem)).isEqualTo("OPEN");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM status_change WHERE problem_id = ?", problem))
        .isZero();
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM workshop_item WHERE workshop_id = ? AND outcome IS NOT NULL",
                workshop))
        .isZero();

    // the official's status form: closing without a reason, a reason without closing, a note over
    // 2000 characters
    var open =
        Fixtures.problem(
            author, village, "DISABILITY_ALLOWANCE", "Disability allowance stopped in Prei Pir");
    chief.session().get("/problem/" + open);
    refused(
        chief
            .session()
            .submit(
                "status",
                "change",
                Map.of("status:to", "CLOSED", "status:note", "Closed after the visit")),
        km("status.reasonRequired"),
        "Closed after the visit");
    chief.session().get("/problem/" + open);
    refused(
        chief
            .session()
            .submit(
                "status",
                "change",
                Map.of(
                    "status:to",
                    "ACKNOWLEDGED",
                    "status:reason",
                    "NOT_ACTIONABLE",
                    "status:note",
                    "Seen at the commune office")),
        km("status.illegal"),
        "Seen at the commune office");
    var longNote = "The allowance resumes in January for every card holder. ".repeat(40).strip();
    chief.session().get("/problem/" + open);
    refused(
        chief
            .session()
            .submit(
                "status", "change", Map.of("status:to", "ACKNOWLEDGED", "status:note", longNote)),
        km("status.noteTooLong"),
        longNote);
    assertThat(Fixtures.text("SELECT status FROM problem WHERE id = ?", open)).isEqualTo("OPEN");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM status_change WHERE problem_id = ?", open))
        .isZero();
  }

  // ---------------------------------------------------------------- helpers

  /** A member (with a role over a place, when given), logged in. */
  private static Map<String, String> signup(String login, String name, String village) {
    return Map.of(
        "signup:login", login,
        "signup:name", name,
        "signup:password", Fixtures.PASSWORD,
        "signup:villageText", village,
        "signup:village", village);
  }

  private static long group(String titleKm, String titleEn, String category, long... problems) {
    var group =
        Fixtures.insert(
            "INSERT INTO recurring_problem (title_km, title_en, category) VALUES (?, ?, ?)",
            titleKm,
            titleEn,
            category);
    for (var problem : problems) {
      Fixtures.execute("UPDATE problem SET recurring_id = " + group + " WHERE id = " + problem);
    }
    return group;
  }

  /** A date and time {@code days} from now in Phnom Penh, as the workshop form takes it. */
  private static String when(int days) {
    return LocalDateTime.now(ZoneId.of("Asia/Phnom_Penh"))
        .plusDays(days)
        .withHour(9)
        .withMinute(0)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
  }

  /** The suggestions table's row that links to all these paths. */
  private static int row(String page, String... links) {
    for (var row : page.split("<tr")) {
      if (java.util.Arrays.stream(links).allMatch(link -> row.contains("href=\"" + link + "\""))) {
        var matcher = Pattern.compile("suggestions:rows:(\\d+):confirm").matcher(row);
        assertThat(matcher.find()).as("a confirm button in the row").isTrue();
        return Integer.parseInt(matcher.group(1));
      }
    }
    throw new AssertionError(
        "no suggestion row links to " + String.join(" and ", links) + ":\n" + page);
  }

  /**
   * The page refused: below 500, the Khmer message ({@link #km}) shown, and each text typed still
   * in it (as HTML).
   */
  private static void refused(HttpResponse<String> page, String message, String... kept) {
    assertThat(page.statusCode()).as(message + ": no error page").isLessThan(500);
    assertThat(page.body()).as("said in Khmer").contains(message);
    for (var text : kept) {
      assertThat(page.body()).as(message + ": kept as typed").contains(text);
    }
  }
}
