package org.vedika.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/** Sign-up, login and logout through the real pages. */
@ExtendWith(VedikaServer.class)
class AccountsIT {

  @Test
  void signsUpWithAPhoneNumberAndStoresAStrongHash() {
    var session = new WebSession();
    var login = Fixtures.signUp(session, "សុខា", "05070101");

    assertThat(session.last().body()).contains("សុខា");
    var hash = Fixtures.text("SELECT password_hash FROM member WHERE login = ?", login);
    assertThat(hash).startsWith("PBKDF2WithHmacSHA256:600000:").doesNotContain(Fixtures.PASSWORD);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM role_grant g JOIN member m ON m.id = g.member_id WHERE m.login = ? AND g.role = 'CITIZEN'",
                login))
        .isEqualTo(1);
  }

  @Test
  void logsInWithThePhoneNumberWrittenInKhmerDigitsAndOut() {
    var login = Fixtures.signUp(new WebSession(), "ដារ៉ា", "05070102");
    var khmer =
        toKhmerDigits(
            login.substring(0, 3) + " " + login.substring(3, 6) + " " + login.substring(6));

    var session = new WebSession();
    session.get("/");
    var before = session.last().headers().allValues("Set-Cookie");
    Fixtures.logIn(session, khmer, Fixtures.PASSWORD);
    assertThat(session.last().body()).contains("id=\"member-name\"", "ដារ៉ា");
    assertThat(before).noneMatch(c -> c.startsWith("JSESSIONID"));

    session.post("/logout", Map.of());
    assertThat(session.last().body())
        .doesNotContain("id=\"member-name\"")
        .contains("id=\"login-link\"");
  }

  /** Session fixation: the session id a visitor had before logging in is not the logged-in one. */
  @Test
  void loggingInGivesANewSessionIdAndTheOldOneStaysLoggedOut() throws Exception {
    var login = Fixtures.signUp(new WebSession(), "សុភា", "05070102");
    var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    var page =
        client.send(
            HttpRequest.newBuilder(URI.create(VedikaServer.url("/login"))).build(),
            HttpResponse.BodyHandlers.ofString());
    var before = sessionId(page);
    var viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"")
            .matcher(page.body());
    assertThat(before).isNotNull();
    assertThat(viewState.find()).isTrue();
    var form =
        "login=login&login%3Aname="
            + login
            + "&login%3Apassword="
            + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
            + "&login%3Asubmit=x&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
    var loggedIn =
        client.send(
            HttpRequest.newBuilder(URI.create(VedikaServer.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(page))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    var after = sessionId(loggedIn);
    assertThat(loggedIn.statusCode()).isEqualTo(302);
    assertThat(after).isNotNull().isNotEqualTo(before);

    var withNew =
        client.send(
            HttpRequest.newBuilder(URI.create(VedikaServer.url("/profile")))
                .header("Cookie", cookies(loggedIn))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    var withOld =
        client.send(
            HttpRequest.newBuilder(URI.create(VedikaServer.url("/profile")))
                .header("Cookie", cookies(page))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withNew.statusCode()).isEqualTo(200);
    assertThat(withOld.statusCode()).as("the pre-login id is not logged in").isEqualTo(302);
    assertThat(withOld.headers().firstValue("Location").orElse("")).contains("/login");
  }

  /**
   * The session's cookies as a browser sends them back: its id and, since sessions may live in a
   * cluster's data grid ({@code <distributable/>}), Payara's version of it (docs/cluster.md).
   */
  private static String cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID"))
        .map(c -> c.indexOf(';') < 0 ? c : c.substring(0, c.indexOf(';')))
        .reduce((a, b) -> a + "; " + b)
        .orElseThrow();
  }

  private static String sessionId(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(
            c ->
                c.substring(
                    "JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .reduce((first, last) -> last)
        .orElse(null);
  }

  @Test
  void unknownAccountsAndWrongPasswordsGetTheSameAnswer() {
    var login = Fixtures.signUp(new WebSession(), "ស្រីមុំ", "05070201");

    var wrongPassword = new WebSession();
    Fixtures.logIn(wrongPassword, login, "not the password");
    var unknown = new WebSession();
    Fixtures.logIn(unknown, Fixtures.newPhone(), "not the password");

    assertThat(wrongPassword.last().body())
        .contains("មិនត្រឹមត្រូវទេ")
        .doesNotContain("id=\"member-name\"");
    assertThat(messages(unknown.last().body())).isEqualTo(messages(wrongPassword.last().body()));
  }

  @Test
  void failedLoginsAreThrottled() {
    var login = Fixtures.signUp(new WebSession(), "ចាន់ធា", "05070101");
    var session = new WebSession();
    for (int i = 0; i < 5; i++) {
      Fixtures.logIn(session, login, "wrong " + i);
    }
    Fixtures.logIn(session, login, Fixtures.PASSWORD);

    assertThat(session.last().statusCode()).isEqualTo(429);
    assertThat(session.last().body())
        .contains("ព្យាយាមច្រើនដងពេក")
        .doesNotContain("id=\"member-name\"");
  }

  /**
   * A new member lands in their own village's forum with a welcome, and raising a problem is one
   * tap away from there, from the header of every page and from the home page.
   */
  @Test
  void aNewMemberLandsInTheirVillageForumOneTapFromRaising() {
    var session = new WebSession();
    Fixtures.signUp(session, "ស្រីមុំ new in the village", "05070101");
    assertThat(session.last().uri().getPath()).isEqualTo("/place/05070101");
    assertThat(session.last().body())
        .contains("id=\"welcome\"", "សូមស្វាគមន៍")
        .contains("id=\"raise\"", "/raise?place=05070101")
        .contains("id=\"raise-link\"");
    var home = session.get("/").body();
    assertThat(home).contains("id=\"raise-cta\"", "id=\"raise-link\"");
    session.get("/raise");
    assertThat(session.last().statusCode()).isEqualTo(200);
    assertThat(session.last().body()).contains("05070101");

    // a visitor: the home page's button, no header link, and the raise page asks to log in first
    var visitor = new WebSession();
    assertThat(visitor.get("/").body())
        .contains("id=\"raise-cta\"")
        .doesNotContain("id=\"raise-link\"");
    assertThat(visitor.get("/place/05070101?welcome=1").body()).doesNotContain("id=\"welcome\"");
    visitor.get("/raise");
    assertThat(visitor.last().uri().getPath()).isEqualTo("/login");

    // signing up on the way to a page goes back to that page, without the welcome
    var voter = new WebSession();
    voter.get("/signup?next=%2Fabout");
    voter.submit(
        "signup",
        "submit",
        Map.of(
            "signup:login", Fixtures.newPhone(),
            "signup:name", "Signed up from about",
            "signup:password", Fixtures.PASSWORD,
            "signup:villageText", "05070101",
            "signup:village", "05070101"));
    assertThat(voter.last().uri().getPath()).isEqualTo("/about");
  }

  @Test
  void signUpProblemsKeepWhatWasTyped() {
    var session = new WebSession();
    session.get("/signup");
    session.submit(
        "signup",
        "submit",
        Map.of(
            "signup:login",
            "not a phone",
            "signup:name",
            "Kosal",
            "signup:password",
            "short",
            "signup:villageText",
            "05070101",
            "signup:village",
            "05070101"));

    assertThat(session.last().body())
        .contains("value=\"Kosal\"", "value=\"not a phone\"")
        .contains("ពាក្យសម្ងាត់ត្រូវមានពី 8 ដល់ 128 តួអក្សរ");
  }

  private static String messages(String page) {
    var start = page.indexOf("<ul id=\"messages\"");
    return start < 0 ? "" : page.substring(start, page.indexOf("</ul>", start));
  }

  private static String toKhmerDigits(String latin) {
    var khmer = new StringBuilder();
    latin
        .chars()
        .forEach(c -> khmer.append(Character.isDigit(c) ? (char) ('០' + (c - '0')) : (char) c));
    return khmer.toString();
  }
}
