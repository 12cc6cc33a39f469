package org.vedika.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vedika.testing.Browser;
import org.vedika.testing.Fixtures;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;

/**
 * DESIGN.md journey 5, in Khmer: a national policymaker opens the dashboard, filters to Kampong
 * Speu and the NSSF-card-at-hospitals category, and finds the problem reported across twelve
 * communes ranked first with the parts of its rank; drills down to the problems behind it; exports
 * the view as CSV, which holds the same rows. Communes 0503xx (Kong Pisei) belong to this test.
 */
class DashboardJourneyIT extends PhoneJourney {

  static final List<String> KONG_PISEI =
      List.of(
          "050301", "050302", "050303", "050304", "050305", "050306", "050307", "050308", "050309",
          "050310", "050311", "050312");

  @Test
  void thePolicymakerSeesTheRecurringProblemFirstWithItsPartsDrillsDownAndExports()
      throws Exception {
    var nssf =
        RecurringFixture.create(
            "មន្ទីរពេទ្យបដិសេធប័ណ្ណ ប.ស.ស. របស់កម្មករ",
            "Hospitals refuse the workers' NSSF card",
            "NSSF_HEALTH_WORKERS",
            KONG_PISEI,
            60,
            40);
    RecurringFixture.create(
        "ប្រាក់សោធននិវត្តន៍មកយឺត",
        "The NSSF pension is paid late",
        "NSSF_PENSION",
        List.of("120109", "120110"),
        80,
        10);
    var login = Fixtures.newPhone();
    Fixtures.grant(Fixtures.member(login, "អ្នករៀបចំគោលនយោបាយ", "12010101"), "POLICYMAKER", null);

    logIn(login);
    browser.findElement(By.id("dashboard-link")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d -> {
              if (d.findElement(By.id("ranking:rows")).getText().contains("១២ ឃុំ ក្នុង ១ ខេត្ត")) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });

    new Select(browser.findElement(By.id("filters:province"))).selectByValue("05");
    new Select(browser.findElement(By.id("filters:category"))).selectByValue("nssf-health-workers");
    browser.findElement(By.id("filters:apply")).click();
    waitFor(ExpectedConditions.urlContains("place=05"));
    assertThat(browser.getCurrentUrl()).contains("category=nssf-health-workers");

    var titles = titles();
    assertThat(titles.get(0)).isEqualTo("មន្ទីរពេទ្យបដិសេធប័ណ្ណ ប.ស.ស. របស់កម្មករ");
    assertThat(titles).doesNotContain("ប្រាក់សោធននិវត្តន៍មកយឺត");
    var first = browser.findElements(By.cssSelector("#ranking\\:rows tbody tr")).get(0).getText();
    // 12 authors and 60 voters; 12 communes of one province; none resolved; raised 40 days ago
    assertThat(first)
        .contains(
            "មនុស្ស ៧២ នាក់",
            "១២ ឃុំ ក្នុង ១ ខេត្ត",
            "១០០% មិនទាន់ដោះស្រាយ",
            "រង់ចាំ ៤០ ថ្ងៃ",
            "កំពុងកើនឡើង");
    assertThat(first).contains("បញ្ហា ១២");
    Browser.screenshot(browser, "journey5-1-dashboard-km");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('charts:over-time').scrollIntoView()");
    Browser.screenshot(browser, "journey5-1b-charts-km");

    // the export of this view holds the same rows, in the same order
    var href = browser.findElement(By.id("export-csv")).getAttribute("href");
    var cookies =
        browser.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    var csv =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    var records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body().substring(1)))
            .getRecords();
    var exported = records.stream().map(r -> r.get(3)).toList();
    assertThat(exported.subList(0, titles.size())).isEqualTo(titles);
    assertThat(records.get(0).get("id")).isEqualTo(Long.toString(nssf.groupId()));
    assertThat(records.get(0).get("មនុស្សរងផលប៉ះពាល់")).isEqualTo("72");

    // drill down: the twelve problems behind the row
    browser.findElements(By.cssSelector("#ranking\\:rows a.ranked-title")).get(0).click();
    waitFor(ExpectedConditions.presenceOfElementLocated(By.id("behind")));
    assertThat(browser.findElements(By.cssSelector("#behind li"))).hasSize(12);
    assertThat(browser.findElement(By.id("recurring-parts")).getText()).contains("មនុស្ស ៧២ នាក់");
    // the map: a dot for each of the twelve communes, drawn without any tile server
    assertThat(browser.findElements(By.cssSelector("#map circle.report-dot"))).hasSize(12);
    // with the country's outline, and each province's count written on it
    assertThat(browser.findElements(By.cssSelector("#map path.country"))).hasSize(1);
    assertThat(
            browser.findElements(By.cssSelector("#map text.province-count")).stream()
                .map(e -> e.getDomProperty("textContent").strip())
                .toList())
        .isNotEmpty()
        .allMatch(count -> count.matches("[០-៩]+"));
    Browser.screenshot(browser, "journey5-2-drill-down-km");
    browser.findElements(By.cssSelector("#behind a.problem-title")).get(0).click();
    waitFor(ExpectedConditions.urlContains("/problem/"));
    assertThat(nssf.problems())
        .contains(Long.parseLong(browser.getCurrentUrl().replaceAll(".*/problem/(\\d+).*", "$1")));
  }

  private static List<String> titles() {
    return browser.findElements(By.cssSelector("#ranking\\:rows a.ranked-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  static String url(String path) {
    return VedikaServer.url(path);
  }
}
