package org.vedika.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vedika.testing.Browser;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;

/** A citizen on a phone, in Khmer, finds their way from the home page down to a village. */
class PlaceJourneyIT extends PhoneJourney {

  @Test
  void walksDownFromTheProvinceToAVillageInKhmer() {
    browser.get(VedikaServer.url("/"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("km");
    Browser.screenshot(browser, "place-1-home-km");

    browser.findElement(By.cssSelector("a[href='/place/05']")).click();
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("ខេត្តកំពង់ស្ពឺ");

    browser.findElement(By.cssSelector("a[href='/place/0507']")).click();
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("ស្រុកសំរោងទង");

    browser.findElement(By.cssSelector("a[href='/place/050701']")).click();
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("ឃុំរលាំងចក");
    assertThat(browser.findElement(By.id("breadcrumbs")).getText())
        .contains("ខេត្តកំពង់ស្ពឺ", "ស្រុកសំរោងទង");
    assertThat(browser.findElement(By.id("forum")).isDisplayed()).isTrue();
    Browser.screenshot(browser, "place-2-commune-km");

    browser.findElement(By.cssSelector("a[href='/place/05070101']")).click();
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("ភូមិអំពិលផ្អែម");
    assertKhmerFontRenders();
  }

  @Test
  void findsAPlaceAsTheCitizenTypes() {
    browser.get(VedikaServer.url("/"));
    browser.findElement(By.id("finder-text")).sendKeys("រលាំងចក");

    var suggestion =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#finder-suggestions li[data-code='050701']")));
    assertThat(suggestion.getText()).contains("ឃុំរលាំងចក", "ស្រុកសំរោងទង");
    Browser.screenshot(browser, "place-3-finder-km");

    suggestion.findElement(By.tagName("a")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/place/050701"));
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("ឃុំរលាំងចក");
  }

  @Test
  void switchesToEnglishAndRemembersIt() {
    browser.get(VedikaServer.url("/place/0507"));
    browser.findElement(By.id("language-switch")).click();

    assertThat(browser.getCurrentUrl()).endsWith("/place/0507");
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Samraong Tong District");
    browser.get(VedikaServer.url("/"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    Browser.screenshot(browser, "place-4-home-en");

    browser.findElement(By.id("language-switch")).click();
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("km");
  }

  /** The page's own Khmer web font is loaded and used: no boxes in place of letters. */
  private static void assertKhmerFontRenders() {
    var js = (JavascriptExecutor) browser;
    Object loaded =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => done(document.fonts.check('16px \"Noto Sans Khmer\"', 'ក')"
                + " && [...document.fonts].some(f => f.family.includes('Noto Sans Khmer') && f.status === 'loaded')));");
    assertThat(loaded).isEqualTo(true);
  }
}
