package org.vedika.testing;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser journeys: one Debian Chromium at a phone's size per test class, against the
 * shared server, with the steps every journey takes (log in, wait for a page to change).
 */
@ExtendWith(VedikaServer.class)
public abstract class PhoneJourney {

  protected static WebDriver browser;

  @BeforeAll
  static void openBrowser() {
    browser = Browser.phone();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  /** Logs in through the login page and waits for the header to show the member. */
  protected static void logIn(String login) {
    browser.get(VedikaServer.url("/login"));
    browser.findElement(By.id("login:name")).sendKeys(login);
    browser.findElement(By.id("login:password")).sendKeys(Fixtures.PASSWORD);
    browser.findElement(By.id("login:submit")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("member-name")));
  }

  protected static <T> void waitFor(ExpectedCondition<T> condition) {
    // a page or an ajax update may replace an element between finding it and reading it ("stale
    // element", "node does not belong to the document"): look again
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(condition);
  }
}
