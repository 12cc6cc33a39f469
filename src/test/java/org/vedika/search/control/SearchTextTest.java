package org.vedika.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  private static final String PREGNANCY_ALLOWANCE =
      "ខ្ញុំមិនទាន់ទទួលបានប្រាក់ឧបត្ថម្ភសម្រាប់ស្ត្រីមានផ្ទៃពោះទេ";
  private static final String EQUITY_CARD_EXPIRED = "ប័ណ្ណសមធម៌របស់គ្រួសារខ្ញុំផុតសុពលភាពហើយ";

  @Test
  void segmentsAKhmerSentenceIntoDictionaryWords() {
    assertThat(SearchText.words(PREGNANCY_ALLOWANCE))
        .containsExactly(
            "ខ្ញុំ",
            "មិនទាន់",
            "ទទួល",
            "បាន",
            "ប្រាក់ឧបត្ថម្ភ",
            "សម្រាប់",
            "ស្ត្រី",
            "មានផ្ទៃពោះ",
            "ទេ");
    assertThat(SearchText.words(EQUITY_CARD_EXPIRED))
        .containsExactly("ប័ណ្ណ", "សមធម៌", "របស់", "គ្រួសារ", "ខ្ញុំ", "ផុត", "សុពលភាព", "ហើយ");
  }

  @Test
  void indexJoinsTheWordsWithSpacesAndPadsTheShortOnes() {
    assertThat(SearchText.index(PREGNANCY_ALLOWANCE))
        .isEqualTo("ខ្ញុំ មិនទាន់ ទទួល បាន ប្រាក់ឧបត្ថម្ភ សម្រាប់ ស្ត្រី មានផ្ទៃពោះ ទេ_");
    assertThat(SearchText.index(EQUITY_CARD_EXPIRED))
        .isEqualTo("ប័ណ្ណ សមធម៌ របស់ គ្រួសារ ខ្ញុំ ផុត សុពលភាព ហើយ");
  }

  @Test
  void everyIndexedTokenHasAtLeastThreeCodePoints() {
    var index = SearchText.index("គាត់ជាគ្រូបង្រៀន ក ខ I am 5 ទេ " + PREGNANCY_ALLOWANCE);

    assertThat(index.split(" "))
        .allSatisfy(token -> assertThat(token.codePointCount(0, token.length())).isGreaterThan(2))
        .contains("ជា_", "ក__", "ខ__", "i__", "am_", "5__", "ទេ_");
  }

  @Test
  void stopwordsOfInnoDbGetAMarkSoTheServerKeepsThem() {
    assertThat(SearchText.index("Where is the NSSF office? About the card, who knows"))
        .isEqualTo("where_ is_ the_ nssf office about_ the_ card who_ knows");
    assertThat(SearchText.INNODB_STOPWORDS).hasSize(35).allMatch(w -> w.equals(w.toLowerCase()));
  }

  @Test
  void encodingPadsShortWordsMarksStopwordsAndLeavesTheRest() {
    assertThat(SearchText.encode("ទេ")).isEqualTo("ទេ_");
    assertThat(SearchText.encode("ក")).isEqualTo("ក__");
    assertThat(SearchText.encode("the")).isEqualTo("the_");
    assertThat(SearchText.encode("with")).isEqualTo("with_");
    assertThat(SearchText.encode("a")).isEqualTo("a__");
    assertThat(SearchText.encode("card")).isEqualTo("card");
    assertThat(SearchText.encode("បាន")).as("3 code points: long enough").isEqualTo("បាន");
  }

  @Test
  void underscoresInTheTextCannotForgeAPaddedToken() {
    assertThat(SearchText.index("ទេ_ the_ foo_bar a__")).isEqualTo("ទេ_ the_ foobar a__");
    assertThat(SearchText.words("ទេ_ the_ foo_bar a__"))
        .containsExactly("ទេ", "the", "foobar", "a");
  }

  @Test
  void mixedKhmerAndEnglishLowerCasesLatinAndJoinsAbbreviations() {
    assertThat(SearchText.words("NSSF card ប័ណ្ណ ប.ស.ស."))
        .containsExactly("nssf", "card", "ប័ណ្ណ", "បសស");
    assertThat(SearchText.index("NSSF card ប័ណ្ណ ប.ស.ស.")).isEqualTo("nssf card ប័ណ្ណ បសស");
    assertThat(SearchText.index("បសស")).as("typed without dots").isEqualTo("បសស");
  }

  @Test
  void khmerDigitsBecomeLatinDigits() {
    assertThat(SearchText.index("២០២៦")).isEqualTo("2026");
    assertThat(SearchText.index("2026")).isEqualTo("2026");
    assertThat(SearchText.index("០១២៣៤៥៦៧៨៩")).isEqualTo("0123456789");
    assertThat(SearchText.index("១២")).isEqualTo("12_");
  }

  @Test
  void khmerGluedToDigitsIsSplitThere() {
    assertThat(SearchText.words("ឆ្នាំ២០២៦")).containsExactly("ឆ្នាំ", "2026");
    assertThat(SearchText.words("ឆ្នាំ2026")).containsExactly("ឆ្នាំ", "2026");
    assertThat(SearchText.words("កុមារអាយុក្រោម២ឆ្នាំ"))
        .containsExactly("កុមារ", "អាយុ", "ក្រោម", "2", "ឆ្នាំ");
    assertThat(SearchText.words("covid19 A4"))
        .as("Latin stays whole")
        .containsExactly("covid19", "a4");
  }

  @Test
  void punctuationInsideAWordIsDroppedAsInnoDbWouldSplitThere() {
    assertThat(SearchText.words("can't U.S.A 1,000 3.14 e-mail"))
        .containsExactly("cant", "usa", "1000", "314", "e", "mail");
  }

  @Test
  void zeroWidthCharactersDoNotChangeTheWords() {
    var typed = "\u200Bស្ត្រី\u200Bមាន\u200Cផ្ទៃពោះ\u200D";

    assertThat(SearchText.words(typed)).containsExactly("ស្ត្រី", "មានផ្ទៃពោះ");
    assertThat(SearchText.index(typed)).doesNotContain("\u200B", "\u200C", "\u200D");
  }

  @Test
  void textIsNormalisedToNfc() {
    var decomposed = "Cafe\u0301";

    assertThat(SearchText.index(decomposed)).isEqualTo("caf\u00E9");
  }

  @Test
  void repetitionSignAloneIsNoWord() {
    assertThat(SearchText.words("ពេលៗ")).containsExactly("ពេល");
  }

  @Test
  void punctuationSpacesAndEmptyTextGiveNoWords() {
    assertThat(SearchText.index("")).isEmpty();
    assertThat(SearchText.index(null)).isEmpty();
    assertThat(SearchText.index("  ។ ៖ ... !!! 😀 ")).isEmpty();
  }

  @Test
  void veryLongWordsAreCutToTheLongestTokenInnoDbKeeps() {
    var longWord = "supercalifragilistic".repeat(5);

    assertThat(longWord).hasSize(100);
    assertThat(SearchText.index(longWord)).isEqualTo(longWord.substring(0, 84));
    assertThat(SearchText.query(longWord)).contains("+" + longWord.substring(0, 84));
  }

  @Test
  void queryRequiresEveryWordOnce() {
    assertThat(SearchText.query("ស្ត្រីមានផ្ទៃពោះ")).contains("+ស្ត្រី +មានផ្ទៃពោះ");
    assertThat(SearchText.query("ទេ")).contains("+ទេ_");
    assertThat(SearchText.query("the card")).contains("+the_ +card");
    assertThat(SearchText.query("card card CARD")).contains("+card");
    assertThat(SearchText.query("ប័ណ្ណ ២០២៦")).contains("+ប័ណ្ណ +2026");
  }

  @Test
  void queryAnyWantsAnyWord() {
    assertThat(SearchText.queryAny(EQUITY_CARD_EXPIRED))
        .contains("ប័ណ្ណ សមធម៌ របស់ គ្រួសារ ខ្ញុំ ផុត សុពលភាព ហើយ");
    assertThat(SearchText.queryAny("the NSSF card")).contains("the_ nssf card");
    assertThat(SearchText.queryAny(" ? ")).isEmpty();
  }

  @Test
  void queryOfNothingSearchableIsEmpty() {
    assertThat(SearchText.query(null)).isEmpty();
    assertThat(SearchText.query("")).isEmpty();
    assertThat(SearchText.query("   ")).isEmpty();
    assertThat(SearchText.query("+-><()~*\"@%")).isEmpty();
    assertThat(SearchText.query("។៕")).isEmpty();
  }

  @Test
  void operatorsTypedByTheReaderNeverReachTheQuery() {
    assertThat(SearchText.query("+ស្ត្រី -ទេ")).contains("+ស្ត្រី +ទេ_");
    assertThat(SearchText.query("card*")).contains("+card");
    assertThat(SearchText.query("\"nssf card\" @3")).contains("+nssf +card +3__");
    assertThat(SearchText.query("(card) ~nssf >a <b")).contains("+card +nssf +a__ +b__");
    assertThat(SearchText.query("card') AGAINST('x' -- ; DROP TABLE post"))
        .contains("+card +against +x__ +drop +table +post");
    assertThat(SearchText.query("a%b _c_ ＋card －ស្ត្រី")).contains("+a__ +b__ +c__ +card +ស្ត្រី");

    var hostile =
        "+-><()~*\"@% ' ; \\ ` ＋ ＂ ﹡ \u0000 \t\n ស្ត្រី\"+ទេ card~ -the (who) 2026* @@5 %x%";
    assertThat(SearchText.query(hostile))
        .hasValueSatisfying(
            query ->
                assertThat(query.split(" "))
                    .allSatisfy(term -> assertThat(term).matches("\\+[\\p{L}\\p{M}\\p{Nd}]+_*")));
    assertThat(SearchText.queryAny(hostile))
        .hasValueSatisfying(query -> assertThat(query).matches("[\\p{L}\\p{M}\\p{Nd}_ ]+"));
  }

  @Test
  void aQueryHasAtMostThirtyTwoWords() {
    var words = new String[50];
    Arrays.setAll(words, i -> "word" + i);

    assertThat(SearchText.query(String.join(" ", words)).orElseThrow().split(" "))
        .hasSize(32)
        .startsWith("+word0")
        .endsWith("+word31");
    assertThat(SearchText.index(String.join(" ", words)).split(" "))
        .as("the index keeps them all")
        .hasSize(50);
  }

  @Test
  void indexAndQueryAnalyseAlike() {
    var text = "NSSF card ប័ណ្ណ ប.ស.ស. ២០២៦ " + PREGNANCY_ALLOWANCE;
    var indexTokens = SearchText.index(text).split(" ");

    assertThat(SearchText.queryAny(text).orElseThrow().split(" "))
        .containsExactlyInAnyOrder(Arrays.stream(indexTokens).distinct().toArray(String[]::new));
  }
}
