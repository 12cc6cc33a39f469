package org.vedika.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, headless, the size of a common Android phone. No downloads.
 */
public final class Browser {

  public static final int PHONE_WIDTH = 390;
  public static final int PHONE_HEIGHT = 844;

  private Browser() {}

  public static WebDriver phone() {
    return phone(true);
  }

  /**
   * A phone's browser with JavaScript switched off (as on the cheapest phones, or to save data).
   */
  public static WebDriver phoneWithoutJavaScript() {
    return phone(false);
  }

  private static WebDriver phone(boolean javaScript) {
    try {
      var service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
              .usingAnyFreePort()
              .build();
      var options = new ChromeOptions();
      options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--hide-scrollbars",
          "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT,
          "--user-data-dir=" + Files.createTempDirectory("vedika-chromium"));
      if (!javaScript) {
        options.setExperimentalOption(
            "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
      }
      var driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves a PNG of the current page as {@code target/screenshots/<name>.png}. */
  public static Path screenshot(WebDriver driver, String name) {
    try {
      var folder = Path.of(System.getProperty("vedika.screenshots", "target/screenshots"));
      Files.createDirectories(folder);
      var shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      return Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
