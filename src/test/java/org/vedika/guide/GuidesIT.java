package org.vedika.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.KhmerText.km;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Guides (issue 20, item 2) through their pages: officials, trainers and admins write them; every
 * version is kept with who, when and what changed; a second person publishes; readers see only what
 * was published, as safe HTML; a solved problem becomes a guide that links back; guides are found
 * in search, on the index, on their category's problems and on the raise page.
 */
@ExtendWith(VedikaServer.class)
class GuidesIT {

  private static final String VILLAGE = "17090201";
  private static final String COMMUNE = "170902";

  private static final String YESTERDAY =
      LocalDate.now(ZoneOffset.ofHours(7)).minusDays(1).toString();

  /** A member holding a role, logged in, and their id. */
  private static Fixtures.Person person(String name, String role, String place) {
    return Fixtures.person(name, VILLAGE, role, place);
  }

  private static Map<String, String> guide(String word, String note) {
    var fields = new HashMap<String, String>();
    fields.put("guide:category", "DISABILITY_ALLOWANCE");
    fields.put("guide:titleKm", "ប្រាក់ឧបត្ថម្ភជនមានពិការភាព " + word);
    fields.put(
        "guide:bodyKm",
        "**ជាមុនសិន** សួរនៅសាលាឃុំ។\n\n- ទីមួយ\n- ទីពីរ\n\n<script>alert('" + word + "')</script>");
    fields.put("guide:titleEn", "Disability allowance " + word);
    fields.put("guide:bodyEn", "**First** ask at the commune office.\n\n- one\n- two");
    fields.put("guide:sources", "https://sihanoukville.gov.kh/?p=21971");
    fields.put("guide:checkedOn", YESTERDAY);
    fields.put("guide:changeNote", note);
    return fields;
  }

  private static long guideOf(WebSession session) {
    var path = session.last().uri().getPath();
    assertThat(path).startsWith("/guide/");
    return Long.parseLong(path.substring("/guide/".length()));
  }

  @Test
  void twoPeopleMakeAGuideAndEveryVersionIsKept() {
    var official = person("Official who writes guides", "OFFICIAL", COMMUNE);
    var trainer = person("Trainer who checks guides", "TRAINER", COMMUNE);
    var visitor = new WebSession();

    official.session().get("/guide-edit");
    var saved = official.session().submit("guide", "save", guide("zzokapi", "First version"));
    assertThat(saved.body()).contains(km("guide.saved"), "guide-own-waiting");
    assertThat(official.session().hasForm("publish")).as("its writer cannot publish it").isFalse();
    var id = guideOf(official.session());
    assertThat(visitor.get("/guide/" + id).statusCode()).as("not published yet").isEqualTo(404);
    assertThat(visitor.get("/guides").body()).doesNotContain("zzokapi");

    // the second person publishes what they read
    trainer.session().get("/guide/" + id);
    assertThat(trainer.session().last().body())
        .contains(km("guide.version.waiting").split("\\{")[0]);
    var published = trainer.session().submit("publish", "submit", Map.of());
    assertThat(published.body()).contains(km("guide.published"));
    assertThat(
            Fixtures.count(
                "SELECT published_by FROM guide_version WHERE guide_id = ? AND number = 1", id))
        .isEqualTo(trainer.id());

    // readers see it, as safe HTML in their language
    var page = visitor.get("/guide/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "ប្រាក់ឧបត្ថម្ភជនមានពិការភាព zzokapi", "<strong>ជាមុនសិន</strong>", "<li>ទីមួយ</li>")
        .contains("&lt;script&gt;alert(")
        .doesNotContain("<script>alert(")
        .contains("id=\"guide-checked\"", "sihanoukville.gov.kh")
        .doesNotContain("guide-writers");
    visitor.get("/language?to=en&next=%2Fguide%2F" + id);
    assertThat(visitor.last().body())
        .contains("Disability allowance zzokapi", "<strong>First</strong>");
    assertThat(new WebSession().get("/guides").body()).contains("zzokapi");

    // a second version waits; readers keep the first
    official.session().get("/guide-edit?id=" + id);
    assertThat(official.session().last().body()).contains("ប្រាក់ឧបត្ថម្ភជនមានពិការភាព zzokapi");
    var second = guide("zzokapi", "The payment now comes through the Family Package");
    second.put("guide:bodyEn", "**First** ask at the commune office.\n\n- one\n- zzsecond");
    official.session().submit("guide", "save", second);
    assertThat(new WebSession().get("/guide/" + id).body()).doesNotContain("zzsecond");

    // the trainer reads version 2; the official saves a third meanwhile: publishing 2 is stale
    trainer.session().get("/guide/" + id);
    assertThat(trainer.session().hasForm("publish")).isTrue();
    official.session().get("/guide-edit?id=" + id);
    var third = guide("zzokapi", "Third: the list again");
    third.put("guide:bodyEn", "**First** ask at the commune office.\n\n- one\n- zzthird");
    official.session().submit("guide", "save", third);
    var stale = trainer.session().submit("publish", "submit", Map.of());
    assertThat(stale.body()).contains(km("guide.stale"));
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM guide_version WHERE guide_id = ? AND published_by IS NOT NULL",
                id))
        .isOne();

    // the history: every version, who wrote it, what it changed
    var history = trainer.session().get("/guide/" + id).body();
    assertThat(history)
        .contains("id=\"version-1\"", "id=\"version-2\"", "id=\"version-3\"")
        .contains("Official who writes guides", "Trainer who checks guides")
        .contains("The payment now comes through the Family Package", "Third: the list again")
        .contains("class=\"added\">+ - zzsecond", "class=\"removed\">- - zzsecond")
        .contains("class=\"added\">+ - zzthird");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM guide_version WHERE guide_id = ?", id))
        .isEqualTo(3);

    // the index lists writers the guide waiting for a second person
    assertThat(official.session().get("/guides").body())
        .contains("id=\"guides-waiting\"", "href=\"/guide/" + id + "?version=3\"");

    // a visitor's read is kept until the next publication, then read again
    var reader = new WebSession();
    reader.get("/language?to=en&next=%2Fguides");
    reader.get("/guide/" + id);
    var kept = reader.get("/guide/" + id);
    assertThat(kept.headers().firstValue("X-Vedika-Cache")).hasValue("hit");
    assertThat(kept.body()).doesNotContain("zzthird");
    trainer.session().get("/guide/" + id);
    trainer.session().submit("publish", "submit", Map.of());
    assertThat(reader.get("/guide/" + id).body()).contains("zzthird");
    assertThat(reader.get("/guides").body()).contains("zzokapi");

    // the writer's own data holds what they wrote
    assertThat(official.session().get("/profile/data").body())
        .contains("\"guideVersions\"", "Third: the list again");
  }

  @Test
  void refusalsKeepWhatWasTyped() {
    var official = person("Official with an empty form", "OFFICIAL", COMMUNE);
    official.session().get("/guide-edit");
    var empty = new HashMap<String, String>();
    empty.put("guide:titleKm", "ចំណងជើង zzlemur");
    var refused = official.session().submit("guide", "save", empty);
    assertThat(refused.body())
        .contains(km("guide.invalid"), km("guide.invalid.category"), km("guide.invalid.pair"))
        .contains(km("guide.invalid.sources"), km("guide.invalid.note"))
        .contains("ចំណងជើង zzlemur");

    // a guide that is not there
    official.session().get("/guide-edit");
    var gone = guide("zzlemur", "Edit of nothing");
    gone.put("id", "999999999");
    assertThat(official.session().submit("guide", "save", gone).body()).contains(km("guide.gone"));

    // a writer whose role went while they wrote: told, with the text kept
    var login = Fixtures.newPhone();
    var former = Fixtures.member(login, "Trainer no more", VILLAGE);
    Fixtures.grant(former, "TRAINER", COMMUNE);
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    session.get("/guide-edit");
    Fixtures.execute("DELETE FROM role_grant WHERE member_id = " + former);
    var notWriter = session.submit("guide", "save", guide("zzlemurgone", "First version"));
    assertThat(notWriter.statusCode()).isEqualTo(403);
    assertThat(notWriter.body()).contains(km("guide.notWriter"), "zzlemurgone");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM guide_version WHERE written_by = ?", former))
        .isZero();

    // a citizen is not offered the form; a visitor is asked to log in
    var citizen = person("Citizen who reads guides", null, null);
    assertThat(citizen.session().get("/guide-edit").statusCode()).isEqualTo(403);
    var visitor = new WebSession();
    assertThat(visitor.get("/guide-edit").uri().getPath()).isEqualTo("/login");

    // writing limits: a day's versions
    var busy = person("Official who saved all day", "OFFICIAL", COMMUNE);
    var guide =
        Fixtures.guide(
            busy.id(), official.id(), "PAYMENT_DELIVERY", "ភ្នាក់ងារ zzlemurlimit", "ក", "");
    Fixtures.execute(
        "INSERT INTO guide_version (guide_id, number, category, title_km, title_en, body_km,"
            + " body_en, sources, checked_on, change_note, written_by)"
            + " SELECT "
            + guide
            + ", seq + 1, 'payment-delivery', 'ក', '', 'ខ', '', 's', CURDATE(), 'n', "
            + busy.id()
            + " FROM seq_1_to_40");
    busy.session().get("/guide-edit?id=" + guide);
    var limited = busy.session().submit("guide", "save", guide("zzlemurlimit", "One more"));
    assertThat(limited.body()).contains(km("limit.guide.perDay"));
  }

  @Test
  void aGuideWrittenWhileTheSessionExpiredComesBackAfterLogin() {
    var login = Fixtures.newPhone();
    var writer = Fixtures.member(login, "Slow guide writer", VILLAGE);
    Fixtures.grant(writer, "TRAINER", COMMUNE);
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    var form = session.get("/guide-edit");
    // the session ends while the trainer writes (a timeout, a restart)
    session.post("/logout", Map.of());
    session.back(form);
    session.submit("guide", "save", guide("zzsloth", "Written slowly"));
    assertThat(session.last().uri().getPath()).isEqualTo("/login");
    session.submit(
        "login", "submit", Map.of("login:name", login, "login:password", Fixtures.PASSWORD));
    assertThat(session.last().uri().getPath()).isEqualTo("/guide-edit");
    assertThat(session.last().body())
        .contains("ប្រាក់ឧបត្ថម្ភជនមានពិការភាព zzsloth", "Written slowly", "sihanoukville.gov.kh");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM guide_version WHERE written_by = ?", writer))
        .isZero();
    session.submit("guide", "save", Map.of());
    assertThat(Fixtures.count("SELECT COUNT(*) FROM guide_version WHERE written_by = ?", writer))
        .isOne();
  }

  @Test
  void aSolvedProblemBecomesAGuideThatLinksBack() {
    var official = person("Official who turns answers into guides", "OFFICIAL", COMMUNE);
    var admin = person("Admin who publishes", "ADMIN", null);
    var author = Fixtures.member(Fixtures.newPhone(), "Author of the solved problem", VILLAGE);
    var problem =
        Fixtures.problem(
            author,
            VILLAGE,
            "HEF_HEALTH_CARE",
            "មណ្ឌលសុខភាព zzpangolin សុំលុយ",
            "មណ្ឌលសុខភាពសុំលុយពីអ្នកកាន់ប័ណ្ណសមធម៌។");
    var answer =
        Fixtures.reply(official.id(), problem, "មូលនិធិសមធម៌បង់ជំនួស zzanswer សូមសុំវិក្កយបត្រ។");
    var unsolved =
        Fixtures.problem(author, VILLAGE, "HEF_HEALTH_CARE", "zzpangolin unsolved problem");
    Fixtures.execute(
        "UPDATE problem SET solution_id = "
            + answer
            + ", solved_at = NOW(3) WHERE id = "
            + problem);

    assertThat(official.session().get("/problem/" + problem).body())
        .contains("id=\"guide-from-problem\"");
    assertThat(official.session().get("/problem/" + unsolved).body())
        .doesNotContain("id=\"guide-from-problem\"");
    assertThat(official.session().get("/guide-edit?from=" + unsolved).body())
        .contains(km("guide.notSolved"));

    official.session().get("/guide-edit?from=" + problem);
    assertThat(official.session().last().body())
        .contains("មណ្ឌលសុខភាព zzpangolin សុំលុយ", "zzanswer");
    var fields = new HashMap<String, String>();
    fields.put("guide:sources", "The forum: the official's answer");
    fields.put("guide:checkedOn", YESTERDAY);
    official.session().submit("guide", "save", fields);
    var id = guideOf(official.session());
    admin.session().get("/guide/" + id);
    admin.session().submit("publish", "submit", Map.of());

    var page = new WebSession().get("/guide/" + id).body();
    assertThat(page).contains("id=\"guide-from-forum\"", "href=\"/problem/" + problem + "\"");
    assertThat(Fixtures.count("SELECT from_problem_id FROM guide WHERE id = ?", id))
        .isEqualTo(problem);
  }

  @Test
  void guidesAreFoundWhereTheQuestionIsAsked() {
    var writer = Fixtures.member(Fixtures.newPhone(), "Guide writer", VILLAGE);
    var publisher = Fixtures.member(Fixtures.newPhone(), "Guide publisher", VILLAGE);
    var author = Fixtures.member(Fixtures.newPhone(), "Citizen with a question", VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "NSSF_SELF_EMPLOYED", "zzaardvark the app payment failed twice");
    var visitor = new WebSession();
    assertThat(visitor.get("/problem/" + problem).body()).doesNotContain("zzaardvarkguide");

    var guide =
        Fixtures.guide(
            writer,
            publisher,
            "nssf-self-employed",
            "ប.ស.ស. សម្រាប់អ្នកប្រកបរបរខ្លួនឯង zzaardvarkguide",
            "បង់ប្រាក់ ២ ខែជាប់គ្នា។",
            "NSSF for the self-employed zzaardvarkguide");

    // on the problem page of its category (kept pages dropped), for visitors and members
    var shown = visitor.get("/problem/" + problem).body();
    assertThat(shown).contains("id=\"guides\"", "href=\"/guide/" + guide + "\"");
    var member = person("Member reading a problem", null, null);
    assertThat(member.session().get("/problem/" + problem).body())
        .contains("id=\"guides\"", "href=\"/guide/" + guide + "\"");

    // in search, in both languages' words, above the problems
    assertThat(visitor.get("/search?q=zzaardvarkguide").body())
        .contains("id=\"search-guides\"", "href=\"/guide/" + guide + "\"");
    // on the index, and where people look for help
    assertThat(visitor.get("/guides").body()).contains("zzaardvarkguide");
    assertThat(visitor.get("/help").uri().getPath()).isEqualTo("/guides");
    assertThat(visitor.get("/faq").uri().getPath()).isEqualTo("/guides");
    assertThat(visitor.get("/guide").uri().getPath()).isEqualTo("/guides");

    // before the raise form: the topic's guides and solved problems
    var raise = member.session().get("/raise?topic=nssf-self-employed").body();
    assertThat(raise)
        .contains("id=\"answers\"", "id=\"answer-guides\"", "href=\"/guide/" + guide + "\"")
        .containsPattern("<option value=\"NSSF_SELF_EMPLOYED\" selected=\"selected\"");
    assertThat(member.session().get("/raise").body())
        .contains("id=\"answers\"")
        .doesNotContain("id=\"answer-guides\"");
  }
}
