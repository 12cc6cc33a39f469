package org.vedika.i18n.control;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Style;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times and counts in the reader's language: "3 days ago" under a reply, "14 April 2026" under an
 * older one, "1,234" beside a vote.
 *
 * <p>Why ICU4J and not {@code java.time}: the JDK has no relative-time formatter, and it ignores
 * the {@code -u-nu-khmr} extension when formatting dates. In Khmer every digit is a Khmer digit
 * (០-៩), as in government and press writing: the formatters run in {@code km@numbers=khmr}.
 *
 * <p>The wording comes from ICU's CLDR data ({@code ៣ ថ្ងៃមុន}, {@code 3 days ago}), except the
 * phrase for less than a minute, which is ours ({@code ឥឡូវនេះ}, {@code just now}): CLDR's "now"
 * ({@code ឥឡូវ}, {@code now}) reads oddly under something already posted. ICU's Khmer output has a
 * zero-width space between the unit and {@code មុន} ("ago"); it is removed, as everywhere in
 * Vedika, because it makes the text compare and search differently from what readers type.
 *
 * <p>Numbers: ICU's grouping for {@code km@numbers=khmr} is a full stop ({@code ១.២៣៤.៥៦៧}), CLDR's
 * symbols for the Khmer digits; English groups with a comma ({@code 1,234,567}). The JDK would
 * write {@code ១,២៣៤,៥៦៧}, so all counts go through {@link #number} to stay one style.
 *
 * <p>Languages other than Khmer get ICU's own data for their locale; Vedika only asks for {@code
 * km} and {@code en}.
 */
public final class RelativeTime {

  /** Where Vedika's readers are: dates are shown in Cambodian time (UTC+7, no daylight saving). */
  public static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

  /** Day, full month name, year: {@code 14 April 2026}, {@code ១៤ មេសា ២០២៦}. */
  static final String DATE_PATTERN = "d MMMM y";

  /** From this age on a reply shows its date instead of "n days ago". */
  static final Duration SHOW_DATE_FROM = Duration.ofDays(7);

  private static final String KHMER_JUST_NOW = "ឥឡូវនេះ";
  private static final String ENGLISH_JUST_NOW = "just now";

  /**
   * ICU's formatters are costly to make and a page shows a time per reply: relative-time and
   * measure formatters are immutable and shared; date and number formats are not thread-safe, so
   * each request thread keeps its own, one per language (and pattern and zone).
   */
  private static final Map<Locale, RelativeDateTimeFormatter> RELATIVE = new ConcurrentHashMap<>();

  private static final Map<Locale, MeasureFormat> MEASURES = new ConcurrentHashMap<>();

  private static final ThreadLocal<Map<String, SimpleDateFormat>> DATE_FORMATS =
      ThreadLocal.withInitial(HashMap::new);

  /**
   * Number formats are not thread-safe either: one per request thread and language, for counts and
   * shares.
   */
  private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBERS =
      ThreadLocal.withInitial(HashMap::new);

  private static final ThreadLocal<Map<Locale, NumberFormat>> PERCENTS =
      ThreadLocal.withInitial(HashMap::new);

  private RelativeTime() {}

  /**
   * How long ago {@code then} was, seen at {@code now}: under a minute "just now"; then whole
   * minutes, whole hours, whole days (each rounded down, counted in elapsed time, not calendar
   * days); from seven days on the date in Phnom Penh. A {@code then} after {@code now} (clocks of
   * two servers) counts as "just now".
   */
  public static String ago(Instant then, Instant now, Locale locale) {
    var elapsed = Duration.between(then, now);
    if (elapsed.compareTo(SHOW_DATE_FROM) >= 0) {
      return date(then, PHNOM_PENH, locale);
    }
    if (elapsed.toMinutes() < 1) {
      return justNow(locale);
    }
    if (elapsed.toHours() < 1) {
      return relative(elapsed.toMinutes(), RelativeUnit.MINUTES, locale);
    }
    if (elapsed.toDays() < 1) {
      return relative(elapsed.toHours(), RelativeUnit.HOURS, locale);
    }
    return relative(elapsed.toDays(), RelativeUnit.DAYS, locale);
  }

  /** Date and time in Phnom Penh: {@code 14 April 2026, 08:30}, {@code ១៤ មេសា ២០២៦, ០៨:៣០}. */
  public static String dateTime(Instant instant, Locale locale) {
    return dateFormat(DATE_PATTERN + ", HH:mm", PHNOM_PENH, locale).format(Date.from(instant));
  }

  /** The date of an instant in a zone: {@code 14 April 2026}, {@code ១៤ មេសា ២០២៦}. */
  public static String date(Instant instant, ZoneId zone, Locale locale) {
    return dateFormat(DATE_PATTERN, zone, locale).format(Date.from(instant));
  }

  private static SimpleDateFormat dateFormat(String pattern, ZoneId zone, Locale locale) {
    return DATE_FORMATS
        .get()
        .computeIfAbsent(
            locale.toLanguageTag() + "|" + pattern + "|" + zone.getId(),
            key -> {
              var format = new SimpleDateFormat(pattern, formattingLocale(locale));
              format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
              return format;
            });
  }

  /**
   * A length of time in whole units, rounded down: minutes under an hour, hours under two days,
   * days from then on: {@code 5 hours}, {@code ៣ ថ្ងៃ}.
   */
  public static String duration(Duration length, Locale locale) {
    var format =
        MEASURES.computeIfAbsent(
            locale,
            key ->
                MeasureFormat.getInstance(formattingLocale(key), MeasureFormat.FormatWidth.WIDE));
    Measure measure;
    if (length.toHours() < 1) {
      measure = new Measure(Math.max(0, length.toMinutes()), MeasureUnit.MINUTE);
    } else if (length.toDays() < 2) {
      measure = new Measure(length.toHours(), MeasureUnit.HOUR);
    } else {
      measure = new Measure(length.toDays(), MeasureUnit.DAY);
    }
    return withoutZeroWidthSpaces(format.format(measure));
  }

  /** A share as a whole percentage with the locale's digits: {@code 67%}, {@code ៦៧%}. */
  public static String percent(double share, Locale locale) {
    return PERCENTS
        .get()
        .computeIfAbsent(
            locale,
            key -> {
              var format = NumberFormat.getPercentInstance(formattingLocale(key));
              format.setMaximumFractionDigits(0);
              return format;
            })
        .format(share);
  }

  /** A count with the locale's digits and grouping: {@code 1,234,567}, {@code ១.២៣៤.៥៦៧}. */
  public static String number(long n, Locale locale) {
    return NUMBERS
        .get()
        .computeIfAbsent(locale, key -> NumberFormat.getInstance(formattingLocale(key)))
        .format(n);
  }

  private static String relative(long amount, RelativeUnit unit, Locale locale) {
    var formatter =
        RELATIVE.computeIfAbsent(
            locale,
            key ->
                RelativeDateTimeFormatter.getInstance(
                    formattingLocale(key), null, Style.LONG, DisplayContext.CAPITALIZATION_NONE));
    return withoutZeroWidthSpaces(formatter.format(amount, Direction.LAST, unit));
  }

  private static String justNow(Locale locale) {
    if (isKhmer(locale)) {
      return KHMER_JUST_NOW;
    }
    if ("en".equals(locale.getLanguage())) {
      return ENGLISH_JUST_NOW;
    }
    return withoutZeroWidthSpaces(
        RelativeDateTimeFormatter.getInstance(formattingLocale(locale))
            .format(Direction.PLAIN, RelativeDateTimeFormatter.AbsoluteUnit.NOW));
  }

  /** Khmer with Khmer digits; any other language as ICU has it. */
  static ULocale formattingLocale(Locale locale) {
    var base = ULocale.forLocale(locale);
    return isKhmer(locale) ? base.setKeywordValue("numbers", "khmr") : base;
  }

  private static boolean isKhmer(Locale locale) {
    return "km".equals(locale.getLanguage());
  }

  private static String withoutZeroWidthSpaces(String text) {
    return text.replace("\u200B", "");
  }
}
