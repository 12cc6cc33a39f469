package org.vedika.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * The dashboard over HTTP: who may read it, freshness (a vote shows within a minute; here the
 * aggregation runs every 2 s), hidden problems never count, and the JSON API. Communes 0504xx
 * belong to this test.
 */
@ExtendWith(VedikaServer.class)
class DashboardIT {

  static final String CATEGORY = "DISABILITY_ALLOWANCE";

  @Test
  void aCitizenCannotOpenTheDashboardNorItsApi() {
    var citizen = Fixtures.withRole("citizen", "05070101", "CITIZEN", "05070101");
    assertThat(citizen.get("/dashboard").statusCode()).isEqualTo(403);
    assertThat(citizen.get("/api/dashboard/recurring").statusCode()).isEqualTo(403);
    assertThat(citizen.get("/api/dashboard/recurring.csv").statusCode()).isEqualTo(403);
    var moderator = Fixtures.withRole("moderator", "05070101", "MODERATOR", "05");
    assertThat(moderator.get("/dashboard").statusCode()).isEqualTo(403);
    var anonymous = new WebSession();
    assertThat(anonymous.get("/api/dashboard/recurring").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/dashboard").uri().getPath()).isEqualTo("/login");
  }

  @Test
  void aProvincialPolicymakerSeesOnlyTheirProvince() {
    RecurringFixture.create(
        "ប្រាក់ជនពិការមិនទាន់បើក",
        "Disability allowance not paid",
        CATEGORY,
        List.of("050401", "050402", "120109"),
        3,
        5);
    var policymaker = Fixtures.withRole("policymaker", "05070101", "POLICYMAKER", "05");
    var page = policymaker.get("/dashboard");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("dashboard-scope");
    assertThat(policymaker.get("/dashboard?place=12").statusCode()).isEqualTo(403);
    assertThat(policymaker.get("/dashboard?place=").statusCode()).isEqualTo(200);
    assertThat(policymaker.get("/dashboard?place=0504").statusCode()).isEqualTo(200);
    assertThat(policymaker.get("/api/dashboard/recurring?place=12").statusCode()).isEqualTo(403);
    assertThat(policymaker.get("/api/dashboard/recurring?place=1201").statusCode()).isEqualTo(403);
    assertThat(policymaker.get("/api/dashboard/recurring?place=x'").statusCode()).isEqualTo(400);
    assertThat(policymaker.get("/dashboard/problems?place=12").statusCode()).isEqualTo(403);
    // the province's row counts the province's problems only: 2 communes, not 3 (a run of the
    // aggregation may fall between the fixture's inserts and show 1 for a while: wait for both)
    var row =
        waitForRow(
            policymaker,
            "/api/dashboard/recurring?category=disability-allowance",
            r ->
                r.getString("titleEn").equals("Disability allowance not paid")
                    && r.getInt("communes") >= 2);
    assertThat(row.getInt("communes")).isEqualTo(2);
    assertThat(row.getInt("provinces")).isEqualTo(1);
    assertThat(row.getInt("problems")).isEqualTo(2);
  }

  @Test
  void aNewVoteShowsWithinAMinuteAndHiddenProblemsNeverCount() {
    var group =
        RecurringFixture.create(
            "ប្រាក់គ្រួសារមកយឺត",
            "Family Package money late",
            "FAMILY_PACKAGE_OTHER",
            List.of("050403", "050404", "050405"),
            4,
            20);
    var policymaker = Fixtures.withRole("policymaker", "05070101", "POLICYMAKER", null);
    var api = "/api/dashboard/recurring?place=0504&category=family-package-other";
    var before =
        waitForRow(
            policymaker,
            api,
            r -> r.getInt("id") == group.groupId() && r.getInt("people") == 3 + 4);
    assertThat(before.getString("kind")).isEqualTo("recurring");
    assertThat(before.getInt("communes")).isEqualTo(3);
    assertThat(before.getString("trend")).isIn("RISING", "STEADY");

    // a citizen votes through the page: the dashboard counts them within a minute
    var citizen = Fixtures.withRole("citizen", "05070101", "CITIZEN", "05070101");
    citizen.get("/problem/" + group.problems().get(0));
    citizen.submit("vote", "cast", java.util.Map.of());
    assertThat(
            Fixtures.count("SELECT vote_count FROM problem WHERE id = ?", group.problems().get(0)))
        .isEqualTo(5);
    waitForRow(
        policymaker,
        api,
        r -> r.getInt("id") == group.groupId() && r.getInt("people") == 3 + 4 + 1);

    // a moderator hides one problem: its commune and author no longer count
    Fixtures.execute(
        "UPDATE problem SET moderation = 'HIDDEN' WHERE id = " + group.problems().get(2));
    var after =
        waitForRow(
            policymaker, api, r -> r.getInt("id") == group.groupId() && r.getInt("communes") == 2);
    assertThat(after.getInt("people")).isEqualTo(2 + 4 + 1);
    assertThat(after.getInt("problems")).isEqualTo(2);
    // and the CSV holds the same row
    var csv =
        policymaker.get(
            "/api/dashboard/recurring.csv?place=0504&category=family-package-other&lang=en");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("Family Package money late").contains("People affected");
  }

  @Test
  void theCsvNamesPlacesAndHeadsEachColumnOnce() throws java.io.IOException {
    var author = Fixtures.member(Fixtures.newPhone(), "CSV author", "05040301");
    var problem =
        Fixtures.problem(author, "05040301", "LOCAL_SERVICE_INFO", "CSV: office closed on Monday");
    var policymaker = Fixtures.withRole("policymaker", "05070101", "POLICYMAKER", "05");
    var api = "/api/dashboard/recurring?place=0504&category=local-service-info&limit=1000";
    waitForRow(
        policymaker, api, r -> r.getInt("id") == problem && "problem".equals(r.getString("kind")));
    for (var lang : List.of("km", "en")) {
      var csv =
          policymaker
              .get(
                  "/api/dashboard/recurring.csv?place=0504&category=local-service-info&lang="
                      + lang)
              .body();
      var records =
          org.apache.commons.csv.CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .get()
              .parse(new StringReader(csv.substring(1)));
      var headers = records.getHeaderNames();
      assertThat(headers).as(lang + " headers").doesNotHaveDuplicates();
      var row =
          records.getRecords().stream()
              .filter(r -> r.get("id").equals(String.valueOf(problem)))
              .findFirst()
              .orElseThrow();
      var place = row.get(4);
      var code = row.get(5);
      assertThat(code).isEqualTo("05040301");
      assertThat(place)
          .as("the place named in " + lang)
          .isEqualTo(
              lang.equals("km")
                  ? Fixtures.text(
                      "SELECT CONCAT(v.type_km, v.name_km, ' · ', c.type_km, c.name_km, ' · ',"
                          + " d.type_km, d.name_km, ' · ', p.type_km, p.name_km) FROM place v"
                          + " JOIN place c ON c.code = '050403' JOIN place d ON d.code = '0504'"
                          + " JOIN place p ON p.code = '05' WHERE v.code = '05040301'")
                  : Fixtures.text(
                      "SELECT CONCAT(v.name_latin, ' Village · ', c.name_latin, ' Commune · ',"
                          + " d.name_latin, ' District · ', p.name_latin, ' Province') FROM place v"
                          + " JOIN place c ON c.code = '050403' JOIN place d ON d.code = '0504'"
                          + " JOIN place p ON p.code = '05' WHERE v.code = '05040301'"));
      assertThat(row.get(1)).isEqualTo(lang.equals("km") ? "បញ្ហាមួយ" : "One problem");
    }
  }

  @Test
  void theResponseChartHasAnAxisForEachUnit() {
    var policymaker = Fixtures.withRole("policymaker", "05070101", "POLICYMAKER", "05");
    var page = policymaker.get("/dashboard?place=05").body();
    var response = page.substring(page.indexOf("\"yAxisID\":\"hours\""));
    assertThat(response)
        .as("hours on one axis, the share on another, from 0 to 100")
        .contains("\"yAxisID\":\"share\"")
        .containsPattern("\"hours\":\\{\"type\":\"linear\",\"position\":\"left\"")
        .containsPattern(
            "\"share\":\\{\"type\":\"linear\",\"position\":\"right\",\"min\":0,\"max\":100");
  }

  @Test
  void theChartsFiguresLeadToTheProblemsBehindThem() {
    var group =
        RecurringFixture.create(
            "គ្រោះថ្នាក់ការងារមិនទទួលស្គាល់",
            "Work accidents not recognised",
            "EMPLOYMENT_INJURY",
            List.of("050401", "050402"),
            1,
            0);
    var month = java.time.YearMonth.parse(Fixtures.text("SELECT DATE_FORMAT(NOW(), '%Y-%m')"));
    var policymaker = Fixtures.withRole("policymaker", "05070101", "POLICYMAKER", "05");
    var view = "/dashboard?place=0504&category=employment-injury";
    var behind = "/dashboard/problems?place=0504&category=employment-injury&month=" + month;
    // the over-time figures link each month to its problems; the places figures to each commune
    var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    var page = policymaker.get(view).body();
    while (!page.contains("href=\"/place/050402\"") && System.nanoTime() < deadline) {
      page = policymaker.get(view).body();
    }
    assertThat(page)
        .contains(
            "href=\"" + behind.replace("&", "&amp;") + "\"",
            "href=\"/place/050401\"",
            "href=\"/place/050402\"");
    var problems = policymaker.get(behind);
    assertThat(problems.statusCode()).isEqualTo(200);
    assertThat(problems.body())
        .as("the people each problem affects, in Khmer digits, as the problem's page says it")
        .containsPattern("[១-៩][០-៩]* នាក់ជួបបញ្ហានេះ")
        .doesNotContain("អ្នករងផលប៉ះពាល់");
    for (var problem : group.problems()) {
      assertThat(problems.body()).contains("href=\"/problem/" + problem + "\"");
    }
    // another category's or another month's problems are not behind it
    assertThat(policymaker.get(behind.replace("employment-injury", "nssf-pension")).body())
        .doesNotContain("href=\"/problem/" + group.problems().get(0) + "\"");
    assertThat(
            policymaker
                .get(behind.replace(month.toString(), month.minusMonths(2).toString()))
                .body())
        .doesNotContain("href=\"/problem/" + group.problems().get(0) + "\"");
    // the open problems are behind the unresolved view, not the resolved one
    assertThat(policymaker.get(behind + "&status=unresolved").body())
        .contains("href=\"/problem/" + group.problems().get(0) + "\"");
    assertThat(policymaker.get(behind + "&status=resolved").body())
        .doesNotContain("href=\"/problem/" + group.problems().get(0) + "\"");
    assertThat(policymaker.get("/dashboard/problems?month=13-2026").statusCode()).isEqualTo(400);
  }

  @Test
  void noRunWhileAnotherNodeHoldsTheAggregationLock() throws Exception {
    try (var connection = VedikaServer.database().connect()) {
      try (var lock = connection.prepareStatement("SELECT GET_LOCK('vedika.dashboard', 10)");
          var taken = lock.executeQuery()) {
        taken.next();
        assertThat(taken.getInt(1)).as("the lock, as another node would hold it").isEqualTo(1);
      }
      var before =
          Fixtures.text("SELECT CAST(last_started AS CHAR) FROM dashboard_refresh WHERE id = 1");
      Thread.sleep(5_000); // two or three turns of the 2-second schedule
      assertThat(
              Fixtures.text(
                  "SELECT CAST(last_started AS CHAR) FROM dashboard_refresh WHERE id = 1"))
          .as("no run while the lock is held")
          .isEqualTo(before);
    } // the connection closes: the lock is released
    var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    var started =
        Fixtures.text("SELECT CAST(last_started AS CHAR) FROM dashboard_refresh WHERE id = 1");
    var before = started;
    while (started.equals(before) && System.nanoTime() < deadline) {
      Thread.sleep(250);
      started =
          Fixtures.text("SELECT CAST(last_started AS CHAR) FROM dashboard_refresh WHERE id = 1");
    }
    assertThat(started).as("runs again once the lock is free").isNotEqualTo(before);
  }

  @Test
  void theApiIsInTheOpenApiDocument() {
    var openapi = new WebSession().get("/openapi");
    assertThat(openapi.body()).contains("/api/dashboard/recurring").contains("RankedRow");
  }

  /** Polls the API until a row matches (the aggregation runs every 2 s in tests): at most 30 s. */
  static JsonObject waitForRow(WebSession session, String path, Predicate<JsonObject> wanted) {
    var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonArray rows = null;
    while (System.nanoTime() < deadline) {
      var response = session.get(path);
      assertThat(response.statusCode()).isEqualTo(200);
      rows = Json.createReader(new StringReader(response.body())).readArray();
      var found = rows.getValuesAs(JsonObject.class).stream().filter(wanted).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("No such row within 30 s; last: " + rows);
  }
}
