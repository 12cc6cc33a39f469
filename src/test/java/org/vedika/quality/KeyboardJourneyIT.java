package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.vedika.testing.Fixtures;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;

/**
 * A journey with the keyboard only (WCAG 2.1.1): from a problem's page, Tab to "log in", sign in,
 * come back to the problem, vote and reply — every step reached with Tab and done with Enter or by
 * typing, nothing clicked. Commune 070302 belongs to this test.
 */
class KeyboardJourneyIT extends PhoneJourney {

  @Test
  void aMemberLogsInVotesAndRepliesWithTheKeyboardOnly() {
    var login = Fixtures.newPhone();
    Fixtures.member(login, "ក្តារចុច", "07030201");
    var author = Fixtures.member(Fixtures.newPhone(), "អ្នកសរសេរ", "07030201");
    var problem =
        Fixtures.problem(author, "07030201", "PAYMENT_DELIVERY", "ភ្នាក់ងារយកលុយ keyboard");

    browser.manage().deleteAllCookies();
    browser.get(VedikaServer.url("/problem/" + problem));
    tabTo("login-link");
    keys(Keys.ENTER);
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("login:name")));
    tabTo("login:name");
    keys(login);
    tabTo("login:password");
    keys(Fixtures.PASSWORD, Keys.ENTER);
    // back on the problem it came from
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("member-name")));
    waitFor(ExpectedConditions.urlContains("/problem/" + problem));

    tabTo("vote:cast");
    keys(Keys.ENTER);
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("vote:retract")));
    assertThat(Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", problem)).isEqualTo(1);

    tabTo("reply:text");
    keys("ខ្ញុំក៏ត្រូវបង់ ២០០០ រៀលដែរ។");
    tabTo("reply:send");
    keys(Keys.ENTER);
    waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("replies"), "ខ្ញុំក៏ត្រូវបង់ ២០០០ រៀលដែរ។"));
  }

  /** Presses Tab until the element with this id has the focus (at most 80 times). */
  private static void tabTo(String id) {
    for (var i = 0; i < 80; i++) {
      keys(Keys.TAB);
      var focused =
          ((JavascriptExecutor) browser)
              .executeScript("return document.activeElement && document.activeElement.id");
      if (id.equals(focused)) {
        return;
      }
    }
    throw new AssertionError("Tab never reaches #" + id);
  }

  private static void keys(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }
}
