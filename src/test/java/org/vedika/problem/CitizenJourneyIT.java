package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vedika.testing.Browser;
import org.vedika.testing.Fixtures;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;

/**
 * DESIGN.md journey 1, in Khmer on a phone: a citizen picks Kampong Speu → Samraong Tong → a
 * commune → a village, reads a problem about a hospital refusing the NSSF card, votes and replies.
 */
class CitizenJourneyIT extends PhoneJourney {

  /** Each journey starts as a stranger: no session, no language chosen. */
  @org.junit.jupiter.api.BeforeEach
  void forget() {
    browser.get(VedikaServer.url("/about"));
    browser.manage().deleteAllCookies();
  }

  /** Issue 16: an English query finds a problem written in Khmer, on the search page. */
  @Test
  void anEnglishSearchFindsAKhmerProblem() {
    var author = Fixtures.member(Fixtures.newPhone(), "ធីតា", "05070102");
    var problem =
        Fixtures.problem(
            author,
            "05070102",
            "NSSF_PENSION",
            "សោធននិវត្តន៍ zzheron របស់ខ្ញុំបាត់",
            "ខ្ញុំបានបង់ភាគទានតាំងពីឆ្នាំ២០២២ ប៉ុន្តែកំណត់ត្រា zzheron មិនមាន។");
    browser.get(VedikaServer.url("/search"));
    browser.findElement(By.id("search-q")).sendKeys("pension zzheron");
    browser.findElement(By.id("search-submit")).click();
    waitFor(
        org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#problems a[href$='/problem/" + problem + "']")));
    assertThat(browser.findElement(By.id("problems")).getText()).contains("សោធននិវត្តន៍ zzheron");
    org.vedika.testing.Browser.screenshot(browser, "search-across-languages-km");
  }

  @Test
  void readsVotesAndRepliesInTheVillageForum() {
    var neighbour = Fixtures.member(Fixtures.newPhone(), "បូរ៉ា", "05070102");
    var problem =
        Fixtures.problem(
            neighbour,
            "05070102",
            "NSSF_HEALTH_WORKERS",
            "មន្ទីរពេទ្យមិនទទួលប័ណ្ណ ប.ស.ស. របស់ខ្ញុំ");
    var login = Fixtures.newPhone();
    Fixtures.member(login, "សុខា", "05070102");

    browser.get(VedikaServer.url("/"));
    browser.findElement(By.cssSelector("a[href='/place/05']")).click();
    browser.findElement(By.cssSelector("a[href='/place/0507']")).click();
    browser.findElement(By.cssSelector("a[href='/place/050701']")).click();
    browser.findElement(By.cssSelector("#children a[href='/place/05070102']")).click();
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("ភូមិវាល");
    Browser.screenshot(browser, "journey1-1-village-km");

    browser.findElement(By.cssSelector("a[href='/problem/" + problem + "']")).click();
    assertThat(browser.findElement(By.id("title")).getText()).contains("ប.ស.ស.");

    browser.findElement(By.id("vote:cast")).click();
    wait(ExpectedConditions.urlContains("/login"));
    browser.findElement(By.id("login:name")).sendKeys(login);
    browser.findElement(By.id("login:password")).sendKeys(Fixtures.PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    wait(ExpectedConditions.urlContains("/problem/" + problem));

    // with JavaScript the vote changes the count in place: the page is not loaded again
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.samePage = true;");
    browser.findElement(By.id("vote:cast")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.id("vote:retract")));
    // the author and this voter, in Khmer digits
    assertThat(browser.findElement(By.id("vote:vote-count")).getText()).startsWith("២ ");
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return window.samePage === true;"))
        .as("counted in place")
        .isEqualTo(true);
    Browser.screenshot(browser, "journey1-2-voted-km");

    browser.findElement(By.id("reply:text")).sendKeys("ខ្ញុំក៏ជួបដូចគ្នាដែរ នៅមន្ទីរពេទ្យខេត្ត។");
    browser.findElement(By.id("reply:send")).click();
    wait(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("replies"), "ខ្ញុំក៏ជួបដូចគ្នាដែរ"));
    assertThat(browser.findElement(By.id("replies")).getText()).contains("សុខា");
    Browser.screenshot(browser, "journey1-2-problem-km");

    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem)).isEqualTo(1);
    assertThat(Fixtures.count("SELECT reply_count FROM problem WHERE id = ?", problem))
        .isEqualTo(1);

    // deleting it asks first: "no" keeps it, "yes" deletes it at once
    var reply = Fixtures.count("SELECT MAX(id) FROM reply WHERE problem_id = ?", problem);
    browser.findElement(By.id("own-" + reply + ":delete")).click();
    wait(ExpectedConditions.alertIsPresent());
    assertThat(browser.switchTo().alert().getText()).contains("លុបមតិយោបល់នេះមែនទេ?");
    browser.switchTo().alert().dismiss();
    assertThat(Fixtures.count("SELECT reply_count FROM problem WHERE id = ?", problem))
        .isEqualTo(1);
    browser.findElement(By.id("own-" + reply + ":delete")).click();
    wait(ExpectedConditions.alertIsPresent());
    browser.switchTo().alert().accept();
    wait(ExpectedConditions.invisibilityOfElementLocated(By.id("reply-" + reply)));
    assertThat(Fixtures.count("SELECT reply_count FROM problem WHERE id = ?", problem)).isZero();
  }

  /**
   * DESIGN.md journey 2: a citizen starts raising a problem; while they type, Vedika shows the
   * similar problems already raised, and one tap votes for the existing one instead.
   */
  @Test
  void seesSimilarProblemsWhileRaisingAndVotesForOne() {
    var neighbour = Fixtures.member(Fixtures.newPhone(), "ធីតា", "05070402");
    var existing =
        Fixtures.problem(
            neighbour,
            "05070402",
            "MOTHER_CHILD_CASH",
            "ប្រាក់ឧបត្ថម្ភស្ត្រីមានផ្ទៃពោះមិនទាន់ចូលគណនី",
            "ខ្ញុំបានទៅពិនិត្យផ្ទៃពោះទាំង ៤ ដង ប៉ុន្តែប្រាក់ឧបត្ថម្ភចូលតែ ២ ដងប៉ុណ្ណោះ។");
    var login = Fixtures.newPhone();
    Fixtures.member(login, "ស្រីពៅ", "05070401");
    browser.get(VedikaServer.url("/login?next=%2Fraise"));
    browser.findElement(By.id("login:name")).sendKeys(login);
    browser.findElement(By.id("login:password")).sendKeys(Fixtures.PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    wait(ExpectedConditions.urlContains("/raise"));
    assertThat(browser.findElement(By.id("raise-place")).getText()).contains("ភូមិ");

    browser
        .findElement(By.id("raise:title"))
        .sendKeys("មិនទាន់ទទួលបានប្រាក់ឧបត្ថម្ភស្ត្រីមានផ្ទៃពោះ");
    wait(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#raise\\:similar a[href='/problem/" + existing + "']")));
    Browser.screenshot(browser, "journey2-1-similar-km");

    browser
        .findElement(By.cssSelector("#raise\\:similar li:first-child input[type=submit]"))
        .click();
    wait(ExpectedConditions.urlContains("/problem/" + existing));
    assertThat(browser.findElement(By.id("vote:retract")).isDisplayed()).isTrue();
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", existing))
        .isEqualTo(1);
  }

  private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    // a page or an ajax update may replace an element between finding it and reading it: look again
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(condition);
  }
}
