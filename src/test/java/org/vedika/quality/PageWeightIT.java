package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.vedika.dashboard.RecurringFixtures;
import org.vedika.testing.Fixtures;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;

/**
 * What a phone downloads (compressed bytes on the wire, from the browser's resource timing): a
 * first visit with an empty cache and a repeat visit. Anonymous read pages (home, place, problem,
 * the guides and a guide) and sign-up, every citizen's first page, within 150 KiB, JavaScript
 * within 75 KiB, a repeat visit within 20 KiB; the dashboard, for a signed-in policymaker, within
 * 400 KiB. Commune 070304 belongs to this test.
 */
class PageWeightIT extends PhoneJourney {

  static final String WEIGHT =
      "var all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));"
          + "var total = 0, js = 0;"
          + "all.forEach(function (e) { total += e.transferSize;"
          + " if (e.initiatorType === 'script' || /\\.js(\\.xhtml)?(\\?|$)/.test(e.name)) js += e.transferSize; });"
          + "return [total, js];";

  record Weight(long total, long javaScript) {}

  @Test
  void readPagesAreLightAndRepeatVisitsComeFromTheCache() {
    var author = Fixtures.member(Fixtures.newPhone(), "អ្នកសរសេរ", "07030401");
    var problem = Fixtures.problem(author, "07030401", "PAYMENT_DELIVERY", "ភ្នាក់ងារយកលុយ weight");
    for (var i = 0; i < 20; i++) {
      Fixtures.execute(
          "INSERT INTO reply (problem_id, author_id, body) VALUES ("
              + problem
              + ", "
              + author
              + ", 'ខ្ញុំក៏ជួបដូចគ្នា ភ្នាក់ងារយកលុយ ២០០០ រៀល។')");
    }
    var guide =
        Fixtures.guide(
            author,
            author,
            "payment-delivery",
            "ភ្នាក់ងារបង់ប្រាក់ weight",
            "រាប់ប្រាក់នៅមុខភ្នាក់ងារ ហើយសុំបង្កាន់ដៃ។\n\n".repeat(20),
            "Payment agents weight");
    for (var path :
        List.of(
            "/",
            "/place/07",
            "/place/070304",
            "/problem/" + problem,
            "/guides",
            "/guide/" + guide,
            "/signup")) {
      browser.manage().deleteAllCookies();
      var first = firstVisit(path);
      var repeat = visit(path);
      System.out.printf(
          "page weight %s: first %d B (JavaScript %d B), repeat %d B%n",
          path, first.total(), first.javaScript(), repeat.total());
      assertThat(first.total()).as("first visit of " + path).isLessThanOrEqualTo(150 * 1024);
      assertThat(first.javaScript()).as("JavaScript of " + path).isLessThanOrEqualTo(75 * 1024);
      assertThat(repeat.total()).as("repeat visit of " + path).isLessThanOrEqualTo(20 * 1024);
    }
  }

  @Test
  void theDashboardStaysWithinTheSignedInBudget() {
    var login = Fixtures.newPhone();
    Fixtures.grant(Fixtures.member(login, "weight policymaker", "07030401"), "POLICYMAKER", null);
    var author = Fixtures.member(Fixtures.newPhone(), "w", "07030401");
    RecurringFixtures.group(
        Fixtures.problem(author, "07030401", "HEF_HEALTH_CARE", "weight of the dashboard"));
    browser.manage().deleteAllCookies();
    logIn(login);
    var first = firstVisit("/dashboard");
    System.out.printf(
        "page weight /dashboard: first %d B (JavaScript %d B)%n",
        first.total(), first.javaScript());
    assertThat(first.total()).as("first visit of the dashboard").isLessThanOrEqualTo(400 * 1024);
  }

  private static Weight firstVisit(String path) {
    ((HasCdp) browser).executeCdpCommand("Network.clearBrowserCache", Map.of());
    return visit(path);
  }

  private static Weight visit(String path) {
    browser.get(VedikaServer.url(path));
    var weight = (List<?>) ((JavascriptExecutor) browser).executeScript(WEIGHT);
    return new Weight(((Number) weight.get(0)).longValue(), ((Number) weight.get(1)).longValue());
  }
}
