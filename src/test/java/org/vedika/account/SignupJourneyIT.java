package org.vedika.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.vedika.testing.Browser;
import org.vedika.testing.Fixtures;
import org.vedika.testing.KhmerText;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Sign-up without PrimeFaces (issue 19): on a phone the home village is picked from the place
 * finder's suggestions (picker.js, no library); without JavaScript the typed name finds the
 * village, or the villages of that name are offered to choose from.
 */
class SignupJourneyIT extends PhoneJourney {

  @Test
  void aPhoneSignsUpPickingTheVillageFromSuggestions() {
    browser.manage().deleteAllCookies();
    browser.get(VedikaServer.url("/signup"));
    assertThat(
            ((JavascriptExecutor) browser)
                .executeScript("return typeof window.jQuery === 'undefined'"))
        .as("no PrimeFaces' jQuery on the sign-up page")
        .isEqualTo(true);
    browser.findElement(By.id("signup:login")).sendKeys(Fixtures.newPhone());
    browser.findElement(By.id("signup:name")).sendKeys("Picker member");
    browser.findElement(By.id("signup:password")).sendKeys(Fixtures.PASSWORD);
    browser.findElement(By.id("signup:villageText")).sendKeys("Ampil Ph");
    var suggestion = By.cssSelector("#village-suggestions button[data-code='05070101']");
    waitFor(ExpectedConditions.elementToBeClickable(suggestion));
    Browser.screenshot(browser, "signup-village-picker");
    browser.findElement(suggestion).click();
    assertThat(browser.findElement(By.id("signup:village")).getDomProperty("value"))
        .isEqualTo("05070101");
    browser.findElement(By.id("signup:submit")).click();
    waitFor(ExpectedConditions.urlContains("/place/05070101"));
  }

  @Test
  void withoutJavaScriptTheTypedNameFindsTheVillageOrOffersTheChoice() {
    var unique = new WebSession();
    unique.get("/signup");
    unique.submit("signup", "submit", fields("Leak Anlung", "No-script member"));
    assertThat(unique.last().uri().getPath()).isEqualTo("/place/05070105");

    var several = new WebSession();
    several.get("/signup");
    several.submit("signup", "submit", fields("Thmei", "Choosing member"));
    var page = several.last().body();
    assertThat(page)
        .contains(KhmerText.km("account.village.choose"))
        .contains("id=\"village-choices\"");
    assertThat(page).contains("value=\"Choosing member\"");
    var first = page.replaceAll("(?s).*name=\"villageChoice\" value=\"(\\d{8})\".*", "$1");
    assertThat(first).matches("\\d{8}");
    several.submit(
        "signup", "submit", Map.of("villageChoice", first, "signup:password", Fixtures.PASSWORD));
    assertThat(several.last().uri().getPath()).isEqualTo("/place/" + first);

    var none = new WebSession();
    none.get("/signup");
    none.submit("signup", "submit", fields("Nowhere at all", "Lost member"));
    assertThat(none.last().body()).contains(KhmerText.km("account.village.notFound"));
    none.submit(
        "signup", "submit", Map.of("signup:villageText", "", "signup:password", Fixtures.PASSWORD));
    assertThat(none.last().body()).contains(KhmerText.km("account.village.required"));
  }

  private static Map<String, String> fields(String village, String name) {
    return Map.of(
        "signup:login",
        Fixtures.newPhone(),
        "signup:name",
        name,
        "signup:password",
        Fixtures.PASSWORD,
        "signup:villageText",
        village);
  }
}
