package org.vedika.problem.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.vedika.problem.control.PrivacyMask.Kind.ID_NUMBER;
import static org.vedika.problem.control.PrivacyMask.Kind.PHONE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vedika.problem.control.PrivacyMask.Masked;

class PrivacyMaskTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "012 345 678",
        "012345678",
        "0963456789",
        "096 345 6789",
        "012.345.678",
        "012-345-678",
        "012 - 345 - 678",
        "012\u00A0345\u00A0678",
        "+855 12 345 678",
        "+85512345678",
        "+855-12-345-678",
        "+855 96 345 6789",
        "+855 (0)12 345 678",
        "+855 012 345 678",
        "(+855) 12 345 678",
        "855-12-345-678",
        "85512345678",
        "00855 12 345 678",
        "(012) 345 678",
        "(023) 123 456",
        "០១២ ៣៤៥ ៦៧៨",
        "០១២៣៤៥៦៧៨",
        "០៩៦ ៣៤៥ ៦៧៨៩",
        "+៨៥៥ ១២ ៣៤៥ ៦៧៨",
        "៨៥៥-១២-៣៤៥-៦៧៨",
        "+66 81 234 5678"
      })
  void phoneNumbersInEveryShapeAreMaskedDigitByDigit(String phone) {
    Masked result = PrivacyMask.mask("ទាក់ទងខ្ញុំ " + phone + " សូមអរគុណ");

    assertThat(result.masked()).containsExactly(PHONE);
    assertThat(result.changed()).isTrue();
    assertThat(result.text()).isEqualTo("ទាក់ទងខ្ញុំ " + allDigitsMasked(phone) + " សូមអរគុណ");
    assertThat(result.text()).doesNotContainPattern("[0-9\\u17E0-\\u17E9]");
  }

  @Test
  void separatorsSignsAndParenthesesStaySoTheReaderSeesWhatWasThere() {
    assertThat(PrivacyMask.mask("012 345 678").text()).isEqualTo("••• ••• •••");
    assertThat(PrivacyMask.mask("+855 12 345 678").text()).isEqualTo("+••• •• ••• •••");
    assertThat(PrivacyMask.mask("(012) 345-678").text()).isEqualTo("(•••) •••-•••");
    assertThat(PrivacyMask.mask("០១២ ៣៤៥ ៦៧៨").text()).isEqualTo("••• ••• •••");
    assertThat(PrivacyMask.mask("+៨៥៥ ១២ ៣៤៥ ៦៧៨").text()).isEqualTo("+••• •• ••• •••");
  }

  @Test
  void aPhoneNumberGluedToKhmerWordsIsFound() {
    // Khmer writes no spaces between words, so digits often touch letters
    Masked result = PrivacyMask.mask("លេខទូរស័ព្ទខ្ញុំ០១២៣៤៥៦៧៨សូមជួយផង");

    assertThat(result.text()).isEqualTo("លេខទូរស័ព្ទខ្ញុំ•••••••••សូមជួយផង");
    assertThat(result.masked()).containsExactly(PHONE);
  }

  @Test
  void sentencePunctuationAfterANumberIsNotPartOfIt() {
    assertThat(PrivacyMask.mask("Call 012 345 678.").text()).isEqualTo("Call ••• ••• •••.");
    assertThat(PrivacyMask.mask("ហៅ ០១២៣៤៥៦៧៨។").text()).isEqualTo("ហៅ •••••••••។");
    assertThat(PrivacyMask.mask("(012 345 678)").text()).isEqualTo("(••• ••• •••)");
  }

  @Test
  void severalNumbersAreReportedInTextOrder() {
    Masked result =
        PrivacyMask.mask("Phone 012 345 678, NSSF 1234 5678 9012, or 097 123 4567 (my wife)");

    assertThat(result.text())
        .isEqualTo("Phone ••• ••• •••, NSSF •••• •••• ••••, or ••• ••• •••• (my wife)");
    assertThat(result.masked()).containsExactly(PHONE, ID_NUMBER, PHONE);
    assertThat(result.kinds()).containsExactly(PHONE, ID_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "123456789",
        "12345678",
        "1234 5678",
        "1234-5678-9012",
        "123 456 789",
        "១២៣៤៥៦៧៨៩",
        "១២៣ ៤៥៦ ៧៨៩",
        "99887766554433221100",
        "12 345 678"
      })
  void otherRunsOfEightOrMoreDigitsAreCardNumbers(String number) {
    Masked result = PrivacyMask.mask("លេខរបស់ខ្ញុំ: " + number);

    assertThat(result.masked()).containsExactly(ID_NUMBER);
    assertThat(result.text()).endsWith(allDigitsMasked(number));
  }

  @Test
  void aCardKeywordBeforeAPhoneShapedNumberMakesItAnIdNumber() {
    // national ID card numbers have 9 digits and may start with 0, exactly like 010 203 040
    assertThat(PrivacyMask.mask("010203040").masked()).containsExactly(PHONE);
    assertThat(PrivacyMask.mask("ID 010203040").masked()).containsExactly(ID_NUMBER);
    assertThat(PrivacyMask.mask("my ID card no. is 010203040").masked()).containsExactly(ID_NUMBER);
    assertThat(PrivacyMask.mask("អត្តសញ្ញាណប័ណ្ណលេខ ០១០២០៣០៤០").masked())
        .containsExactly(ID_NUMBER);
    assertThat(PrivacyMask.mask("លេខ ប.ស.ស ០១២៣៤៥៦៧៨").masked()).containsExactly(ID_NUMBER);
    assertThat(PrivacyMask.mask("NSSF: 012-345-678").masked()).containsExactly(ID_NUMBER);
  }

  @Test
  void aPhoneKeywordNamesAnEightDigitNumberWrittenWithoutItsZero() {
    assertThat(PrivacyMask.mask("tel 12 345 678").masked()).containsExactly(PHONE);
    assertThat(PrivacyMask.mask("លេខទូរស័ព្ទរបស់ខ្ញុំគឺ ១២ ៣៤៥ ៦៧៨").masked())
        .containsExactly(PHONE);
  }

  @Test
  void theNearestKeywordWinsAndOnlyWhenCloseOnTheSameLineWithNoDigitBetween() {
    assertThat(PrivacyMask.mask("ID and phone: 012345678").masked()).containsExactly(PHONE);
    assertThat(PrivacyMask.mask("phone and ID: 012345678").masked()).containsExactly(ID_NUMBER);
    assertThat(PrivacyMask.mask("ID\n012345678").masked()).containsExactly(PHONE);
    assertThat(PrivacyMask.mask("ID 5 then 012345678").masked()).containsExactly(PHONE);
    assertThat(PrivacyMask.mask("ID" + " ".repeat(40) + "012345678").masked())
        .containsExactly(PHONE);
    assertThat(PrivacyMask.mask("IDEA 012345678").masked())
        .as("Latin keywords are whole words")
        .containsExactly(PHONE);
    assertThat(PrivacyMask.mask("valid 012345678").masked()).containsExactly(PHONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ឆ្នាំ 2026",
        "ឆ្នាំ ២០២៦",
        "80,000 riel",
        "400.000៛",
        "15,600",
        "1,200,000 រៀល",
        "12,000,000",
        "១,២០០,០០០ ៛",
        "12.000.000 រៀល",
        "1.200.000.000",
        "១២.០០០.០០០",
        "12 000 000 ៛",
        "12 000 000 riel",
        "$ 12 000 000",
        "14/04/2026",
        "14-04-2026",
        "14.04.2026",
        "14 04 2026",
        "2026-04-14",
        "១៤-០៤-២០២៦",
        "2020-2025",
        "2020 – 2025",
        "២០២០-២០២៥",
        "2569-2570",
        "3 months",
        "ថ្ងៃទី ១៤",
        "050701",
        "10:30",
        "3.5 kg",
        "1234567",
        "Room 3. Then 45",
        "call 118 or 117",
        "ID 1234"
      })
  void yearsAmountsDatesAndShortNumbersAreLeftAlone(String text) {
    Masked result = PrivacyMask.mask(text);

    assertThat(result.changed()).isFalse();
    assertThat(result.masked()).isEmpty();
    assertThat(result.kinds()).isEmpty();
    assertThat(result.text()).isSameAs(text);
  }

  @Test
  void impossibleDatesAndSpaceGroupedDigitsWithoutCurrencyAreStillMasked() {
    assertThat(PrivacyMask.mask("12-34-5678").masked()).containsExactly(ID_NUMBER);
    assertThat(PrivacyMask.mask("1234-5678").masked()).containsExactly(ID_NUMBER);
    assertThat(PrivacyMask.mask("123 456 789").masked()).containsExactly(ID_NUMBER);
  }

  @Test
  void amountsNextToPhoneNumbersDoNotHideThem() {
    Masked result = PrivacyMask.mask("ខ្ញុំខ្ចី 1,200,000 រៀល ហៅ 012 345 678 ថ្ងៃទី 14/04/2026");

    assertThat(result.text()).isEqualTo("ខ្ញុំខ្ចី 1,200,000 រៀល ហៅ ••• ••• ••• ថ្ងៃទី 14/04/2026");
    assertThat(result.masked()).containsExactly(PHONE);
  }

  @Test
  void textWithoutNumbersIsReturnedUnchanged() {
    String text = "ខ្ញុំមិនទាន់ទទួលបានប្រាក់ឧបត្ថម្ភសម្រាប់ស្ត្រីមានផ្ទៃពោះទេ 🙏 <b>&amp;";

    Masked result = PrivacyMask.mask(text);

    assertThat(result.text()).isSameAs(text);
    assertThat(result.changed()).isFalse();
    assertThat(PrivacyMask.mask("").text()).isEmpty();
  }

  @Test
  void everythingButTheDigitsIsKeptExactly() {
    String text = "🙏 សួស្តី\n\nខ្ញុំ (ស្ត្រី) ០១២ ៣៤៥ ៦៧៨ ✓ <tag> & \"quotes\"\r\n";

    assertThat(PrivacyMask.mask(text).text())
        .isEqualTo("🙏 សួស្តី\n\nខ្ញុំ (ស្ត្រី) ••• ••• ••• ✓ <tag> & \"quotes\"\r\n");
  }

  @Test
  void theResultIsImmutableAndNullIsRefused() {
    Masked result = PrivacyMask.mask("012345678");

    assertThatThrownBy(() -> result.masked().add(ID_NUMBER))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.kinds().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PrivacyMask.mask(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void hostileInputOfTenThousandCharsIsMaskedInLinearTime() {
    List<String> inputs = new ArrayList<>();
    inputs.add("1 ".repeat(5_000));
    inputs.add("1-".repeat(5_000));
    inputs.add("1 - ".repeat(2_500));
    inputs.add("១.".repeat(5_000));
    inputs.add("(1)".repeat(3_333));
    inputs.add("(+1".repeat(3_333));
    inputs.add("+ ".repeat(5_000));
    inputs.add("9".repeat(10_000));
    inputs.add("1,".repeat(5_000));
    inputs.add("ID 1 ".repeat(2_000));
    inputs.add(("ទូរស័ព្ទ " + "0".repeat(30) + " ").repeat(250));
    inputs.add(randomNumberSoup(10_000));

    // catastrophic backtracking would take minutes; linear work takes milliseconds
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          for (String input : inputs) {
            assertThat(PrivacyMask.mask(input).text()).hasSameSizeAs(input);
          }
        });
  }

  @Test
  void aLongRunIsMaskedWhole() {
    Masked result = PrivacyMask.mask("1 ".repeat(5_000));

    assertThat(result.text()).isEqualTo("• ".repeat(5_000));
    assertThat(result.masked()).containsExactly(ID_NUMBER);
  }

  private static String allDigitsMasked(String text) {
    return text.replaceAll("[0-9\\u17E0-\\u17E9]", "•");
  }

  private static String randomNumberSoup(int length) {
    String alphabet = "0123456789០១២៣៤៥៦៧៨៩ .-–()+,/:ID\u00A0\nក";
    var random = new Random(17);
    var soup = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      soup.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return soup.toString();
  }
}
