package org.vedika.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Workshops reach the commune (issue 20, item 7): a member who chose it in their profile hears of
 * each workshop planned in their home commune; a member who did not, or of another commune, does
 * not. Opening the workshop's page reads the notice.
 */
@ExtendWith(VedikaServer.class)
class WorkshopNoticesIT {

  private static final String VILLAGE = "17070101";
  private static final String COMMUNE = "170701";

  @Test
  void membersWhoChoseItHearOfEachWorkshopPlannedInTheirCommune() {
    var keen = new WebSession();
    Fixtures.signUp(keen, "Keen to hear of workshops", VILLAGE);
    keen.get("/profile");
    keen.submit("profile", "save", Map.of("profile:workshopNotices", "on"));
    var quiet = new WebSession();
    Fixtures.signUp(quiet, "Did not choose it", VILLAGE);
    var elsewhere = new WebSession();
    Fixtures.signUp(elsewhere, "Chose it, another commune", "17070201");
    elsewhere.get("/profile");
    elsewhere.submit("profile", "save", Map.of("profile:workshopNotices", "on"));
    assertThat(keen.get("/profile").body())
        .as("the choice is kept")
        .containsPattern("id=\"profile:workshopNotices\"[^>]*checked");

    var author = Fixtures.member(Fixtures.newPhone(), "Raised the agenda item", VILLAGE);
    var problem =
        Fixtures.problem(author, VILLAGE, "FAMILY_PACKAGE_OTHER", "Family package forms missing");
    var official = Fixtures.withRole("Chief who plans", VILLAGE, "OFFICIAL", COMMUNE);
    official.get("/workshop-plan?commune=" + COMMUNE);
    official.submit(
        "plan",
        "schedule",
        Map.of(
            "plan:startsAt",
            LocalDateTime.now(ZoneId.of("Asia/Phnom_Penh"))
                .plusDays(9)
                .withHour(8)
                .withMinute(30)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")),
            "plan:venue",
            "Pagoda hall zzvenue",
            "plan:topic",
            "Family package: the forms zztopic",
            "plan:agenda",
            String.valueOf(problem)));
    var workshop = Fixtures.count("SELECT MAX(id) FROM workshop WHERE commune_code = ?", COMMUNE);
    assertThat(workshop).isPositive();

    var inbox = keen.get("/notifications").body();
    assertThat(inbox)
        .contains("id=\"workshop-notice-" + workshop + "\"")
        .contains("Family package: the forms zztopic")
        .contains("Pagoda hall zzvenue")
        .contains("បានរៀបចំសិក្ខាសាលាមួយនៅឃុំ/សង្កាត់របស់អ្នក");
    assertThat(keen.get("/problem/" + problem).body()).isNotEmpty();
    assertThat(quiet.get("/notifications").body()).doesNotContain("zztopic");
    assertThat(elsewhere.get("/notifications").body()).doesNotContain("zztopic");

    // opening the workshop reads its notice
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM notification WHERE workshop_id = ? AND read_at IS NULL",
                workshop))
        .as("read: the keen member opened its agenda problem above")
        .isZero();
    Fixtures.execute("UPDATE notification SET read_at = NULL WHERE workshop_id = " + workshop);
    keen.get("/workshop/" + workshop);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM notification WHERE workshop_id = ? AND read_at IS NULL",
                workshop))
        .isZero();
  }
}
