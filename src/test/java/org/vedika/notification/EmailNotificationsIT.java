package org.vedika.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Mailbox;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Official answers and status changes also come by e-mail to the followers who chose it in their
 * profile, in their language, through a real SMTP conversation with the GreenMail server the tests
 * start. Commune 070105 (Dan Koum, Kampot) belongs to this test.
 */
@ExtendWith(VedikaServer.class)
class EmailNotificationsIT {

  @Test
  void followersWhoChoseEmailGetOfficialAnswersAndStatusChangesInTheirLanguage() throws Exception {
    var khmerAddress = "sokha." + System.nanoTime() + "@example.org";
    var author = new WebSession();
    Fixtures.signUp(author, "សុខា អ្នកលើកបញ្ហា", "07010501");
    author.get("/profile");
    var refused =
        author.submit(
            "profile", "save", Map.of("profile:email", "", "profile:emailNotifications", "on"));
    assertThat(refused.body()).contains("សូមសរសេរអាសយដ្ឋានអ៊ីមែល");
    author.get("/profile");
    author.submit(
        "profile",
        "save",
        Map.of("profile:email", khmerAddress, "profile:emailNotifications", "on"));
    assertThat(author.last().body())
        .contains("ប្រវត្តិរូបរបស់អ្នកត្រូវបានរក្សាទុក")
        .contains(khmerAddress);

    var problem =
        Fixtures.raise(
            author,
            "07010501",
            "Pension office lost my NSSF contribution record",
            "The NSSF office says twelve months of my contributions are missing from my pension record.",
            "NSSF_PENSION");

    var englishAddress = "dara." + System.nanoTime() + "@example.org";
    var reader = Fixtures.member(Fixtures.newPhone(), "Dara reads English", "07010501");
    Fixtures.execute(
        "UPDATE member SET language = 'en', email = '"
            + englishAddress
            + "', email_notifications = TRUE WHERE id = "
            + reader);
    Fixtures.execute(
        "INSERT INTO follow (problem_id, member_id) VALUES (" + problem + ", " + reader + ")");
    var quietAddress = "quiet." + System.nanoTime() + "@example.org";
    var quiet = Fixtures.member(Fixtures.newPhone(), "Follows without e-mail", "07010501");
    Fixtures.execute("UPDATE member SET email = '" + quietAddress + "' WHERE id = " + quiet);
    Fixtures.execute(
        "INSERT INTO follow (problem_id, member_id) VALUES (" + problem + ", " + quiet + ")");

    var officialLogin = Fixtures.newPhone();
    var official = Fixtures.member(officialLogin, "Chief of Dan Koum", "07010501");
    Fixtures.grant(official, "OFFICIAL", "070105");
    var chief = new WebSession();
    Fixtures.logIn(chief, officialLogin, Fixtures.PASSWORD);
    chief.get("/problem/" + problem);
    chief.submit(
        "reply",
        "send",
        Map.of(
            "reply:text",
            "Bring your NSSF card to the commune office on Friday; we will send the request."));
    chief.get("/problem/" + problem);
    chief.submit(
        "status",
        "change",
        Map.of(
            "status:to",
            "IN_PROGRESS",
            "status:note",
            "Request sent to the provincial NSSF office."));

    var khmer = Mailbox.await(khmerAddress, 2);
    assertThat(Mailbox.subjects(khmer))
        .containsExactlyInAnyOrder(
            "ចម្លើយផ្លូវការ៖ Pension office lost my NSSF contribution record",
            "Pension office lost my NSSF contribution record៖ ឥឡូវ កំពុងដោះស្រាយ");
    assertThat(Mailbox.text(khmer.get(0)) + Mailbox.text(khmer.get(1)))
        .contains("/problem/" + problem)
        .contains("ប្រវត្តិរូប");

    var english = Mailbox.await(englishAddress, 2);
    assertThat(Mailbox.subjects(english))
        .containsExactlyInAnyOrder(
            "Official answer: Pension office lost my NSSF contribution record",
            "Pension office lost my NSSF contribution record: now In progress");
    var bodies = english.stream().map(Mailbox::text).toList();
    assertThat(String.join("\n", bodies))
        .contains("Chief of Dan Koum answered officially")
        .contains("Bring your NSSF card to the commune office on Friday")
        .contains("Request sent to the provincial NSSF office.")
        .contains("/profile");

    assertThat(Mailbox.received(quietAddress)).as("no e-mail without the choice").isEmpty();
  }
}
