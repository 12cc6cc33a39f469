package org.vedika.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * The commune official's side, through HTTP as a phone without JavaScript would use it: the inbox,
 * official answers, the lifecycle with its notes and timeline, the followers' notifications, and
 * what an official of another commune and a citizen cannot do. Communes 070101 and 070102 (Kampot)
 * belong to this test.
 */
@ExtendWith(VedikaServer.class)
class OfficialsIT {

  static final String VILLAGE = "07010101";

  @Test
  void theCommuneOfficialAnswersMovesTheProblemThroughItsLifecycleAndFollowersAreTold() {
    var author = new WebSession();
    Fixtures.signUp(author, "Sopheap, garment worker", VILLAGE);
    var problem =
        Fixtures.raise(
            author,
            VILLAGE,
            "Health centre refuses the Equity Card for my mother",
            "The health centre asked us to pay for my mother's treatment although she has an Equity Card.",
            "HEF_HEALTH_CARE");
    var voter = new WebSession();
    Fixtures.signUp(voter, "Neighbour who votes", VILLAGE);
    voter.get("/problem/" + problem);
    voter.submit("vote", "cast", Map.of());

    var chief = official("Chief of Angk Phnum Touch", "070101");
    var inbox = chief.get("/inbox");
    assertThat(inbox.statusCode()).isEqualTo(200);
    assertThat(inbox.body())
        .contains("Health centre refuses the Equity Card for my mother")
        .contains("id=\"official-inbox-link\"")
        .containsPattern("id=\"waiting\"[^>]*>[០-៩]+<");

    var page = chief.get("/problem/" + problem).body();
    assertThat(page).contains("id=\"status\"").contains("ចម្លើយផ្លូវការរបស់អ្នក");
    chief.submit(
        "reply", "send", Map.of("reply:text", "We will call the health centre director tomorrow."));
    assertThat(chief.last().body()).contains("id=\"official-answers\"");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem WHERE id = ? AND answered_at IS NOT NULL", problem))
        .isEqualTo(1);

    chief.get("/problem/" + problem);
    chief.submit("status", "change", Map.of("status:to", "IN_PROGRESS", "status:note", ""));
    assertThat(status(problem)).isEqualTo("IN_PROGRESS");

    // resolving needs a note: refused, said in Khmer, nothing changes
    chief.get("/problem/" + problem);
    var refused =
        chief.submit("status", "change", Map.of("status:to", "RESOLVED", "status:note", " "));
    assertThat(refused.body()).contains("សូមសរសេរកំណត់ចំណាំ");
    assertThat(status(problem)).isEqualTo("IN_PROGRESS");

    chief.get("/problem/" + problem);
    chief.submit(
        "status",
        "change",
        Map.of(
            "status:to",
            "RESOLVED",
            "status:note",
            "The director apologised; the fee was paid back on 20 November."));
    assertThat(status(problem)).isEqualTo("RESOLVED");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM status_change WHERE problem_id = ?", problem))
        .isEqualTo(2);

    // everyone sees the timeline; the author and the voter were told of each change
    var seen = new WebSession().get("/problem/" + problem).body();
    assertThat(seen)
        .contains("id=\"timeline\"")
        .contains("The director apologised; the fee was paid back on 20 November.");
    assertThat(seen).doesNotContain("id=\"status\"");
    assertThat(author.get("/notifications").body())
        .contains("Chief of Angk Phnum Touch បានប្តូរស្ថានភាព")
        .contains("Chief of Angk Phnum Touch បានផ្តល់ចម្លើយផ្លូវការ");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM notification WHERE problem_id = ? AND kind = 'STATUS'",
                problem))
        .as("2 changes × author and voter")
        .isEqualTo(4);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM follow f JOIN role_grant g ON g.member_id = f.member_id WHERE f.problem_id = ? AND g.role = 'OFFICIAL'",
                problem))
        .as("the official follows because they replied, not because they moved the status")
        .isEqualTo(1);

    // the inbox holds open problems; its filters (here without JavaScript) find the resolved one
    assertThat(chief.get("/inbox").body())
        .doesNotContain("Health centre refuses the Equity Card for my mother");
    var resolved = chief.submit("inbox", "apply", Map.of("inbox:status", "RESOLVED"));
    assertThat(resolved.body()).contains("Health centre refuses the Equity Card for my mother");
    var elsewhere =
        chief.submit(
            "inbox", "apply", Map.of("inbox:status", "RESOLVED", "inbox:village", "07010102"));
    assertThat(elsewhere.body())
        .doesNotContain("Health centre refuses the Equity Card for my mother");

    // the author may reopen a resolved problem, and nothing else
    var own = author.get("/problem/" + problem).body();
    assertThat(own).contains("id=\"status\"").doesNotContain("value=\"CLOSED\"");
    author.submit(
        "status",
        "change",
        Map.of("status:to", "OPEN", "status:note", "It happened again this week."));
    assertThat(status(problem)).isEqualTo("OPEN");
  }

  @Test
  void anOfficialOfAnotherCommuneNeitherAnswersOfficiallyNorMovesTheProblem() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author", VILLAGE);
    var problem =
        Fixtures.problem(
            author,
            VILLAGE,
            "IDPOOR_REGISTRATION",
            "IDPoor interview never happened in our village");
    var elsewhere = official("Chief of Ankor Chey", "070102");

    var page = elsewhere.get("/problem/" + problem).body();
    assertThat(page).doesNotContain("id=\"status\"").doesNotContain("ចម្លើយផ្លូវការរបស់អ្នក");
    elsewhere.submit(
        "reply", "send", Map.of("reply:text", "In our commune the interviews were in May."));
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM reply WHERE problem_id = ? AND official = FALSE", problem))
        .isEqualTo(1);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM problem WHERE id = ? AND answered_at IS NULL", problem))
        .isEqualTo(1);

    // a hand-made status change with a valid view state of their own page changes nothing
    elsewhere.get("/problem/" + problem);
    var forged = new java.util.LinkedHashMap<String, String>();
    forged.put("id", String.valueOf(problem));
    forged.put("status", "status");
    forged.put("status:to", "CLOSED");
    forged.put("status:reason", "OFF_TOPIC");
    forged.put("status:note", "Closing someone else's problem");
    forged.put("status:change", "change");
    forged.put("jakarta.faces.ViewState", elsewhere.viewState("reply"));
    elsewhere.post("/problem.xhtml", forged);
    assertThat(status(problem)).isEqualTo("OPEN");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM status_change WHERE problem_id = ?", problem))
        .isZero();

    // their inbox holds their own commune only
    assertThat(elsewhere.get("/inbox").body())
        .doesNotContain("IDPoor interview never happened in our village");
  }

  @Test
  void theInboxIsForOfficialsOnly() {
    assertThat(new WebSession().get("/inbox").uri().getPath()).isEqualTo("/login");
    var citizen = new WebSession();
    Fixtures.signUp(citizen, "Curious citizen", VILLAGE);
    assertThat(citizen.get("/inbox").statusCode()).isEqualTo(403);
    assertThat(citizen.get("/").body()).doesNotContain("id=\"official-inbox-link\"");
  }

  private static WebSession official(String name, String commune) {
    return Fixtures.withRole(name, commune + "01", "OFFICIAL", commune);
  }

  private static String status(long problem) {
    return Fixtures.text("SELECT status FROM problem WHERE id = ?", problem);
  }
}
