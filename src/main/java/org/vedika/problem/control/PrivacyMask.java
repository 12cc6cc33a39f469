package org.vedika.problem.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks phone numbers and ID / NSSF card numbers in a citizen's post before it is published, and
 * says what it masked so the author can be told. Many authors are vulnerable people (a pregnant
 * worker, a family on an equity card); a number in a public thread lets anyone call them or use
 * their card, and they rarely see that risk while asking for help.
 *
 * <p>A <em>number</em> is a run of digit groups, Latin ({@code 0-9}) or Khmer ({@code ០-៩}), joined
 * by one space, no-break space, dot, or a dash (with a space either side allowed); a group may be
 * in parentheses and the run may start with {@code +}. Commas, slashes and colons never join
 * groups, so {@code 1,200,000}, {@code 14/04/2026} and {@code 10:30} are runs of short numbers.
 * Each number is judged once, in this order:
 *
 * <ol>
 *   <li><b>Phone</b> shape: it starts with {@code +} or {@code 00} (any country, at most 15 digits
 *       after it); or it is {@code 855} then 8–9 national digits (one leading {@code 0} tolerated);
 *       or it is {@code 0}, a non-zero digit, and 9 or 10 digits in all. → {@link Kind#PHONE}.
 *   <li>Fewer than {@value #MIN_DIGITS} digits → left alone (years, days, amounts, place codes up
 *       to communes).
 *   <li>Not personal, so left alone: a date ({@code 14-04-2026}, {@code 2026.04.14}), a span of
 *       years ({@code ២០២០-២០២៥}), or an amount in thousands grouped by dots, as the {@code km}
 *       locale writes riel ({@code 12.000.000}), or by spaces when a currency is next to it ({@code
 *       12 000 000 ៛}, {@code $ 12 000 000}).
 *   <li>Anything else → {@link Kind#ID_NUMBER}: national ID cards have 9 digits, NSSF and other
 *       cards more, and a phone number written without its leading 0 still has 8.
 * </ol>
 *
 * <p>A keyword just before the number ({@code ID}, {@code NSSF}, {@code អត្តសញ្ញាណប័ណ្ណ}, {@code
 * ប.ស.ស}, {@code ទូរស័ព្ទ}, {@code phone}, …) only chooses which kind is reported: a 9-digit ID
 * card number starting with 0 is shaped like a phone number. The keyword must be on the same line,
 * at most {@value #KEYWORD_REACH} characters before, with no digit in between.
 *
 * <p>Every digit of a masked number becomes {@code •}; signs, parentheses and separators stay, so
 * the reader still sees that a phone number was there. Masking all digits is safest: a partly shown
 * number plus a village name is often enough to find a person.
 *
 * <p>All patterns use possessive quantifiers and bounded look-arounds, so the work is linear in the
 * length of the post (tested up to 10,000 characters of hostile input).
 */
public final class PrivacyMask {

  /** What kind of number was masked; the boundary turns it into a bundle key for the author. */
  public enum Kind {
    PHONE,
    ID_NUMBER
  }

  /**
   * The text as it may be published, and one {@link Kind} per masked number, in text order (so the
   * boundary can say "2 phone numbers"). A record because it is a method result, not a page model:
   * EL cannot read record properties, so a backing bean copies what it shows into getters.
   */
  public record Masked(String text, List<Kind> masked) {

    public Masked {
      Objects.requireNonNull(text, "text is required.");
      masked = List.copyOf(masked);
    }

    /** Whether anything was masked, i.e. whether the author must be told. */
    public boolean changed() {
      return !masked.isEmpty();
    }

    /** The kinds that were masked, each once, in {@link Kind} order for a stable message. */
    public Set<Kind> kinds() {
      return masked.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(masked));
    }
  }

  /** The replacement for every masked digit. */
  public static final char MASK = '•';

  /**
   * Runs with fewer digits are never personal numbers.
   *
   * <p>COMPROMISE: an 8-digit village code ({@code 01020101}) or a compact date ({@code 14042026})
   * is masked too; the shape cannot tell it from a card number, and masking it costs little.
   */
  public static final int MIN_DIGITS = 8;

  /** The most digits an international number has after its {@code +} (ITU-T E.164). */
  private static final int E164_MAX_DIGITS = 15;

  /** How far back, in chars, a keyword may stand and still name the number after it. */
  public static final int KEYWORD_REACH = 32;

  private static final String DIGIT = "[0-9\\u17E0-\\u17E9]";
  private static final String DIGITS = DIGIT + "++";
  private static final String SPACE = "[ \\u00A0]";
  private static final String SEPARATOR =
      "(?:" + SPACE + "?[-\\u2013]" + SPACE + "?|" + SPACE + "|\\.)";
  private static final String GROUP = "(?:\\(\\+?" + DIGITS + "\\)|" + DIGITS + ")";

  /** One number: optional {@code +}, then groups joined by at most one separator each. */
  private static final Pattern NUMBER =
      Pattern.compile("(?:\\+" + SPACE + "?)?" + GROUP + "(?:" + SEPARATOR + "?" + GROUP + ")*+");

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(" + DIGIT + "{1,2})(" + SEPARATOR + ")(" + DIGIT + "{1,2})\\2(" + DIGIT + "{4})");
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile(
          "(" + DIGIT + "{4})(" + SEPARATOR + ")(" + DIGIT + "{1,2})\\2(" + DIGIT + "{1,2})");
  private static final Pattern YEAR_SPAN =
      Pattern.compile("(" + DIGIT + "{4})" + SEPARATOR + "(" + DIGIT + "{4})");
  private static final String LEAD = "[1-9\\u17E1-\\u17E9]" + DIGIT + "{0,2}";
  private static final Pattern DOT_THOUSANDS = Pattern.compile(LEAD + "(?:\\." + DIGIT + "{3})++");
  private static final Pattern SPACE_THOUSANDS =
      Pattern.compile(LEAD + "(?:" + SPACE + DIGIT + "{3})++");
  private static final Pattern CURRENCY_AFTER =
      Pattern.compile(SPACE + "?+(?:៛|រៀល|ដុល្លារ|\\$|(?i:riel|khr|usd|dollar))");
  private static final Pattern CURRENCY_BEFORE =
      Pattern.compile("(?:៛|\\$|(?i:khr|usd))" + SPACE + "?+$");

  /** Keywords; the last one found before a number names it. Latin ones are whole words. */
  private static final Pattern KEYWORD =
      Pattern.compile(
          "(?<id>(?i:(?<![a-z])(?:id|nssf|card|passport)(?![a-z]))"
              + "|អត្តសញ្ញាណ|ប័ណ្ណ|ប\\.ស\\.ស|បសស|បេឡាជាតិ|លិខិតឆ្លងដែន)"
              + "|(?<phone>(?i:(?<![a-z])(?:phone|tel|mobile|call|telegram|whatsapp)(?![a-z]))"
              + "|ទូរស័ព្ទ|ទូរសព្ទ)");

  private static final Pattern ANY_DIGIT_OR_BREAK = Pattern.compile("[\\d\\u17E0-\\u17E9\\n\\r]");

  private PrivacyMask() {}

  /** Masks every phone and card number in {@code text}; see the class comment for the rules. */
  public static Masked mask(String text) {
    Objects.requireNonNull(text, "text is required.");
    var out = new StringBuilder(text.length());
    var kinds = new ArrayList<Kind>();
    Matcher number = NUMBER.matcher(text);
    int copied = 0;
    while (number.find()) {
      Kind kind = judge(text, number.start(), number.end());
      if (kind == null) {
        continue;
      }
      out.append(text, copied, number.start());
      for (int i = number.start(); i < number.end(); i++) {
        char c = text.charAt(i);
        out.append(isDigit(c) ? MASK : c);
      }
      copied = number.end();
      kinds.add(kind);
    }
    if (kinds.isEmpty()) {
      return new Masked(text, List.of());
    }
    out.append(text, copied, text.length());
    return new Masked(out.toString(), kinds);
  }

  /** The kind of the number at {@code [start, end)}, or null when it is not to be masked. */
  private static Kind judge(String text, int start, int end) {
    String run = text.substring(start, end);
    String digits = latinDigits(run);
    if (isPhone(run, digits)) {
      Kind named = namedByKeyword(text, start);
      return named == null ? Kind.PHONE : named;
    }
    if (digits.length() < MIN_DIGITS
        || isDate(run)
        || isYearSpan(run)
        || isAmount(text, start, end)) {
      return null;
    }
    Kind named = namedByKeyword(text, start);
    return named == null ? Kind.ID_NUMBER : named;
  }

  private static boolean isPhone(String run, String digits) {
    if (digits.length() < MIN_DIGITS) {
      return false;
    }
    if (run.startsWith("+") || run.startsWith("(+")) {
      return digits.length() <= E164_MAX_DIGITS;
    }
    if (digits.startsWith("00")) {
      return digits.length() <= E164_MAX_DIGITS + 2;
    }
    if (digits.startsWith("855")) {
      String national = digits.substring(3);
      if (national.startsWith("0")) {
        national = national.substring(1);
      }
      return (national.length() == 8 || national.length() == 9) && national.charAt(0) != '0';
    }
    return digits.charAt(0) == '0'
        && digits.charAt(1) != '0'
        && (digits.length() == 9 || digits.length() == 10);
  }

  private static boolean isDate(String run) {
    Matcher dmy = DAY_MONTH_YEAR.matcher(run);
    if (dmy.matches()) {
      return isDayAndMonth(dmy.group(1), dmy.group(3));
    }
    Matcher ymd = YEAR_MONTH_DAY.matcher(run);
    return ymd.matches() && isDayAndMonth(ymd.group(4), ymd.group(3));
  }

  private static boolean isDayAndMonth(String day, String month) {
    int d = Integer.parseInt(day);
    int m = Integer.parseInt(month);
    return d >= 1 && d <= 31 && m >= 1 && m <= 12;
  }

  /** Gregorian (1900–2100) or Buddhist-era (2400–2700) years, e.g. a project's span. */
  private static boolean isYearSpan(String run) {
    Matcher span = YEAR_SPAN.matcher(run);
    return span.matches() && isYear(span.group(1)) && isYear(span.group(2));
  }

  private static boolean isYear(String digits) {
    int year = Integer.parseInt(digits);
    return (year >= 1900 && year <= 2100) || (year >= 2400 && year <= 2700);
  }

  private static boolean isAmount(String text, int start, int end) {
    String run = text.substring(start, end);
    if (DOT_THOUSANDS.matcher(run).matches()) {
      return true;
    }
    if (!SPACE_THOUSANDS.matcher(run).matches()) {
      return false;
    }
    Matcher after = CURRENCY_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12));
    Matcher before = CURRENCY_BEFORE.matcher(text).region(Math.max(0, start - 6), start);
    return after.lookingAt() || before.find();
  }

  /** The kind named by the nearest keyword before {@code start}, if one is close enough. */
  private static Kind namedByKeyword(String text, int start) {
    Matcher keyword = KEYWORD.matcher(text).region(Math.max(0, start - KEYWORD_REACH), start);
    // look-behinds may see the text before the region: "ID" must not match inside "NID"
    keyword.useTransparentBounds(true);
    Kind last = null;
    int lastEnd = -1;
    while (keyword.find()) {
      last = keyword.group("id") != null ? Kind.ID_NUMBER : Kind.PHONE;
      lastEnd = keyword.end();
    }
    if (last == null || ANY_DIGIT_OR_BREAK.matcher(text).region(lastEnd, start).find()) {
      return null;
    }
    return last;
  }

  private static String latinDigits(String run) {
    var digits = new StringBuilder(run.length());
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (isDigit(c)) {
        digits.append((char) ('0' + Character.digit(c, 10)));
      }
    }
    return digits.toString();
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\u17E0' && c <= '\u17E9');
  }
}
