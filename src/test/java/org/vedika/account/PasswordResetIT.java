package org.vedika.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.KhmerText.km;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Mailbox;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Password reset (issue 20, item 3), through the pages: a link by e-mail (GreenMail receives it),
 * and a code an official hands to a member without e-mail. One-time, the same answer for unknown
 * accounts, refused outside the staff member's places.
 */
@ExtendWith(VedikaServer.class)
class PasswordResetIT {

  private static final String VILLAGE = "17020101";
  private static final String COMMUNE = "170201";
  private static final String NEW_PASSWORD = "a new password 2026";
  private static final Pattern LINK = Pattern.compile("(/reset\\?token=[A-Za-z0-9_-]+)");
  private static final Pattern CODE = Pattern.compile("id=\"assist-code\"[^>]*>(\\d{4} \\d{4})<");

  @Test
  void aLinkByEmailSetsANewPasswordOnceAndAsksSayNothingOfTheAccount() throws Exception {
    var login = Fixtures.newPhone();
    var address = "reset." + System.nanoTime() + "@example.org";
    var member = Fixtures.member(login, "Sreymom resets by e-mail", VILLAGE);
    Fixtures.execute("UPDATE member SET email = '" + address + "' WHERE id = " + member);
    var sent = VedikaServer.mail().getReceivedMessages().length;

    var visitor = new WebSession();
    visitor.get("/login");
    assertThat(visitor.last().body()).contains("id=\"to-forgot\"");
    visitor.get("/forgot");
    var unknown =
        visitor.submit("forgot", "submit", Map.of("forgot:login", Fixtures.newPhone())).body();
    visitor.get("/forgot");
    var known = visitor.submit("forgot", "submit", Map.of("forgot:login", login)).body();
    assertThat(messages(known))
        .as("the same answer for an account that exists and one that does not")
        .isEqualTo(messages(unknown))
        .contains("ប្រសិនបើគណនីដែលមានលេខទូរស័ព្ទ ឬអ៊ីមែលនេះ");

    var mail = Mailbox.await(address, 1).get(0);
    assertThat(Mailbox.subject(mail)).isEqualTo("វេទិកា៖ កំណត់ពាក្យសម្ងាត់ថ្មី");
    assertThat(VedikaServer.mail().getReceivedMessages()).hasSize(sent + 1);
    var link = LINK.matcher(Mailbox.text(mail));
    assertThat(link.find()).as("a link in the e-mail").isTrue();

    // asked again at once: no second e-mail (one per two minutes)
    visitor.get("/forgot");
    visitor.submit("forgot", "submit", Map.of("forgot:login", address));
    Thread.sleep(1000);
    assertThat(Mailbox.received(address)).hasSize(1);

    var owner = new WebSession();
    owner.get(link.group(1));
    var stale = new WebSession();
    stale.get(link.group(1)); // the same link open in a second tab
    owner.submit("reset", "submit", Map.of("reset:password", NEW_PASSWORD));
    assertThat(owner.last().uri().getPath()).isEqualTo("/login");
    assertThat(owner.last().body()).contains("ពាក្យសម្ងាត់របស់អ្នកត្រូវបានប្តូរហើយ");
    assertThat(loggedIn(login, NEW_PASSWORD)).isTrue();
    assertThat(loggedIn(login, Fixtures.PASSWORD)).as("the old password is gone").isFalse();

    // used once: the link and the other tab's form no longer work
    assertThat(new WebSession().get(link.group(1)).body()).contains("id=\"link-gone\"");
    stale.submit("reset", "submit", Map.of("reset:password", "yet another password"));
    assertThat(stale.last().body()).contains(km("reset.link.invalid"));
    assertThat(loggedIn(login, NEW_PASSWORD)).isTrue();
  }

  @Test
  void anOfficialHandsACitizenOfTheirCommuneACodeThatWorksOnce() {
    var login = Fixtures.newPhone();
    var member = Fixtures.member(login, "Chenda has no e-mail", VILLAGE);
    var officialLogin = Fixtures.newPhone();
    var official = Fixtures.member(officialLogin, "Chief who helps", VILLAGE);
    Fixtures.grant(official, "OFFICIAL", COMMUNE);
    var chief = new WebSession();
    Fixtures.logIn(chief, officialLogin, Fixtures.PASSWORD);
    var outsider = Fixtures.withRole("Chief elsewhere", "17020201", "OFFICIAL", "170202");

    assertThat(chief.get("/profile").body()).contains("id=\"to-assist\"");
    assertThat(chief.get("/assist?login=" + login).body())
        .contains("Chenda has no e-mail")
        .contains("id=\"assist:issue\"");
    assertThat(outsider.get("/assist?login=" + login).body())
        .as("another commune's official finds nobody")
        .contains("id=\"assist-none\"")
        .doesNotContain("Chenda has no e-mail");

    var shown = chief.submit("assist", "issue", Map.of()).body();
    var code = CODE.matcher(shown);
    assertThat(code.find()).as("the code, shown once").isTrue();
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM password_reset WHERE member_id = ? AND issued_by = ?"
                    + " AND kind = 'CODE'",
                member,
                official))
        .as("audited: who issued it")
        .isEqualTo(1);
    assertThat(chief.get("/assist?login=" + login).body())
        .as("not shown again")
        .doesNotContain(code.group(1));

    var visitor = new WebSession();
    visitor.get("/reset");
    visitor.submit(
        "reset",
        "submit",
        Map.of("reset:login", login, "reset:code", "0000 0000", "reset:password", NEW_PASSWORD));
    assertThat(visitor.last().body())
        .contains(km("reset.code.invalid"))
        .as("the form keeps what was typed")
        .contains("value=\"" + login + "\"");
    visitor.submit(
        "reset",
        "submit",
        Map.of("reset:login", login, "reset:code", code.group(1), "reset:password", NEW_PASSWORD));
    assertThat(visitor.last().uri().getPath()).isEqualTo("/login");
    assertThat(loggedIn(login, NEW_PASSWORD)).isTrue();

    // once only
    visitor.get("/reset");
    visitor.submit(
        "reset",
        "submit",
        Map.of("reset:login", login, "reset:code", code.group(1), "reset:password", "other 12345"));
    assertThat(visitor.last().body()).contains(km("reset.code.invalid"));
    assertThat(loggedIn(login, NEW_PASSWORD)).isTrue();
  }

  @Test
  void aCodeEndsAfterFiveWrongTriesAndNoStaffRoleIsTakenOver() {
    var login = Fixtures.newPhone();
    var member = Fixtures.member(login, "Bopha guesses wrong", VILLAGE);
    var chief = Fixtures.withRole("Chief of guesses", VILLAGE, "OFFICIAL", COMMUNE);
    chief.get("/assist?member=" + member);
    var code = CODE.matcher(chief.submit("assist", "issue", Map.of()).body());
    assertThat(code.find()).isTrue();
    var guesser = new WebSession();
    for (var wrong = 0; wrong < 5; wrong++) {
      guesser.get("/reset");
      guesser.submit(
          "reset",
          "submit",
          Map.of(
              "reset:login",
              login,
              "reset:code",
              "1111111" + wrong,
              "reset:password",
              NEW_PASSWORD));
    }
    guesser.get("/reset");
    guesser.submit(
        "reset",
        "submit",
        Map.of("reset:login", login, "reset:code", code.group(1), "reset:password", NEW_PASSWORD));
    assertThat(guesser.last().body()).contains(km("reset.code.invalid"));
    assertThat(loggedIn(login, Fixtures.PASSWORD)).as("the password is unchanged").isTrue();

    // a member who becomes a moderator while the page is open: refused, no code
    chief.get("/assist?member=" + member);
    Fixtures.grant(member, "MODERATOR", "1702");
    chief.submit("assist", "issue", Map.of());
    assertThat(chief.last().body()).contains(km("assist.notYours")).doesNotContain("assist-code");
    assertThat(chief.get("/assist?member=" + member).body()).contains("id=\"assist-none\"");

    // a citizen has no such page
    var citizen = new WebSession();
    Fixtures.signUp(citizen, "Citizen without staff pages", VILLAGE);
    assertThat(citizen.get("/assist").statusCode()).isEqualTo(403);
  }

  private static boolean loggedIn(String login, String password) {
    var session = new WebSession();
    Fixtures.logIn(session, login, password);
    return session.last().body().contains("id=\"member-name\"");
  }

  /** The page's messages: what it says about the request. */
  private static String messages(String page) {
    var messages = Pattern.compile("(?s)id=\"messages\".*?</(ul|div)>").matcher(page);
    assertThat(messages.find()).as("the page's messages").isTrue();
    return messages.group();
  }
}
