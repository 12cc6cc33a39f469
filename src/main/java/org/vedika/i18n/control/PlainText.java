package org.vedika.i18n.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a citizen's plain-text post on a page. Posts are typed on phones by people who do not write
 * HTML, so the text is the truth: every character is escaped, line breaks are kept, and web
 * addresses become links, because citizens answer each other with links to the NSSF and the
 * ministries.
 *
 * <p>{@link #toHtml} is written for {@code <h:outputText escape="false">}, so it is the one place
 * that must never let markup through: the only tags it emits are its own {@code <br/>} and {@code
 * <a>}, and everything inside them is escaped.
 */
public final class PlainText {

  /** Rel values: no ranking credit for user content, no {@code window.opener} for the target. */
  static final String LINK_REL = "nofollow ugc noopener";

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u0085\\u2028\\u2029]");

  /** A line break, then three or more blank (or blank-looking) lines. */
  private static final Pattern THREE_BLANK_LINES =
      Pattern.compile("\\n(?:[ \\t\\u00A0\\u200B]*+\\n){3,}+");

  /**
   * An {@code http}, {@code https} or {@code www.} address, not glued to a Latin letter or digit
   * before it (Khmer may touch it: Khmer writes no spaces). Only ASCII characters legal in a URL
   * are taken, so the address ends at a space, a quote, {@code <}, or the first Khmer letter; no
   * other scheme ({@code javascript:}, {@code data:}) can ever match.
   */
  private static final Pattern URL =
      Pattern.compile(
          "(?<![A-Za-z0-9.@/_-])(?:(?i:https?://)|(?i:www\\.))"
              + "[A-Za-z0-9][A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*+");

  /** Punctuation that ends a sentence rather than the address. */
  private static final String TRAILING = ".,;:!?'";

  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

  /** One extended grapheme cluster (UAX #29): a letter with its vowel signs, an emoji, a flag. */
  private static final Pattern CLUSTER = Pattern.compile("\\X");

  private static final char COENG = '\u17D2';
  private static final char ZERO_WIDTH_SPACE = '\u200B';
  private static final String ELLIPSIS = "…";

  private PlainText() {}

  /**
   * The text as safe HTML: escaped, line breaks as {@code <br/>} (three or more blank lines in a
   * row become two), and {@code http(s)://} and {@code www.} addresses as links that open in a new
   * tab. Leading and trailing blank space is dropped; null is the empty string.
   */
  public static String toHtml(String text) {
    if (text == null) {
      return "";
    }
    // each pattern only where it can match: a post is read far more often than written, and a
    // regular expression tried at every position of every reply was a quarter of a member's
    // problem page (docs/benchmarks.md, issue 17)
    String plain = hasOddLineBreak(text) ? LINE_BREAK.matcher(text).replaceAll("\n") : text;
    plain = plain.strip();
    if (plain.indexOf("\n\n") >= 0) {
      plain = THREE_BLANK_LINES.matcher(plain).replaceAll("\n\n\n");
    }
    var html = new StringBuilder(plain.length() + plain.length() / 4);
    int copied = 0;
    Matcher url = URL.matcher(plain);
    boolean mayLink = mayHoldAddress(plain);
    while (mayLink && url.find()) {
      int end = trimmedEnd(plain, url.start(), url.end());
      appendText(html, plain, copied, url.start());
      appendLink(html, plain.substring(url.start(), end));
      copied = end;
    }
    appendText(html, plain, copied, plain.length());
    return html.toString();
  }

  /**
   * A one-line excerpt for lists and notifications, as plain text (the page escapes it): spaces
   * collapsed and at most {@code maxChars} chars long, {@code …} included. The cut falls between
   * grapheme clusters, preferably at a space or zero-width space (the word separator Khmer uses).
   *
   * <p>Clusters come from {@code \X} rather than {@link
   * java.text.BreakIterator#getCharacterInstance}: on JDK 17 the latter splits {@code មា} and
   * {@code 👍🏽} (it ignores spacing marks and emoji rules). Neither knows that a Khmer consonant
   * after a COENG (U+17D2) is a subscript of the previous one, so {@code ស្ត្រី} is three clusters
   * to both; the cut is never placed right after a COENG, so the subscript stays with its letter.
   */
  public static String excerpt(String text, int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
    }
    if (text == null) {
      return "";
    }
    String line = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (line.length() <= maxChars) {
      return line;
    }
    int budget = maxChars - ELLIPSIS.length();
    int cut = 0;
    int lastGap = -1;
    Matcher cluster = CLUSTER.matcher(line);
    while (cluster.find() && cluster.end() <= budget) {
      char first = line.charAt(cluster.start());
      if (first == ' ' || first == ZERO_WIDTH_SPACE) {
        lastGap = cluster.start();
      }
      if (line.charAt(cluster.end() - 1) != COENG) {
        cut = cluster.end();
      }
    }
    boolean midWord = line.charAt(cut) != ' ' && line.charAt(cut) != ZERO_WIDTH_SPACE;
    if (midWord && lastGap > budget / 2 && lastGap < cut) {
      cut = lastGap;
    }
    return line.substring(0, cut).stripTrailing() + ELLIPSIS;
  }

  private static boolean hasOddLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #URL} can match at all: an address starts with "http" or "www." in any case. */
  private static boolean mayHoldAddress(String text) {
    for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
      if (i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
        return true;
      }
    }
    for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
      if (i >= 4 && text.regionMatches(true, i - 4, "http", 0, 4)
          || i >= 5 && text.regionMatches(true, i - 5, "https", 0, 5)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Text for HTML (an element's content or a quoted attribute): the characters markup uses,
   * escaped.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    var html = new StringBuilder(text.length() + 16);
    appendEscaped(html, text, 0, text.length());
    return html.toString();
  }

  /** Where the address really ends: sentence punctuation and an unopened ")" are left outside. */
  private static int trimmedEnd(String text, int start, int end) {
    int opened = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      opened += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    while (end > start + 1) {
      char last = text.charAt(end - 1);
      if (TRAILING.indexOf(last) >= 0) {
        end--;
      } else if (last == ')' && opened < 0) {
        end--;
        opened++;
      } else {
        break;
      }
    }
    return end;
  }

  private static void appendLink(StringBuilder html, String address) {
    String href = address.regionMatches(true, 0, "www.", 0, 4) ? "https://" + address : address;
    html.append("<a href=\"");
    appendEscaped(html, href, 0, href.length());
    html.append("\" rel=\"").append(LINK_REL).append("\" target=\"_blank\">");
    appendEscaped(html, address, 0, address.length());
    html.append("</a>");
  }

  private static void appendText(StringBuilder html, String text, int start, int end) {
    int line = start;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\n') {
        appendEscaped(html, text, line, i);
        html.append("<br/>");
        line = i + 1;
      }
    }
    appendEscaped(html, text, line, end);
  }

  private static void appendEscaped(StringBuilder html, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }
}
