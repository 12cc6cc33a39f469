package org.vedika.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.vedika.testing.Browser;
import org.vedika.testing.Fixtures;
import org.vedika.testing.PhoneJourney;

/**
 * DESIGN.md journey 3, in Khmer on a phone: the commune's official finds the problem in their
 * inbox, answers officially, marks it in progress, later resolved with a note; the citizen is
 * notified and reads the timeline. Commune 070103 (Champei, Kampot) belongs to this test.
 */
class OfficialJourneyIT extends PhoneJourney {

  @Test
  void theOfficialAnswersMovesAndResolvesTheProblemAndTheCitizenIsTold() {
    var citizenLogin = Fixtures.newPhone();
    var citizen = Fixtures.member(citizenLogin, "ស្រីពៅ", "07010301");
    var problem =
        Fixtures.problem(citizen, "07010301", "HEF_HEALTH_CARE", "មណ្ឌលសុខភាពមិនទទួលប័ណ្ណសមធម៌");
    Fixtures.problem(citizen, "07010302", "PAYMENT_DELIVERY", "ភ្នាក់ងារបើកប្រាក់មកយឺតណាស់");
    Fixtures.execute(
        "INSERT IGNORE INTO follow (problem_id, member_id) VALUES ("
            + problem
            + ", "
            + citizen
            + ")");
    var officialLogin = Fixtures.newPhone();
    var official = Fixtures.member(officialLogin, "មេឃុំចំប៉ី", "07010301");
    Fixtures.grant(official, "OFFICIAL", "070103");

    logIn(officialLogin);
    assertThat(browser.findElement(By.id("waiting")).getText()).isEqualTo("២");
    browser.findElement(By.id("official-inbox-link")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("inbox:problems")));
    assertThat(browser.findElement(By.id("inbox:problems")).getText())
        .contains("មណ្ឌលសុខភាពមិនទទួលប័ណ្ណសមធម៌", "ភ្នាក់ងារបើកប្រាក់មកយឺតណាស់");
    Browser.screenshot(browser, "journey3-1-inbox-km");

    // the lazy table narrows to one category on the server
    new Select(browser.findElement(By.id("inbox:category"))).selectByValue("HEF_HEALTH_CARE");
    waitFor(
        d ->
            !d.findElement(By.id("inbox:problems"))
                .getText()
                .contains("ភ្នាក់ងារបើកប្រាក់មកយឺតណាស់"));
    assertThat(browser.findElement(By.id("inbox:problems")).getText())
        .contains("មណ្ឌលសុខភាពមិនទទួលប័ណ្ណសមធម៌");

    browser
        .findElement(By.cssSelector("#inbox\\:problems a[href='/problem/" + problem + "']"))
        .click();
    browser.findElement(By.id("reply:text")).sendKeys("យើងនឹងទៅជួបប្រធានមណ្ឌលសុខភាពនៅថ្ងៃស្អែក។");
    browser.findElement(By.id("reply:send")).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("official-answers")));

    new Select(browser.findElement(By.id("status:to"))).selectByValue("IN_PROGRESS");
    browser.findElement(By.id("status:change")).click();
    waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "កំពុងដោះស្រាយ"));

    new Select(browser.findElement(By.id("status:to"))).selectByValue("RESOLVED");
    browser
        .findElement(By.id("status:note"))
        .sendKeys("មណ្ឌលសុខភាពបានសងប្រាក់វិញ ហើយនឹងទទួលប័ណ្ណសមធម៌ពីនេះតទៅ។");
    browser.findElement(By.id("status:change")).click();
    waitFor(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timeline"), "មណ្ឌលសុខភាពបានសងប្រាក់វិញ"));
    assertThat(browser.findElement(By.id("problem-meta")).getText()).contains("បានដោះស្រាយ");
    Browser.screenshot(browser, "journey3-2-resolved-km");

    browser.manage().deleteAllCookies();
    logIn(citizenLogin);
    assertThat(browser.findElement(By.id("unread")).getText()).isEqualTo("៣");
    browser.findElement(By.id("inbox-link")).click();
    assertThat(browser.findElement(By.id("inbox")).getText())
        .contains("មេឃុំចំប៉ី បានផ្តល់ចម្លើយផ្លូវការ")
        .contains("មេឃុំចំប៉ី បានប្តូរស្ថានភាព៖ ឥឡូវ បានដោះស្រាយ");
    Browser.screenshot(browser, "journey3-3-notified-km");
    browser.findElement(By.cssSelector("#inbox a[href='/problem/" + problem + "']")).click();
    assertThat(browser.findElement(By.id("official-answers")).getText())
        .contains("យើងនឹងទៅជួបប្រធានមណ្ឌលសុខភាព");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("កំពុងដោះស្រាយ", "បានដោះស្រាយ", "មណ្ឌលសុខភាពបានសងប្រាក់វិញ");
    Browser.screenshot(browser, "journey3-4-timeline-km");
  }
}
