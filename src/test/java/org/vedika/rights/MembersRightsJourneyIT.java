package org.vedika.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.vedika.testing.Browser;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Mailbox;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;

/**
 * Issue 20's journeys in Khmer on a phone: a worker finds a guide from the raise page and does not
 * raise; a problem is marked solved and found as solved in search; a password is set again by
 * e-mail and with a code from the commune's official; a member downloads their data and deletes
 * their account.
 */
class MembersRightsJourneyIT extends PhoneJourney {

  private static final String VILLAGE = "17040101";
  private static final String NEW_PASSWORD = "ពាក្យសម្ងាត់ថ្មី 2026";

  @BeforeEach
  void forget() {
    browser.get(VedikaServer.url("/about"));
    browser.manage().deleteAllCookies();
  }

  @Test
  void aWorkerFindsAGuideFromTheRaisePageAndDoesNotRaise() {
    var login = Fixtures.newPhone();
    var worker = Fixtures.member(login, "ចាន់ធី", VILLAGE);
    var writer = Fixtures.member(Fixtures.newPhone(), "មេឃុំ", VILLAGE);
    var publisher = Fixtures.member(Fixtures.newPhone(), "គ្រូបង្គោល", VILLAGE);
    var guide =
        Fixtures.guide(
            writer,
            publisher,
            "nssf-health-workers",
            "ប្រើប័ណ្ណ ប.ស.ស. zzibis នៅមន្ទីរពេទ្យ",
            "**នៅមន្ទីរពេទ្យ៖** សួររកបញ្ជរ ប.ស.ស. មុនពេលបង់ប្រាក់អ្វីមួយ។",
            "Using the NSSF card zzibis");

    logIn(login);
    browser.findElement(By.id("raise-link")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("topic-choice")))
        .selectByValue("nssf-health-workers");
    browser.findElement(By.id("topic-submit")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("answer-guides")));
    assertThat(browser.findElement(By.id("answers")).getText())
        .contains("ប្រហែលជាមានចម្លើយរួចហើយ")
        .contains("ប្រើប័ណ្ណ ប.ស.ស. zzibis នៅមន្ទីរពេទ្យ");
    Browser.screenshot(browser, "answers-0-raise-page-guides-km");
    browser.findElement(By.linkText("ប្រើប័ណ្ណ ប.ស.ស. zzibis នៅមន្ទីរពេទ្យ")).click();
    waitFor(ExpectedConditions.urlContains("/guide/" + guide));
    assertThat(browser.findElement(By.id("guide-body")).getText())
        .contains("សួររកបញ្ជរ ប.ស.ស. មុនពេលបង់ប្រាក់អ្វីមួយ");
    Browser.screenshot(browser, "answers-0-guide-km");
    assertThat(Fixtures.count("SELECT COUNT(*) FROM problem WHERE author_id = ?", worker))
        .as("the guide answered it: nothing raised")
        .isZero();
  }

  @Test
  void aProblemIsMarkedSolvedAndFoundAsSolved() {
    var login = Fixtures.newPhone();
    var author = Fixtures.member(login, "សុភា", VILLAGE);
    var helper = Fixtures.member(Fixtures.newPhone(), "វណ្ណា", VILLAGE);
    var problem =
        Fixtures.problem(
            author,
            VILLAGE,
            "NSSF_HEALTH_WORKERS",
            "ប័ណ្ណ ប.ស.ស. zzkiwi មិនដំណើរការនៅមន្ទីរពេទ្យ",
            "មន្ទីរពេទ្យថាប័ណ្ណរបស់ខ្ញុំមិនទាន់ចុះឈ្មោះ។");
    var reply =
        Fixtures.reply(
            helper, problem, "សូមយកប័ណ្ណទៅការិយាល័យ ប.ស.ស. ខេត្ត ដើម្បីធ្វើបច្ចុប្បន្នភាព។");

    logIn(login);
    browser.get(VedikaServer.url("/problem/" + problem));
    browser.findElement(By.id("mark-" + reply + ":solution")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("solution")));
    assertThat(browser.findElement(By.id("solution")).getText())
        .contains("ដំណោះស្រាយ")
        .contains("ការិយាល័យ ប.ស.ស. ខេត្ត");
    Browser.screenshot(browser, "answers-1-solution-km");

    browser.manage().deleteAllCookies();
    browser.get(VedikaServer.url("/search"));
    browser.findElement(By.id("search-q")).sendKeys("zzkiwi");
    browser.findElement(By.id("search-solved")).click();
    browser.findElement(By.id("search-submit")).click();
    waitFor(ExpectedConditions.urlContains("solved=1"));
    assertThat(browser.findElement(By.id("problems")).getText())
        .contains("zzkiwi")
        .contains("បានដោះស្រាយ");
    Browser.screenshot(browser, "answers-2-found-solved-km");
  }

  @Test
  void aPasswordIsSetAgainByEmailAndWithTheOfficialsCode() throws Exception {
    // by e-mail
    var login = Fixtures.newPhone();
    var address = "journey." + System.nanoTime() + "@example.org";
    var member = Fixtures.member(login, "ស្រីនាង", VILLAGE);
    Fixtures.execute("UPDATE member SET email = '" + address + "' WHERE id = " + member);
    browser.get(VedikaServer.url("/login"));
    browser.findElement(By.id("to-forgot")).click();
    browser.findElement(By.id("forgot:login")).sendKeys(login);
    browser.findElement(By.id("forgot:submit")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages li")));
    var link =
        Pattern.compile("(/reset\\?token=[A-Za-z0-9_-]+)")
            .matcher(Mailbox.text(Mailbox.await(address, 1).get(0)));
    assertThat(link.find()).isTrue();
    browser.get(VedikaServer.url(link.group(1)));
    browser.findElement(By.id("reset:password")).sendKeys(NEW_PASSWORD);
    browser.findElement(By.id("reset:submit")).click();
    waitFor(ExpectedConditions.urlContains("/login"));
    logInWith(login, NEW_PASSWORD);

    // with a code from the commune's official
    browser.manage().deleteAllCookies();
    var phoneOnly = Fixtures.newPhone();
    Fixtures.member(phoneOnly, "តារា", VILLAGE);
    var officialLogin = Fixtures.newPhone();
    Fixtures.grant(Fixtures.member(officialLogin, "មេឃុំ", VILLAGE), "OFFICIAL", "170401");
    logIn(officialLogin);
    browser.findElement(By.id("member-name")).click();
    browser.findElement(By.id("to-assist")).click();
    browser.findElement(By.id("assist-login")).sendKeys(phoneOnly);
    browser.findElement(By.id("assist-submit")).click();
    assertThat(browser.findElement(By.id("assist-member")).getText()).contains("តារា");
    browser.findElement(By.id("assist:issue")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("assist-code")));
    var code = browser.findElement(By.id("assist-code")).getText();
    Browser.screenshot(browser, "answers-3-assist-code-km");

    browser.manage().deleteAllCookies();
    browser.get(VedikaServer.url("/login"));
    browser.findElement(By.id("to-forgot")).click();
    browser.findElement(By.id("to-reset")).click();
    browser.findElement(By.id("reset:login")).sendKeys(phoneOnly);
    browser.findElement(By.id("reset:code")).sendKeys(code);
    browser.findElement(By.id("reset:password")).sendKeys(NEW_PASSWORD);
    browser.findElement(By.id("reset:submit")).click();
    waitFor(ExpectedConditions.urlContains("/login"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("ពាក្យសម្ងាត់របស់អ្នក");
    logInWith(phoneOnly, NEW_PASSWORD);
  }

  @Test
  void aMemberDownloadsTheirDataAndDeletesTheirAccount() throws Exception {
    var login = Fixtures.newPhone();
    var member = Fixtures.member(login, "បុប្ផា", VILLAGE);
    var problem =
        Fixtures.problem(member, VILLAGE, "DISABILITY_ALLOWANCE", "ប្រាក់ឧបត្ថម្ភពិការភាព zzlemur");
    logIn(login);
    browser.findElement(By.id("member-name")).click();
    assertThat(browser.findElement(By.id("download-data")).getAttribute("href"))
        .endsWith("/profile/data");
    // the browser's own session downloads the file (a headless browser saves it out of sight):
    // its id and Payara's version of it, as the browser sends them (docs/cluster.md)
    var session =
        "JSESSIONID="
            + browser.manage().getCookieNamed("JSESSIONID").getValue()
            + "; JSESSIONIDVERSION="
            + browser.manage().getCookieNamed("JSESSIONIDVERSION").getValue();
    var data =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(VedikaServer.url("/profile/data")))
                    .header("Cookie", session)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(data.body()).contains("zzlemur").contains("\"login\": \"" + login + "\"");

    browser.findElement(By.id("to-leave")).click();
    Browser.screenshot(browser, "answers-4-leave-km");
    browser.findElement(By.id("leave:password")).sendKeys(Fixtures.PASSWORD);
    browser.findElement(By.id("leave:delete")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("left-done")));
    assertThat(browser.findElements(By.id("member-name"))).isEmpty();

    browser.get(VedikaServer.url("/problem/" + problem));
    assertThat(browser.findElement(By.id("problem-author")).getText()).isEqualTo("អតីតសមាជិក");
  }

  private static void logInWith(String login, String password) {
    browser.get(VedikaServer.url("/login"));
    browser.findElement(By.id("login:name")).sendKeys(login);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:submit")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("member-name")));
  }
}
