package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.vedika.testing.Fixtures;
import org.vedika.testing.PhoneJourney;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * The XSS corpus ({@code quality/xss-payloads.txt}, 107 payloads: script elements, event handlers,
 * {@code javascript:} and {@code data:} URLs, attribute and element breakouts, SVG and MathML,
 * encoded and obfuscated forms, EL and template syntax, Khmer around them) sent through the forms —
 * problem titles and descriptions, replies, a display name, a report's note, search, a guide's
 * CommonMark in both languages, its sources and change note — and then read in Chromium with a
 * page-side hook: {@code __xss}, {@code alert}, {@code confirm} and {@code prompt} record any call
 * before the page's own scripts run. None may be called, and every payload must be shown back as
 * the text that was typed (a guide's text is CommonMark, made HTML with the writer's own HTML shown
 * as text: its title is shown as typed, its body may not run). Commune 070303 belongs to this test.
 */
class XssCorpusIT extends PhoneJourney {

  static final String HOOK =
      "window.__xssHits = [];"
          + "window.__xss = function () { window.__xssHits.push(Array.from(arguments).join(',')); };"
          + "window.alert = window.confirm = window.prompt = window.__xss;";

  static List<String> payloads() {
    try (var in =
        Objects.requireNonNull(
            XssCorpusIT.class.getResourceAsStream("/quality/xss-payloads.txt"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noPayloadExecutesAndEveryOneIsShownAsText() {
    var payloads = payloads();
    assertThat(payloads).hasSizeGreaterThanOrEqualTo(100);
    var chunks = new ArrayList<List<String>>();
    for (var i = 0; i < payloads.size(); i += 22) {
      chunks.add(payloads.subList(i, Math.min(payloads.size(), i + 22)));
    }

    // through the forms: a problem per chunk (payload title, chunk body), a reply with the next
    // chunk
    var problems = new ArrayList<Long>();
    var sessions = new ArrayList<WebSession>();
    for (var i = 0; i < chunks.size(); i++) {
      var login = Fixtures.newPhone();
      var member = Fixtures.member(login, "xss " + i, "07030301");
      // established members: the writing limits of the first week do not slow the test down
      Fixtures.execute(
          "UPDATE member SET created_at = created_at - INTERVAL 60 DAY WHERE id = " + member);
      var session = new WebSession();
      Fixtures.logIn(session, login, Fixtures.PASSWORD);
      sessions.add(session);
      var title =
          chunks.get(i).stream()
              .filter(p -> p.length() >= 10 && p.length() <= 150)
              .findFirst()
              .orElseThrow();
      problems.add(
          Fixtures.raise(
              session, "07030301", title, String.join("\n", chunks.get(i)), "PAYMENT_DELIVERY"));
      var reply =
          session.submit(
              "reply",
              "send",
              Map.of("reply:text", String.join("\n", chunks.get((i + 1) % chunks.size()))));
      assertThat(reply.statusCode()).isEqualTo(200);
    }
    // a display name and a report's note
    sessions.get(0).get("/profile");
    sessions
        .get(0)
        .submit("profile", "save", Map.of("profile:name", "<img src=x onerror=__xss(900)>"));
    sessions.get(1).get("/report?problem=" + problems.get(0));
    sessions
        .get(1)
        .submit(
            "report",
            "send",
            Map.of(
                "report:reason", "OTHER", "report:note", payloads.get(0) + " " + payloads.get(3)));
    var moderator = Fixtures.newPhone();
    Fixtures.grant(Fixtures.member(moderator, "xss moderator", "07030301"), "MODERATOR", "0703");

    // a guide written with the payloads in its CommonMark (both languages and its sources),
    // published by a second official: made HTML, none may run
    var writer = Fixtures.newPhone();
    Fixtures.grant(Fixtures.member(writer, "xss guide writer", "07030301"), "OFFICIAL", "070303");
    var writing = new WebSession();
    Fixtures.logIn(writing, writer, Fixtures.PASSWORD);
    writing.get("/guide-edit");
    var guideTitle =
        payloads.stream().filter(p -> p.length() >= 10 && p.length() <= 150).skip(1).findFirst();
    var guideFields = new java.util.HashMap<String, String>();
    guideFields.put("guide:category", "PAYMENT_DELIVERY");
    guideFields.put("guide:titleKm", guideTitle.orElseThrow());
    guideFields.put("guide:bodyKm", String.join("\n\n", chunks.get(0)));
    guideFields.put("guide:titleEn", "xss guide");
    guideFields.put("guide:bodyEn", String.join("\n", chunks.get(1)));
    guideFields.put("guide:sources", String.join("\n", chunks.get(2)));
    guideFields.put(
        "guide:checkedOn", java.time.LocalDate.now(java.time.ZoneOffset.ofHours(7)).toString());
    guideFields.put("guide:changeNote", payloads.get(5));
    writing.submit("guide", "save", guideFields);
    var guidePath = writing.last().uri().getPath();
    assertThat(guidePath).startsWith("/guide/");
    var publisher = Fixtures.newPhone();
    Fixtures.grant(
        Fixtures.member(publisher, "xss guide publisher", "07030301"), "OFFICIAL", "070303");
    var publishing = new WebSession();
    Fixtures.logIn(publishing, publisher, Fixtures.PASSWORD);
    publishing.get(guidePath);
    publishing.submit("publish", "submit", Map.of());

    // the first problem's first reply is its solution: its text shows under the problem too
    Fixtures.execute(
        "UPDATE problem SET solution_id = (SELECT MIN(id) FROM reply WHERE problem_id = "
            + problems.get(0)
            + "), solved_at = NOW(3) WHERE id = "
            + problems.get(0));
    Fixtures.pagesChanged();

    ((HasCdp) browser)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    browser.manage().deleteAllCookies();
    var shown = new StringBuilder();
    for (var problem : problems) {
      shown.append(read("/problem/" + problem));
    }
    read("/place/070303");
    read("/place/07030301");
    for (var payload : List.of(payloads.get(0), payloads.get(3), payloads.get(33))) {
      read("/search?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
      read("/api/problems?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
      read("/search?solved=1&q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
      read("/reset?token=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
    }
    var guideText = read(guidePath);
    assertThat(guideText).as("the guide's title as text").contains(guideTitle.orElseThrow());
    read("/guides");
    logIn(publisher);
    read(guidePath); // its versions, with what each changed, for writers
    browser.manage().deleteAllCookies();
    logIn(moderator);
    var review = read("/review?problem=" + problems.get(0));
    assertThat(review).contains(payloads.get(0) + " " + payloads.get(3));

    var text = shown.toString();
    for (var payload : payloads) {
      assertThat(text).as("shown as text").contains(payload);
    }
    assertThat(text).contains("<img src=x onerror=__xss(900)>");
  }

  /** The hook itself: a payload that does execute is recorded. */
  @Test
  void theHookSeesAPayloadThatRuns() throws InterruptedException {
    ((HasCdp) browser)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    browser.get(VedikaServer.url("/about"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=__xss(7)>')");
    Thread.sleep(300);
    assertThat(
            String.valueOf(
                ((JavascriptExecutor) browser).executeScript("return window.__xssHits.join(';')")))
        .isEqualTo("7");
  }

  /** Opens a page, lets its scripts and events run, requires no hook call; returns its text. */
  private static String read(String path) {
    browser.get(VedikaServer.url(path));
    try {
      Thread.sleep(300); // onerror, onload and autofocus handlers fire after the load
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    var hits = ((JavascriptExecutor) browser).executeScript("return window.__xssHits || []");
    assertThat((List<?>) hits).as("script run by a payload on " + path).isEmpty();
    return browser.findElement(By.tagName("body")).getText();
  }
}
