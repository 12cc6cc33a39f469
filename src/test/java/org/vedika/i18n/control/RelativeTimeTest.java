package org.vedika.i18n.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {

  private static final Locale KM = Locale.forLanguageTag("km");
  private static final Locale EN = Locale.ENGLISH;

  /** 2026-04-21 10:00 in Phnom Penh. */
  private static final Instant NOW = Instant.parse("2026-04-21T03:00:00Z");

  private static String kmAgo(Duration age) {
    return RelativeTime.ago(NOW.minus(age), NOW, KM);
  }

  private static String enAgo(Duration age) {
    return RelativeTime.ago(NOW.minus(age), NOW, EN);
  }

  @Test
  void underAMinuteIsJustNow() {
    assertThat(kmAgo(Duration.ZERO)).isEqualTo("ឥឡូវនេះ");
    assertThat(kmAgo(Duration.ofSeconds(59))).isEqualTo("ឥឡូវនេះ");
    assertThat(enAgo(Duration.ZERO)).isEqualTo("just now");
    assertThat(enAgo(Duration.ofSeconds(59))).isEqualTo("just now");
  }

  @Test
  void aTimeInTheFutureIsJustNow() {
    assertThat(kmAgo(Duration.ofMinutes(-5))).isEqualTo("ឥឡូវនេះ");
    assertThat(enAgo(Duration.ofDays(-3))).isEqualTo("just now");
  }

  @Test
  void minutes() {
    assertThat(kmAgo(Duration.ofSeconds(60))).isEqualTo("១ នាទីមុន");
    assertThat(kmAgo(Duration.ofMinutes(5).plusSeconds(59))).isEqualTo("៥ នាទីមុន");
    assertThat(kmAgo(Duration.ofMinutes(59))).isEqualTo("៥៩ នាទីមុន");
    assertThat(enAgo(Duration.ofSeconds(60))).isEqualTo("1 minute ago");
    assertThat(enAgo(Duration.ofMinutes(5))).isEqualTo("5 minutes ago");
    assertThat(enAgo(Duration.ofMinutes(59).plusSeconds(59))).isEqualTo("59 minutes ago");
  }

  @Test
  void hours() {
    assertThat(kmAgo(Duration.ofHours(1))).isEqualTo("១ ម៉ោងមុន");
    assertThat(kmAgo(Duration.ofHours(2).plusMinutes(59))).isEqualTo("២ ម៉ោងមុន");
    assertThat(kmAgo(Duration.ofHours(23))).isEqualTo("២៣ ម៉ោងមុន");
    assertThat(enAgo(Duration.ofHours(1))).isEqualTo("1 hour ago");
    assertThat(enAgo(Duration.ofHours(23).plusMinutes(59))).isEqualTo("23 hours ago");
  }

  @Test
  void daysUpToAWeek() {
    assertThat(kmAgo(Duration.ofDays(1))).isEqualTo("១ ថ្ងៃមុន");
    assertThat(kmAgo(Duration.ofDays(3))).isEqualTo("៣ ថ្ងៃមុន");
    assertThat(kmAgo(Duration.ofDays(7).minusSeconds(1))).isEqualTo("៦ ថ្ងៃមុន");
    assertThat(enAgo(Duration.ofDays(1))).isEqualTo("1 day ago");
    assertThat(enAgo(Duration.ofDays(3).plusHours(5))).isEqualTo("3 days ago");
  }

  @Test
  void fromSevenDaysOnTheDateInPhnomPenh() {
    assertThat(kmAgo(Duration.ofDays(7))).isEqualTo("១៤ មេសា ២០២៦");
    assertThat(enAgo(Duration.ofDays(7))).isEqualTo("14 April 2026");
    assertThat(enAgo(Duration.ofDays(400))).isEqualTo("17 March 2025");
  }

  @Test
  void theDateIsTheDayInPhnomPenhNotInUtc() {
    // 2026-04-13 17:30 UTC is already 00:30 on the 14th in Phnom Penh (UTC+7)
    var lateEveningUtc = Instant.parse("2026-04-13T17:30:00Z");

    assertThat(RelativeTime.ago(lateEveningUtc, NOW, EN)).isEqualTo("14 April 2026");
    assertThat(RelativeTime.date(lateEveningUtc, ZoneOffset.UTC, EN)).isEqualTo("13 April 2026");
  }

  @Test
  void khmerOutputHasOnlyKhmerDigitsAndNoZeroWidthSpace() {
    for (var age :
        new Duration[] {
          Duration.ZERO,
          Duration.ofMinutes(47),
          Duration.ofHours(12),
          Duration.ofDays(5),
          Duration.ofDays(30),
          Duration.ofDays(2000)
        }) {
      assertThat(kmAgo(age)).doesNotContainPattern("[0-9]").doesNotContain("\u200B");
    }
  }

  @Test
  void datesInEveryMonth() {
    var zone = RelativeTime.PHNOM_PENH;
    var months = new String[12];
    for (var month = 1; month <= 12; month++) {
      var instant = java.time.LocalDate.of(2026, month, 1).atStartOfDay(zone).toInstant();
      months[month - 1] = RelativeTime.date(instant, zone, KM);
    }

    assertThat(months)
        .containsExactly(
            "១ មករា ២០២៦",
            "១ កុម្ភៈ ២០២៦",
            "១ មីនា ២០២៦",
            "១ មេសា ២០២៦",
            "១ ឧសភា ២០២៦",
            "១ មិថុនា ២០២៦",
            "១ កក្កដា ២០២៦",
            "១ សីហា ២០២៦",
            "១ កញ្ញា ២០២៦",
            "១ តុលា ២០២៦",
            "១ វិច្ឆិកា ២០២៦",
            "១ ធ្នូ ២០២៦");
  }

  @Test
  void dateInBothLanguages() {
    var instant = Instant.parse("2026-04-14T05:00:00Z");

    assertThat(RelativeTime.date(instant, RelativeTime.PHNOM_PENH, KM)).isEqualTo("១៤ មេសា ២០២៦");
    assertThat(RelativeTime.date(instant, RelativeTime.PHNOM_PENH, EN)).isEqualTo("14 April 2026");
    assertThat(
            RelativeTime.date(
                instant, ZoneId.of("Asia/Phnom_Penh"), Locale.forLanguageTag("km-KH")))
        .isEqualTo("១៤ មេសា ២០២៦");
  }

  @Test
  void numbersInKhmerUseKhmerDigitsAndIcuGrouping() {
    assertThat(RelativeTime.number(0, KM)).isEqualTo("០");
    assertThat(RelativeTime.number(7, KM)).isEqualTo("៧");
    assertThat(RelativeTime.number(999, KM)).isEqualTo("៩៩៩");
    assertThat(RelativeTime.number(1234, KM)).isEqualTo("១.២៣៤");
    assertThat(RelativeTime.number(1234567, KM)).isEqualTo("១.២៣៤.៥៦៧");
    assertThat(RelativeTime.number(-1234, KM)).isEqualTo("-១.២៣៤");
  }

  @Test
  void numbersInEnglish() {
    assertThat(RelativeTime.number(0, EN)).isEqualTo("0");
    assertThat(RelativeTime.number(999, EN)).isEqualTo("999");
    assertThat(RelativeTime.number(1234567, EN)).isEqualTo("1,234,567");
    assertThat(RelativeTime.number(-1234, EN)).isEqualTo("-1,234");
  }

  @Test
  void phnomPenhIsSevenHoursAheadOfUtc() {
    assertThat(RelativeTime.PHNOM_PENH.getRules().getOffset(NOW)).isEqualTo(ZoneOffset.ofHours(7));
  }

  @Test
  void durationsInWholeUnitsInBothLanguages() {
    assertThat(RelativeTime.duration(Duration.ofMinutes(42), EN)).isEqualTo("42 minutes");
    assertThat(RelativeTime.duration(Duration.ofHours(30), EN)).isEqualTo("30 hours");
    assertThat(RelativeTime.duration(Duration.ofHours(80), EN)).isEqualTo("3 days");
    assertThat(RelativeTime.duration(Duration.ofHours(80), KM)).contains("៣").contains("ថ្ងៃ");
    assertThat(RelativeTime.duration(Duration.ofHours(5), KM)).contains("៥").contains("ម៉ោង");
  }

  @Test
  void sharesAsWholePercentages() {
    assertThat(RelativeTime.percent(2.0 / 3, EN)).isEqualTo("67%");
    assertThat(RelativeTime.percent(2.0 / 3, KM)).isEqualTo("៦៧%");
    assertThat(RelativeTime.percent(0, EN)).isEqualTo("0%");
  }

  @Test
  void dateAndTimeInPhnomPenh() {
    assertThat(RelativeTime.dateTime(Instant.parse("2026-04-14T01:30:00Z"), EN))
        .isEqualTo("14 April 2026, 08:30");
    assertThat(RelativeTime.dateTime(Instant.parse("2026-04-14T01:30:00Z"), KM))
        .contains("០៨:៣០")
        .contains("២០២៦");
  }
}
