package org.vedika.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.KhmerText.km;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * A member's rights (issue 20, item 4): the privacy notice, the data download, and deleting the
 * account — with their posts kept as a former member's, or their text erased — and every counter
 * equal to its rows afterwards.
 */
@ExtendWith(VedikaServer.class)
class AccountDeletionIT {

  private static final String VILLAGE = "17030101";

  @Test
  void thePrivacyNoticeIsLinkedFromSignUpAndEveryPageInBothLanguages() {
    var visitor = new WebSession();
    assertThat(visitor.get("/signup").body()).contains("id=\"to-privacy\"");
    assertThat(visitor.get("/about").body()).contains("id=\"privacy-link\"");
    assertThat(visitor.get("/privacy").body())
        .contains("id=\"privacy-stored\"")
        .contains("អ្វីដែលយើងរក្សាទុក")
        .contains("អតីតសមាជិក");
    visitor.get("/language?to=en&next=/privacy");
    assertThat(visitor.last().body())
        .contains("What we keep")
        .contains("Who sees it")
        .contains("How long");
  }

  @Test
  void aMemberDownloadsTheirDataThenDeletesTheAccountAndTheirPostsStayAsAFormerMembers()
      throws Exception {
    var login = Fixtures.newPhone();
    var leaver = Fixtures.member(login, "Vanna leaves", VILLAGE);
    var other = Fixtures.member(Fixtures.newPhone(), "Rithy stays", VILLAGE);
    var own = Fixtures.problem(leaver, VILLAGE, "NSSF_PENSION", "Leaver zzpension office moved");
    var theirs = Fixtures.problem(other, VILLAGE, "NSSF_PENSION", "Stayer: pension forms");
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    session.get("/problem/" + theirs);
    session.submit("vote", "cast", Map.of());
    session.get("/problem/" + theirs);
    session.submit("reply", "send", Map.of("reply:text", "zzleaver: the forms are at the office"));

    var data = session.get("/profile/data");
    assertThat(data.headers().firstValue("Content-Disposition").orElse(""))
        .contains("vedika-data.json");
    assertThat(data.body())
        .contains("\"login\": \"" + login + "\"")
        .contains("Leaver zzpension office moved")
        .contains("zzleaver: the forms are at the office")
        .contains("\"problem\": " + theirs)
        .contains("\"follows\"")
        .contains("\"notifications\"");
    assertThat(new WebSession().get("/profile/data").uri().getPath())
        .as("a visitor logs in first")
        .isEqualTo("/login");

    var votesBefore = votes(theirs);
    session.get("/leave");
    session.submit("leave", "delete", Map.of("leave:password", "not my password"));
    assertThat(session.last().body()).contains(km("account.delete.password"));
    assertThat(Fixtures.text("SELECT status FROM member WHERE id = ?", leaver)).isEqualTo("ACTIVE");

    session.submit("leave", "delete", Map.of("leave:password", Fixtures.PASSWORD));
    assertThat(session.last().uri().getPath()).isEqualTo("/left");
    assertThat(session.last().body()).doesNotContain("id=\"member-name\"");
    var again = new WebSession();
    Fixtures.logIn(again, login, Fixtures.PASSWORD);
    assertThat(again.last().body()).as("the login is gone").doesNotContain("id=\"member-name\"");

    // nothing of the person in the row; follows and notifications gone; votes still counted
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM member WHERE id = ? AND status = 'DELETED' AND email IS NULL"
                    + " AND display_name = '' AND login LIKE 'deleted-%' AND deleted_at IS NOT NULL",
                leaver))
        .isEqualTo(1);
    assertThat(Fixtures.count("SELECT COUNT(*) FROM follow WHERE member_id = ?", leaver)).isZero();
    assertThat(Fixtures.count("SELECT COUNT(*) FROM notification WHERE member_id = ?", leaver))
        .isZero();
    assertThat(Fixtures.count("SELECT COUNT(*) FROM role_grant WHERE member_id = ?", leaver))
        .isZero();
    assertThat(votes(theirs)).isEqualTo(votesBefore).isEqualTo(voteRows(theirs));

    // their posts stay, as a former member's: pages and API
    var visitor = new WebSession();
    assertThat(visitor.get("/problem/" + own).body())
        .contains("Leaver zzpension office moved")
        .contains("អតីតសមាជិក")
        .doesNotContain("Vanna leaves");
    assertThat(visitor.get("/problem/" + theirs).body())
        .contains("zzleaver: the forms are at the office")
        .contains("អតីតសមាជិក");
    assertThat(visitor.get("/api/problems/" + theirs).body())
        .contains("\"author\":\"a former member\"")
        .doesNotContain("Vanna leaves");
  }

  @Test
  void aMemberWhoErasesTheirTextLeavesNoWordOfItAndEveryCounterEqualsItsRows() {
    var login = Fixtures.newPhone();
    var leaver = Fixtures.member(login, "Dara erases", VILLAGE);
    var other = Fixtures.member(Fixtures.newPhone(), "Sophea stays", VILLAGE);
    var own = Fixtures.problem(leaver, VILLAGE, "IDPOOR_REGISTRATION", "Erased zzplatypus title");
    var theirs = Fixtures.problem(other, VILLAGE, "IDPOOR_REGISTRATION", "Stays: IDPoor survey");
    var answer = Fixtures.reply(leaver, theirs, "zzwombat: the survey team comes in March");
    Fixtures.execute(
        "UPDATE problem SET solution_id = " + answer + ", solved_at = NOW(3) WHERE id = " + theirs);
    Fixtures.pagesChanged();
    var session = new WebSession();
    Fixtures.logIn(session, login, Fixtures.PASSWORD);
    session.get("/leave");
    session.submit(
        "leave", "delete", Map.of("leave:password", Fixtures.PASSWORD, "leave:erase", "on"));
    assertThat(session.last().uri().getPath()).isEqualTo("/left");

    var visitor = new WebSession();
    assertThat(visitor.get("/problem/" + own).statusCode()).as("hidden: erased").isEqualTo(410);
    assertThat(visitor.last().body()).doesNotContain("zzplatypus").contains("អ្នកសរសេរបានលុបវា");
    assertThat(visitor.get("/problem/" + theirs).body())
        .doesNotContain("zzwombat")
        .doesNotContain("id=\"solution\"");
    assertThat(visitor.get("/api/problems?q=zzwombat").body()).isEqualTo("[]");
    assertThat(visitor.get("/api/problems?q=zzplatypus").body()).isEqualTo("[]");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem WHERE search_text LIKE '%zzwombat%'"
                    + " OR search_text LIKE '%zzplatypus%' OR title LIKE '%zzplatypus%'"))
        .isZero();
    assertThat(Fixtures.count("SELECT COUNT(*) FROM reply WHERE body LIKE '%zzwombat%'")).isZero();
    assertThat(Fixtures.count("SELECT COALESCE(solution_id, 0) FROM problem WHERE id = ?", theirs))
        .isZero();
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem p WHERE p.id IN (?, ?) AND p.reply_count <>"
                    + " (SELECT COUNT(*) FROM reply r WHERE r.problem_id = p.id"
                    + " AND r.moderation = 'VISIBLE' AND r.deleted = FALSE)",
                own,
                theirs))
        .as("reply counters equal their rows")
        .isZero();
  }

  private static long votes(long problem) {
    return Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem);
  }

  private static long voteRows(long problem) {
    return Fixtures.count("SELECT COUNT(*) FROM vote WHERE problem_id = ?", problem);
  }
}
