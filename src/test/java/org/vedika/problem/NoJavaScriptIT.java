package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vedika.testing.Browser;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;

/**
 * Reading, finding a place, logging in, voting and replying with JavaScript switched off in
 * Chromium: every one of them is a plain link or a plain form. Commune 070201 belongs to this test.
 */
@ExtendWith(VedikaServer.class)
class NoJavaScriptIT {

  static WebDriver browser;

  @BeforeAll
  static void open() {
    browser = Browser.phoneWithoutJavaScript();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void readFindLogInVoteAndReplyWithoutJavaScript() {
    var author = Fixtures.member(Fixtures.newPhone(), "Author without scripts", "07020101");
    var problem =
        Fixtures.problem(
            author,
            "07020101",
            "NSSF_HEALTH_WORKERS",
            "The NSSF card is refused at night nojsmark");
    var login = Fixtures.newPhone();
    Fixtures.member(login, "Reader without scripts", "07020101");

    browser.get(VedikaServer.url("/place/070201"));
    assertThat(javaScriptRuns()).as("JavaScript is off").isFalse();
    assertThat(browser.findElement(By.id("problems")).getText()).contains("nojsmark");

    browser.get(VedikaServer.url("/find?q=roleang"));
    assertThat(browser.getPageSource()).contains("/place/050701");

    browser.get(VedikaServer.url("/problem/" + problem));
    browser.findElement(By.id("vote:cast")).click();
    wait(ExpectedConditions.urlContains("/login"));
    browser.findElement(By.id("login:name")).sendKeys(login);
    browser.findElement(By.id("login:password")).sendKeys(Fixtures.PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    wait(ExpectedConditions.urlContains("/problem/" + problem));
    browser.findElement(By.id("vote:cast")).click();
    wait(ExpectedConditions.presenceOfElementLocated(By.id("vote:retract")));
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem)).isEqualTo(1);

    browser
        .findElement(By.id("reply:text"))
        .sendKeys("Same here, the night desk is always closed.");
    browser.findElement(By.id("reply:send")).click();
    wait(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("replies"), "the night desk is always closed"));
    Browser.screenshot(browser, "nojs-problem-km");
  }

  private static boolean javaScriptRuns() {
    try {
      // WebDriver's own scripts still run; a page script would have set this
      return Boolean.TRUE.equals(
          ((JavascriptExecutor) browser).executeScript("return !!window.PrimeFaces"));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(condition);
  }
}
