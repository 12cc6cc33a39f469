package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.vedika.dashboard.RecurringFixtures;
import org.vedika.testing.Fixtures;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;

/**
 * axe-core (Deque's build, bundled in its Selenium integration) on every page, in Khmer and in
 * English, signed out and signed in as each role that has pages of its own: no serious or critical
 * violation of WCAG 2.1 A/AA. Commune 070301 belongs to this test.
 */
class AccessibilityIT extends PhoneJourney {

  static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @Test
  void everyPageInBothLanguagesHasNoSeriousViolation() {
    var author = Fixtures.member(Fixtures.newPhone(), "អ្នកសរសេរ", "07030101");
    var problem = Fixtures.problem(author, "07030101", "HEF_HEALTH_CARE", "មណ្ឌលសុខភាពសុំលុយ axe");
    Fixtures.execute(
        "INSERT INTO reply (problem_id, author_id, body) VALUES ("
            + problem
            + ", "
            + author
            + ", 'ខ្ញុំក៏ជួបដូចគ្នា')");
    var group = RecurringFixtures.group(problem);
    // its reply is the solution (shown under the problem), marked helpful once
    Fixtures.execute(
        "UPDATE problem SET solution_id = (SELECT MIN(id) FROM reply WHERE problem_id = "
            + problem
            + "), solved_at = NOW(3) WHERE id = "
            + problem);
    Fixtures.execute("UPDATE reply SET helpful_count = 1 WHERE problem_id = " + problem);
    Fixtures.pagesChanged();
    // a guide of its category, with a version waiting for a second person
    var guide =
        Fixtures.guide(
            author,
            author,
            "hef-health-care",
            "មូលនិធិសមធម៌ axe",
            "**ជាមុនសិន** បង្ហាញប័ណ្ណ។\n\n- មួយ\n- ពីរ",
            "Health Equity Fund axe");
    Fixtures.execute(
        "INSERT INTO guide_version (guide_id, number, category, title_km, title_en, body_km,"
            + " body_en, sources, checked_on, change_note, written_by) SELECT guide_id, 2,"
            + " category, title_km, title_en, CONCAT(body_km, '\n- បី'), body_en, sources,"
            + " checked_on, 'A third point', written_by FROM guide_version WHERE guide_id = "
            + guide);

    var signedOut =
        List.of(
            "/",
            "/place/07",
            "/place/070301",
            "/place/07030101",
            "/problem/" + problem,
            "/search?q=" + "%E1%9E%98%E1%9E%8E%E1%9F%92%E1%9E%8C%E1%9E%9B",
            "/find?q=kampot",
            "/login",
            "/signup",
            "/forgot",
            "/privacy",
            "/answered?commune=070301",
            "/left",
            "/reset",
            "/reset?token=no-such-link",
            "/place/070301?sort=solved",
            "/guides",
            "/guide/" + guide,
            "/about",
            "/no-such-page");
    var violations = new ArrayList<String>();
    for (var language : List.of("km", "en")) {
      language(language);
      signedOut.forEach(path -> violations.addAll(check(path)));
    }

    var citizen = Fixtures.newPhone();
    Fixtures.member(citizen, "ពលរដ្ឋ", "07030101");
    var official = Fixtures.newPhone();
    Fixtures.grant(Fixtures.member(official, "មេឃុំ", "07030101"), "OFFICIAL", "070301");
    var moderator = Fixtures.newPhone();
    Fixtures.grant(Fixtures.member(moderator, "អ្នកសម្របសម្រួល", "07030101"), "MODERATOR", "0703");
    var policymaker = Fixtures.newPhone();
    Fixtures.grant(
        Fixtures.member(policymaker, "អ្នកធ្វើគោលនយោបាយ", "07030101"), "POLICYMAKER", null);
    var signedIn =
        List.of(
            List.of(
                citizen,
                "/raise?place=07030101",
                "/raise?place=07030101&topic=hef-health-care",
                "/profile",
                "/leave",
                "/notifications",
                "/problem/" + problem,
                "/report?problem=" + problem),
            List.of(
                official,
                "/inbox",
                "/workshop-plan?commune=070301",
                "/problem/" + problem,
                "/assist?login=" + citizen,
                "/guides",
                "/guide/" + guide,
                "/guide/" + guide + "?version=1",
                "/guide-edit?id=" + guide),
            List.of(
                moderator,
                "/moderation",
                "/moderation-log",
                "/review?problem=" + problem,
                "/recurring-suggestions"),
            List.of(
                policymaker,
                "/dashboard",
                "/dashboard?place=07",
                "/recurring/" + group,
                "/dashboard/problems?place=07&category=hef-health-care"));
    for (var language : List.of("km", "en")) {
      for (var pages : signedIn) {
        browser.manage().deleteAllCookies();
        logIn(pages.get(0));
        language(language);
        pages.subList(1, pages.size()).forEach(path -> violations.addAll(check(path)));
      }
    }
    assertThat(violations).as("serious or critical axe violations").isEmpty();
  }

  /** The check itself: an image without a text alternative, planted in a page, is reported. */
  @Test
  void theCheckFindsAPlantedViolation() {
    language("km");
    browser.get(VedikaServer.url("/about"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector('main, body').insertAdjacentHTML('beforeend', '<img src=\"x.png\">')");
    var results = new AxeBuilder().withTags(WCAG).analyze(browser);
    assertThat(results.getViolations())
        .anySatisfy(v -> assertThat(v.getId()).isEqualTo("image-alt"));
  }

  private static void language(String tag) {
    browser.get(VedikaServer.url("/about"));
    browser.manage().addCookie(new Cookie("lang", tag));
  }

  private static List<String> check(String path) {
    browser.get(VedikaServer.url(path));
    var results = new AxeBuilder().withTags(WCAG).analyze(browser);
    var found = new ArrayList<String>();
    for (var violation : results.getViolations()) {
      if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
        var nodes =
            violation.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
        found.add(
            path
                + " ["
                + browser.manage().getCookieNamed("lang")
                + "] "
                + violation.getId()
                + " ("
                + violation.getImpact()
                + "): "
                + violation.getHelp()
                + " "
                + nodes);
      }
    }
    return found;
  }
}
