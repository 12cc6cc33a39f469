package org.vedika.i18n.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts in sentences: English plural forms, Khmer digits, one way for both. */
class MessageTextTest {

  private static final Locale KM = Locale.forLanguageTag("km");

  @Test
  void englishCountsTakeTheirPluralForm() {
    var replies = "{0, plural, one {# reply} other {# replies}}";
    assertThat(MessageText.format(replies, Locale.ENGLISH, 1)).isEqualTo("1 reply");
    assertThat(MessageText.format(replies, Locale.ENGLISH, 0)).isEqualTo("0 replies");
    assertThat(MessageText.format(replies, Locale.ENGLISH, 1234)).isEqualTo("1,234 replies");
    assertThat(
            MessageText.format(
                "{0, plural, one {# commune} other {# communes}} in"
                    + " {1, plural, one {# province} other {# provinces}}",
                Locale.ENGLISH,
                1,
                1))
        .isEqualTo("1 commune in 1 province");
  }

  @Test
  void khmerCountsAreInKhmerDigits() {
    assertThat(MessageText.format("មតិយោបល់ {0}", KM, 12)).isEqualTo("មតិយោបល់ ១២");
    assertThat(MessageText.format("{0} នាក់ជួបបញ្ហានេះ", KM, 1)).isEqualTo("១ នាក់ជួបបញ្ហានេះ");
    assertThat(MessageText.format("{0, plural, other {# ឃុំ}}", KM, 3)).isEqualTo("៣ ឃុំ");
  }

  @Test
  void textArgumentsAndApostrophesAreAsWritten() {
    assertThat(MessageText.format("It''s {0}", Locale.ENGLISH, "fine")).isEqualTo("It's fine");
    assertThat(MessageText.format("A moderator hid it: {0}", Locale.ENGLISH, "spam"))
        .isEqualTo("A moderator hid it: spam");
  }
}
