package org.vedika.i18n.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

  private static final String REL = " rel=\"nofollow ugc noopener\" target=\"_blank\">";

  /** The only markup toHtml may emit: its own line breaks and links with a quoted http(s) href. */
  private static final Pattern OWN_MARKUP =
      Pattern.compile(
          "<br/>|<a href=\"https?://[^\"<>\\s]*\" rel=\"nofollow ugc noopener\""
              + " target=\"_blank\">|</a>");

  // ---- toHtml: escaping

  @Test
  void everySpecialCharacterIsEscaped() {
    assertThat(PlainText.toHtml("a & b < c > d \" e ' f"))
        .isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
    assertThat(PlainText.toHtml("&amp; &lt;")).isEqualTo("&amp;amp; &amp;lt;");
  }

  @Test
  void aScriptTagIsShownNotRun() {
    assertThat(PlainText.toHtml("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void anAttributeBreakoutStaysText() {
    assertThat(PlainText.toHtml("\"><img src=x onerror=alert(1)>"))
        .isEqualTo("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "javascript://%0Aalert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        "ftp://files.example/x",
        "mailto:someone@example.com",
        "https://",
        "http:// spaced.example",
        "xhttps://glued.example",
        "my.www.example"
      })
  void noOtherSchemeAndNoHalfAddressIsEverLinked(String text) {
    String html = PlainText.toHtml(text);

    assertThat(html).doesNotContain("<a").doesNotContain("href");
    assertSafe(html);
  }

  @Test
  void aUrlEndsWhereCharactersIllegalInUrlsBegin() {
    assertThat(PlainText.toHtml("https://x.example/?a=<b>&c=\"d\""))
        .isEqualTo(
            "<a href=\"https://x.example/?a=\""
                + REL
                + "https://x.example/?a=</a>&lt;b&gt;&amp;c=&quot;d&quot;");
  }

  @Test
  void aQuoteCannotOpenAnAttribute() {
    String html = PlainText.toHtml("https://evil.example/\"onmouseover=\"alert(1)");

    assertThat(html)
        .isEqualTo(
            "<a href=\"https://evil.example/\""
                + REL
                + "https://evil.example/</a>&quot;onmouseover=&quot;alert(1)");
    assertSafe(html);
  }

  @Test
  void theHrefIsEscaped() {
    assertThat(PlainText.toHtml("https://x.example/?a=1&b=2"))
        .isEqualTo(
            "<a href=\"https://x.example/?a=1&amp;b=2\""
                + REL
                + "https://x.example/?a=1&amp;b=2</a>");
    assertThat(PlainText.toHtml("https://x.example/it's"))
        .contains("href=\"https://x.example/it&#39;s\"");
    assertThat(PlainText.toHtml("https://x.example/&#106;avascript:alert(1)"))
        .contains("href=\"https://x.example/&amp;#106;avascript:alert(1)\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "https://x.example/?a=<b>&c=\"d\"",
        "https://evil.example/\"onmouseover=\"alert(1)",
        "https://evil.example/'onmouseover='alert(1)",
        "https://evil.example/<script>alert(1)</script>",
        "www.evil.example\"><svg/onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href='https://x.example'>x</a>",
        "https://x.example/`onmouseover=alert(1)`",
        "https://x.example/\nonmouseover=alert(1)",
        "<iframe src=https://x.example></iframe>",
        "<<script>>alert(1)<</script>>",
        "</textarea><script>alert(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<!--<img src=x onerror=alert(1)>-->",
        "https://x.example/?q=</a><script>alert(1)</script>",
        "https://x.example/\u0000<script>"
      })
  void noPayloadLeavesAnyMarkupButVedikasOwn(String payload) {
    assertSafe(PlainText.toHtml(payload));
    assertSafe(PlainText.toHtml("ខ្ញុំ " + payload + "\n" + payload));
  }

  // ---- toHtml: links

  @Test
  void khmerPunctuationAfterAUrlIsNotPartOfIt() {
    assertThat(PlainText.toHtml("មើល https://nssf.gov.kh។"))
        .isEqualTo("មើល <a href=\"https://nssf.gov.kh\"" + REL + "https://nssf.gov.kh</a>។");
    assertThat(PlainText.toHtml("មើល https://nssf.gov.kh/km/news៕"))
        .isEqualTo(
            "មើល <a href=\"https://nssf.gov.kh/km/news\""
                + REL
                + "https://nssf.gov.kh/km/news</a>៕");
  }

  @Test
  void aUrlTouchingKhmerWordsIsLinkedWithoutThem() {
    assertThat(PlainText.toHtml("សូមមើលhttps://nssf.gov.khសម្រាប់ព័ត៌មាន"))
        .isEqualTo(
            "សូមមើល<a href=\"https://nssf.gov.kh\""
                + REL
                + "https://nssf.gov.kh</a>សម្រាប់ព័ត៌មាន");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ",", ";", ":", "!", "?", ")", "'", "...", "?!", ")."})
  void sentencePunctuationAfterAUrlIsNotPartOfIt(String punctuation) {
    assertThat(PlainText.toHtml("See https://mlvt.gov.kh/jobs" + punctuation))
        .isEqualTo(
            "See <a href=\"https://mlvt.gov.kh/jobs\""
                + REL
                + "https://mlvt.gov.kh/jobs</a>"
                + PlainText.toHtml(punctuation));
  }

  @Test
  void parenthesesAroundAndInsideAUrl() {
    assertThat(PlainText.toHtml("(https://mlvt.gov.kh)"))
        .isEqualTo("(<a href=\"https://mlvt.gov.kh\"" + REL + "https://mlvt.gov.kh</a>)");
    assertThat(PlainText.toHtml("https://en.wikipedia.org/wiki/Kampot_(city)"))
        .isEqualTo(
            "<a href=\"https://en.wikipedia.org/wiki/Kampot_(city)\""
                + REL
                + "https://en.wikipedia.org/wiki/Kampot_(city)</a>");
    assertThat(PlainText.toHtml("(see https://en.wikipedia.org/wiki/Kampot_(city))."))
        .contains("wiki/Kampot_(city)</a>).");
  }

  @Test
  void wwwAddressesGetHttps() {
    assertThat(PlainText.toHtml("www.nssf.gov.kh/km"))
        .isEqualTo("<a href=\"https://www.nssf.gov.kh/km\"" + REL + "www.nssf.gov.kh/km</a>");
    assertThat(PlainText.toHtml("WWW.NSSF.GOV.KH"))
        .isEqualTo("<a href=\"https://WWW.NSSF.GOV.KH\"" + REL + "WWW.NSSF.GOV.KH</a>");
  }

  @Test
  void httpAndUpperCaseSchemesAreLinkedAsTyped() {
    assertThat(PlainText.toHtml("http://moh.gov.kh"))
        .isEqualTo("<a href=\"http://moh.gov.kh\"" + REL + "http://moh.gov.kh</a>");
    assertThat(PlainText.toHtml("HTTPS://MOH.GOV.KH"))
        .isEqualTo("<a href=\"HTTPS://MOH.GOV.KH\"" + REL + "HTTPS://MOH.GOV.KH</a>");
  }

  @Test
  void anotherSchemeInFrontOfAUrlCannotRideOnTheLink() {
    assertThat(PlainText.toHtml("javascript:https://x.example"))
        .isEqualTo("javascript:<a href=\"https://x.example\"" + REL + "https://x.example</a>");
  }

  @Test
  void severalUrlsAndLinesTogether() {
    assertThat(PlainText.toHtml("NSSF: https://nssf.gov.kh\nMoH: www.moh.gov.kh, ok"))
        .isEqualTo(
            "NSSF: <a href=\"https://nssf.gov.kh\""
                + REL
                + "https://nssf.gov.kh</a><br/>MoH: <a href=\"https://www.moh.gov.kh\""
                + REL
                + "www.moh.gov.kh</a>, ok");
  }

  // ---- toHtml: lines

  @Test
  void everyKindOfLineBreakBecomesBr() {
    assertThat(PlainText.toHtml("a\nb")).isEqualTo("a<br/>b");
    assertThat(PlainText.toHtml("a\r\nb")).isEqualTo("a<br/>b");
    assertThat(PlainText.toHtml("a\rb")).isEqualTo("a<br/>b");
    assertThat(PlainText.toHtml("a\r\n\r\nb")).isEqualTo("a<br/><br/>b");
    assertThat(PlainText.toHtml("a\u2028b")).isEqualTo("a<br/>b");
  }

  @Test
  void upToTwoBlankLinesAreKeptAndMoreCollapseToTwo() {
    assertThat(PlainText.toHtml("a\n\nb")).isEqualTo("a<br/><br/>b");
    assertThat(PlainText.toHtml("a\n\n\nb")).isEqualTo("a<br/><br/><br/>b");
    assertThat(PlainText.toHtml("a\n\n\n\nb")).isEqualTo("a<br/><br/><br/>b");
    assertThat(PlainText.toHtml("a\r\n\r\n \r\n\t\r\n\r\n\r\nb")).isEqualTo("a<br/><br/><br/>b");
  }

  @Test
  void blankSpaceAroundThePostIsDropped() {
    assertThat(PlainText.toHtml("\n\n  សួស្តី  \n\n\n")).isEqualTo("សួស្តី");
    assertThat(PlainText.toHtml(" \r\n ")).isEmpty();
    assertThat(PlainText.toHtml("")).isEmpty();
    assertThat(PlainText.toHtml(null)).isEmpty();
  }

  @Test
  void khmerTextIsUntouched() {
    String text = "ខ្ញុំមិនទាន់ទទួលបានប្រាក់ឧបត្ថម្ភសម្រាប់ស្ត្រីមានផ្ទៃពោះទេ 🙏";

    assertThat(PlainText.toHtml(text)).isEqualTo(text);
  }

  @Test
  void tenThousandHostileCharsAreRenderedInLinearTime() {
    String[] inputs = {
      "https://" + "a".repeat(10_000),
      "https://a" + ".".repeat(10_000),
      "https://a" + ")".repeat(10_000),
      "https://a" + "(".repeat(10_000),
      "www.".repeat(2_500),
      "https://".repeat(1_250),
      "\n \n".repeat(3_333),
      "<>&\"'".repeat(2_000),
    };
    // catastrophic backtracking would take minutes; linear work takes milliseconds
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          for (String input : inputs) {
            assertSafe(PlainText.toHtml(input));
            assertThat(PlainText.excerpt(input, 9_000)).hasSizeLessThanOrEqualTo(9_000);
          }
        });
  }

  // ---- excerpt

  @Test
  void aShortTextIsReturnedOnOneLineWithoutEllipsis() {
    assertThat(PlainText.excerpt("  a \n\t b\r\n\u00A0c  ", 100)).isEqualTo("a b c");
    assertThat(PlainText.excerpt("abcde", 5)).isEqualTo("abcde");
    assertThat(PlainText.excerpt("", 5)).isEmpty();
    assertThat(PlainText.excerpt(null, 5)).isEmpty();
  }

  @Test
  void theExcerptIsPlainTextForThePageToEscape() {
    assertThat(PlainText.excerpt("<b>&amp;</b>", 100)).isEqualTo("<b>&amp;</b>");
  }

  @Test
  void aLatinTextIsCutAtAWordAndTheEllipsisFitsTheLimit() {
    assertThat(PlainText.excerpt("The quick brown fox", 12)).isEqualTo("The quick…");
    assertThat(PlainText.excerpt("The quick brown fox", 16)).isEqualTo("The quick brown…");
    assertThat(PlainText.excerpt("The quick brown fox", 11)).isEqualTo("The quick…");
  }

  @Test
  void aLongWordIsCutInsideRatherThanLosingMostOfTheBudget() {
    assertThat(PlainText.excerpt("I https://nssf.gov.kh/km/news/2026", 12))
        .isEqualTo("I https://n…");
  }

  @Test
  void aKhmerConjunctIsNeverSplit() {
    // ស្ត្រី = ស + COENG + ត + COENG + រ + ី: the subscripts belong to the first letter
    String text = "ស្ត្រីមានផ្ទៃពោះ";

    assertThat(PlainText.excerpt(text, 7)).isEqualTo("ស្ត្រី…");
    for (int max = 1; max < 7; max++) {
      assertThat(PlainText.excerpt(text, max)).as("max %d", max).isEqualTo("…");
    }
    assertThat(PlainText.excerpt(text, 9)).isEqualTo("ស្ត្រីមា…");
    assertThat(PlainText.excerpt(text, 8)).as("the vowel sign ា stays with ម").isEqualTo("ស្ត្រី…");
  }

  @Test
  void khmerIsCutAtAZeroWidthSpaceWhenThereIsOne() {
    String text = "ខ្ញុំ\u200Bមិនទាន់\u200Bទទួលបាន\u200Bប្រាក់ឧបត្ថម្ភ";

    assertThat(PlainText.excerpt(text, 20)).isEqualTo("ខ្ញុំ\u200Bមិនទាន់…");
  }

  @Test
  void noCutEverBreaksAClusterOrExceedsTheLimit() {
    String[] texts = {
      "ខ្ញុំមិនទាន់ទទួលបានប្រាក់ឧបត្ថម្ភសម្រាប់ស្ត្រីមានផ្ទៃពោះទេ",
      "ប័ណ្ណសមធម៌របស់គ្រួសារខ្ញុំផុតសុពលភាពហើយ សូមជួយ 🙏🏽 👨‍👩‍👧 🇰🇭🇰🇭",
      "មន្ទីរពេទ្យមិនទទួលកាតបេឡាជាតិ e\u0301te\u0301 ស្ត្រី"
    };
    for (String text : texts) {
      for (int max = 1; max <= text.length() + 1; max++) {
        String excerpt = PlainText.excerpt(text, max);
        assertThat(excerpt.length()).as("%s at %d", text, max).isLessThanOrEqualTo(max);
        if (excerpt.endsWith("…")) {
          String kept = excerpt.substring(0, excerpt.length() - 1);
          assertThat(text).startsWith(kept);
          String rest = text.substring(kept.length());
          assertThat(kept).as("%s at %d", text, max).doesNotMatch("(?s).*[\\u17D2\\u200D]");
          assertThat(rest).as("%s at %d", text, max).doesNotMatch("(?s)^[\\p{M}\\u200D].*");
          assertThat(rest).doesNotMatch("(?s)^[\\x{1F3FB}-\\x{1F3FF}].*");
          assertThat(flagsBefore(kept) % 2).as("a flag is two regional indicators").isZero();
        } else {
          assertThat(excerpt).isEqualTo(text);
        }
      }
    }
  }

  @Test
  void aMaximumBelowOneIsAProgrammingError() {
    assertThatThrownBy(() -> PlainText.excerpt("x", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long flagsBefore(String kept) {
    return kept.codePoints().filter(c -> c >= 0x1F1E6 && c <= 0x1F1FF).count();
  }

  /** Fails unless every {@code <}, {@code >} and {@code "} in {@code html} is Vedika's own. */
  private static void assertSafe(String html) {
    String text = OWN_MARKUP.matcher(html).replaceAll("");
    assertThat(text).as(html).doesNotContain("<", ">", "\"", "'");
    assertThat(html).doesNotContainIgnoringCase("href=\"javascript");
  }
}
