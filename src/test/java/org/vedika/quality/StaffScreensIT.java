package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.i18n.boundary.Language;
import org.vedika.i18n.boundary.Messages;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;

/**
 * Staff screens speak in places and names (issue 19), in Khmer and in English: the moderation
 * queue, the review page and the moderation log name a post's place with its commune, district and
 * province and a report's reason by its name, never the bare code or the reason's key; a held first
 * post is said as such, not "0 reports". Commune 070110 belongs to this test.
 */
@ExtendWith(VedikaServer.class)
class StaffScreensIT {

  static final String VILLAGE = "07011001";

  @Test
  void theModerationScreensNameThePlaceAndTheReasonInBothLanguages() {
    var author = Fixtures.member(Fixtures.newPhone(), "Staff screens author", VILLAGE);
    var problem =
        Fixtures.problem(
            author, VILLAGE, "LOCAL_SERVICE_INFO", "Staff screens: the office is shut");
    var reporter = Fixtures.member(Fixtures.newPhone(), "Staff screens reporter", VILLAGE);
    Fixtures.execute(
        "INSERT INTO report (problem_id, reporter_id, reason) VALUES ("
            + problem
            + ", "
            + reporter
            + ", 'SPAM')");
    var moderator = Fixtures.withRole("Staff screens moderator", VILLAGE, "MODERATOR", "0701");
    for (var language : List.of(Language.KHMER, Language.ENGLISH)) {
      if (language == Language.ENGLISH) {
        moderator.get("/language?to=en&next=%2Fmoderation");
      }
      var text = ResourceBundle.getBundle(Messages.BUNDLE, language);
      var place =
          Fixtures.text(
              language == Language.KHMER
                  ? "SELECT CONCAT(type_km, name_km) FROM place WHERE code = ?"
                  : "SELECT CONCAT(name_latin, ' ', type_en) FROM place WHERE code = ?",
              VILLAGE);
      var queue = moderator.get("/moderation").body();
      assertThat(queue)
          .as("the queue in " + language)
          .contains("Staff screens: the office is shut")
          .contains(place + " · ")
          .contains(text.getString("Reason.SPAM"))
          .doesNotContain("· " + VILLAGE)
          .doesNotContain("· SPAM");
      var review = moderator.get("/review?problem=" + problem).body();
      assertThat(review)
          .as("the review page in " + language)
          .contains(place + " · ")
          .doesNotContain("· " + VILLAGE + "\n")
          .contains(text.getString("Reason.SPAM"));
    }
  }

  @Test
  void aHeldFirstPostIsSaidAsSuch() {
    var author = Fixtures.member(Fixtures.newPhone(), "Staff screens newcomer", VILLAGE);
    var problem =
        Fixtures.problem(author, VILLAGE, "LOCAL_SERVICE_INFO", "Staff screens: my first post");
    Fixtures.execute("UPDATE problem SET moderation = 'PENDING' WHERE id = " + problem);
    var moderator = Fixtures.withRole("Staff screens reviewer", VILLAGE, "MODERATOR", "0701");
    var text = ResourceBundle.getBundle(Messages.BUNDLE, Language.KHMER);
    var review = moderator.get("/review?problem=" + problem).body();
    assertThat(review)
        .contains(text.getString("moderation.firstPost"))
        .doesNotContain("id=\"review-reports\"");
  }
}
