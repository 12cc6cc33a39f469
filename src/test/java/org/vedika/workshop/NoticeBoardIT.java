package org.vedika.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chromium.HasCdp;
import org.vedika.testing.Fixtures;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;

/**
 * Paper for the notice board (issue 20, item 8): a guide, a planned workshop and a commune's "what
 * was answered this quarter" print on one A4 page in Khmer, with a QR code that reads back as the
 * page's own address. Printed by Chromium itself (DevTools' printToPDF), the QR code read from a
 * screenshot of the page as printed (zxing).
 */
class NoticeBoardIT extends PhoneJourney {

  private static final String VILLAGE = "17060101";
  private static final String COMMUNE = "170601";

  @Test
  void aWorkshopPrintsOnOnePageWithAQrCodeBackToIt() throws Exception {
    var official = Fixtures.member(Fixtures.newPhone(), "មេឃុំ", VILLAGE);
    var problems = new long[6];
    for (var i = 0; i < problems.length; i++) {
      problems[i] =
          Fixtures.problem(
              official,
              VILLAGE,
              "HEF_HEALTH_CARE",
              "មណ្ឌលសុខភាពសុំលុយពីអ្នកកាន់ប័ណ្ណសមធម៌ លេខ " + (i + 1));
    }
    var workshop =
        Fixtures.insert(
            "INSERT INTO workshop (commune_code, starts_at, venue, topic, organiser_id)"
                + " VALUES (?, NOW(3) + INTERVAL 5 DAY, 'សាលាឃុំ', 'ប័ណ្ណសមធម៌ និងមណ្ឌលសុខភាព', ?)",
            COMMUNE,
            official);
    for (var i = 0; i < problems.length; i++) {
      Fixtures.insert(
          "INSERT INTO workshop_item (workshop_id, problem_id, position) VALUES (?, ?, ?)",
          workshop,
          problems[i],
          i + 1);
    }
    var path = "/workshop/" + workshop;
    browser.get(VedikaServer.url(path));
    assertThat(browser.findElement(By.id("print")).getText())
        .isEqualTo("បោះពុម្ពសម្រាប់ក្តារព័ត៌មាន");
    assertPrintsOnOneA4Page("notice-workshop-km");
    assertThat(qrCode("notice-workshop-km")).isEqualTo(publicUrl(path));
  }

  @Test
  void whatTheCommuneAnsweredThisQuarterPrintsOnOnePage() throws Exception {
    var author = Fixtures.member(Fixtures.newPhone(), "អ្នកសរសេរ", VILLAGE);
    var chief = Fixtures.member(Fixtures.newPhone(), "លោក មេឃុំ", VILLAGE);
    for (var i = 0; i < 12; i++) {
      var problem =
          Fixtures.problem(
              author, VILLAGE, "NSSF_HEALTH_WORKERS", "មន្ទីរពេទ្យមិនទទួលប័ណ្ណ ប.ស.ស. លើកទី " + i);
      Fixtures.execute(
          "INSERT INTO reply (problem_id, author_id, body, official) VALUES ("
              + problem
              + ", "
              + chief
              + ", 'សូមយកវិក្កយបត្រមកការិយាល័យឃុំនៅថ្ងៃពុធ។ យើងនឹងបញ្ជូនទៅ ប.ស.ស. ខេត្ត"
              + " ហើយនឹងប្រាប់លទ្ធផលនៅក្នុងកិច្ចប្រជុំលើកក្រោយ។', TRUE)");
      Fixtures.execute(
          "UPDATE problem SET answered_at = NOW(3), reply_count = 1 WHERE id = " + problem);
    }
    Fixtures.pagesChanged();
    browser.get(VedikaServer.url("/place/" + COMMUNE));
    browser.findElement(By.id("answered-link")).click();
    assertThat(browser.findElement(By.id("answered")).getText())
        .contains("មន្ទីរពេទ្យមិនទទួលប័ណ្ណ")
        .contains("លោក មេឃុំ");
    assertThat(browser.findElement(By.id("answered-more")).isDisplayed()).isTrue();
    var address = browser.getCurrentUrl();
    var expected = qrCode("notice-answered-km");
    assertPrintsOnOneA4Page("notice-answered-km");
    assertThat(expected).startsWith(publicUrl("/answered?commune=" + COMMUNE + "&quarter="));
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    var printedPage = expected.substring(expected.indexOf("/answered"));
    assertThat(new org.vedika.testing.WebSession().get(printedPage).statusCode()).isEqualTo(200);
  }

  @Test
  void theLongestDemoGuidePrintsOnOnePage() throws Exception {
    // the demo guides' longest Khmer text, with its sources, as a guide of its own
    var file =
        new String(
            java.util.Objects.requireNonNull(getClass().getResourceAsStream("/demo/guides.md"))
                .readAllBytes(),
            StandardCharsets.UTF_8);
    String longest = "";
    String sources = "";
    for (var guide : file.split("@@@ guide")) {
      var km = guide.indexOf("@@ km");
      var en = guide.indexOf("@@ en");
      var from = guide.indexOf("@@ sources");
      if (km > 0 && en > km && guide.substring(km, en).length() > longest.length()) {
        longest = guide.substring(km + "@@ km".length(), en).strip();
        sources = guide.substring(from + "@@ sources".length(), km).strip();
      }
    }
    var writer = Fixtures.member(Fixtures.newPhone(), "អ្នកសរសេរ", VILLAGE);
    var guide =
        Fixtures.guide(writer, writer, "family-package-other", "មគ្គុទ្ទេសក៍ ក្រដាស", longest, "");
    Fixtures.execute(
        "UPDATE guide_version SET sources = '"
            + sources.replace("'", "''")
            + "' WHERE guide_id = "
            + guide);
    var path = "/guide/" + guide;
    browser.get(VedikaServer.url(path));
    assertThat(browser.findElement(By.id("guide-body")).getText())
        .hasSizeGreaterThan(longest.length() / 2);
    assertPrintsOnOneA4Page("notice-guide-km");
    assertThat(qrCode("notice-guide-km")).isEqualTo(publicUrl(path));
  }

  /** The address readers use (the test server's VEDIKA_PUBLIC_URL names 127.0.0.1). */
  private static String publicUrl(String path) {
    return VedikaServer.url(path).replace("//localhost:", "//127.0.0.1:");
  }

  /** Chromium prints the page as it would on paper: one A4 sheet. */
  private static void assertPrintsOnOneA4Page(String name) throws Exception {
    var printed =
        ((HasCdp) browser)
            .executeCdpCommand(
                "Page.printToPDF",
                Map.of(
                    "paperWidth",
                    8.27,
                    "paperHeight",
                    11.69,
                    "preferCSSPageSize",
                    true,
                    "printBackground",
                    false));
    var pdf = Base64.getDecoder().decode((String) printed.get("data"));
    var folder =
        java.nio.file.Path.of(System.getProperty("vedika.screenshots", "target/screenshots"));
    Files.createDirectories(folder);
    var file = folder.resolve(name + ".pdf");
    Files.write(file, pdf);
    var text = new String(pdf, StandardCharsets.ISO_8859_1);
    var pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
    assertThat(pages).as("pages printed (" + file + ")").isEqualTo(1);
  }

  /** The page as printed, at A4's width: its QR code, read back. */
  private static String qrCode(String name) throws Exception {
    var cdp = (HasCdp) browser;
    cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      var size = browser.manage().window().getSize();
      browser.manage().window().setSize(new Dimension(794, 1123));
      org.vedika.testing.Browser.screenshot(browser, name + "-as-printed");
      var qr = browser.findElement(By.cssSelector(".notice-qr .qr"));
      var png = qr.getScreenshotAs(OutputType.BYTES);
      browser.manage().window().setSize(size);
      var image = ImageIO.read(new ByteArrayInputStream(png));
      var pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      var bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      return new QRCodeReader()
          .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } finally {
      cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }
}
