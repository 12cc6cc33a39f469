package org.vedika.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.vedika.testing.Browser;
import org.vedika.testing.Fixtures;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;

/**
 * DESIGN.md journey 4, in Khmer on a phone: a reported abusive reply is hidden with a reason from
 * the review queue; its author sees why; restoring brings it back. Commune 070109 belongs to this
 * test.
 */
class ModeratorJourneyIT extends PhoneJourney {

  @Test
  void aModeratorFindsTheProblemToMergeIntoByItsWords() {
    var owner = Fixtures.member(Fixtures.newPhone(), "Merge owner", "07010902");
    var target =
        Fixtures.problem(
            owner, "07010902", "PAYMENT_DELIVERY", "Zebrafinch agent keeps the family money");
    var duplicate =
        Fixtures.problem(owner, "07010902", "PAYMENT_DELIVERY", "The agent kept our money");
    var moderatorLogin = Fixtures.newPhone();
    var moderator = Fixtures.member(moderatorLogin, "Merging moderator", "07010902");
    Fixtures.grant(moderator, "MODERATOR", "07");
    browser.manage().deleteAllCookies();
    logIn(moderatorLogin);
    browser.get(VedikaServer.url("/review?problem=" + duplicate));
    browser.findElement(By.id("act:mergeInto")).sendKeys("Zebrafinch");
    var suggestion = By.cssSelector("#merge-suggestions button[data-code='" + target + "']");
    waitFor(ExpectedConditions.elementToBeClickable(suggestion));
    Browser.screenshot(browser, "journey4-4-merge-picker");
    browser.findElement(suggestion).click();
    assertThat(browser.findElement(By.id("act:mergeInto")).getDomProperty("value"))
        .startsWith("#" + target + " · Zebrafinch");
    browser.findElement(By.id("act:merge")).click();
    waitFor(
        driver ->
            Fixtures.count("SELECT COALESCE(merged_into, 0) FROM problem WHERE id = ?", duplicate)
                == target);
    browser.manage().deleteAllCookies();
  }

  @Test
  void aReportedAbusiveReplyIsHiddenWithAReasonAndRestored() {
    var owner = Fixtures.member(Fixtures.newPhone(), "ម្ចាស់បញ្ហា", "07010901");
    var problem =
        Fixtures.problem(
            owner, "07010901", "MOTHER_CHILD_CASH", "ប្រាក់ឧបត្ថម្ភស្ត្រីមានផ្ទៃពោះមកយឺត");
    var trollLogin = Fixtures.newPhone();
    var troll = Fixtures.member(trollLogin, "អ្នកជេរប្រមាថ", "07010901");
    Fixtures.execute(
        "INSERT INTO reply (problem_id, author_id, body) VALUES ("
            + problem
            + ", "
            + troll
            + ", 'អ្នកទាំងអស់គ្នាជាមនុស្សកុហក ចាំមើលចុះ!')");
    Fixtures.execute("UPDATE problem SET reply_count = 1 WHERE id = " + problem);
    var reply = Fixtures.count("SELECT id FROM reply WHERE problem_id = ?", problem);
    var reporter = Fixtures.member(Fixtures.newPhone(), "អ្នករាយការណ៍", "07010901");
    Fixtures.execute(
        "INSERT INTO report (problem_id, reply_id, reporter_id, reason) VALUES ("
            + problem
            + ", "
            + reply
            + ", "
            + reporter
            + ", 'ABUSE')");
    var moderatorLogin = Fixtures.newPhone();
    var moderator = Fixtures.member(moderatorLogin, "អ្នកសម្របសម្រួលកំពត", "07010901");
    Fixtures.grant(moderator, "MODERATOR", "07");

    logIn(moderatorLogin);
    browser.findElement(By.id("moderation-link")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("queue:items")));
    assertThat(browser.findElement(By.id("queue:items")).getText())
        .contains("ប្រាក់ឧបត្ថម្ភស្ត្រីមានផ្ទៃពោះមកយឺត");
    Browser.screenshot(browser, "journey4-1-queue-km");
    browser.findElement(By.cssSelector("#queue\\:items a[href*='reply=" + reply + "']")).click();
    assertThat(browser.findElement(By.id("review-text")).getText()).contains("មនុស្សកុហក");
    new Select(browser.findElement(By.id("act:reason"))).selectByValue("ABUSE");
    browser.findElement(By.id("act:note")).sendKeys("គំរាមកំហែងអ្នកភូមិ");
    Browser.screenshot(browser, "journey4-2-review-km");
    browser.findElement(By.id("act:hide")).click();
    waitFor(ExpectedConditions.urlContains("/moderation"));

    browser.get(VedikaServer.url("/problem/" + problem));
    assertThat(browser.findElement(By.id("hidden-" + reply)).getText())
        .contains("ការប្រមាថ ឬការគំរាមកំហែង");
    assertThat(browser.findElement(By.id("replies")).getText()).doesNotContain("មនុស្សកុហក");

    browser.manage().deleteAllCookies();
    logIn(trollLogin);
    browser.findElement(By.id("inbox-link")).click();
    assertThat(browser.findElement(By.id("inbox")).getText())
        .contains("អ្នកសម្របសម្រួលបានលាក់ការបង្ហោះរបស់អ្នក៖ ការប្រមាថ ឬការគំរាមកំហែង");
    Browser.screenshot(browser, "journey4-3-author-told-km");

    browser.manage().deleteAllCookies();
    logIn(moderatorLogin);
    browser.get(VedikaServer.url("/review?problem=" + problem + "&reply=" + reply));
    browser.findElement(By.id("act:restore")).click();
    waitFor(ExpectedConditions.urlContains("/moderation"));
    browser.get(VedikaServer.url("/problem/" + problem));
    assertThat(browser.findElement(By.id("replies")).getText()).contains("មនុស្សកុហក");
  }
}
