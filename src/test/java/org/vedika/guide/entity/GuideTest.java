package org.vedika.guide.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vedika.testing.Entities.withId;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vedika.account.entity.Member;
import org.vedika.problem.entity.Category;

/** Every version kept; a version public only once someone other than its writer published it. */
class GuideTest {

  static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-12-05");
  static final Member WRITER = withId(new Member("012345201", "Writer", "hash", "07050101"), 201L);
  static final Member SECOND = withId(new Member("012345202", "Second", "hash", "07050101"), 202L);

  static GuideText text(String note) {
    return new GuideText(
        Category.NSSF_PENSION,
        "សោធននិវត្តន៍",
        "អត្ថបទ",
        "",
        "",
        "Mercer",
        TODAY.minusDays(3),
        true,
        note);
  }

  @Test
  void versionsAreKeptAndTheSecondPersonPublishes() {
    var guide = new Guide(WRITER, null, NOW);
    var first = guide.write(text("First"), WRITER, NOW, TODAY);
    assertThat(first.getNumber()).isEqualTo(1);
    assertThat(guide.waiting()).contains(first);
    assertThat(guide.getPublished()).isNull();
    assertThatThrownBy(() -> guide.publishNewest(WRITER, NOW, "words"))
        .isInstanceOf(IllegalStateException.class);
    guide.publishNewest(SECOND, NOW, "words");
    assertThat(guide.getPublished()).isSameAs(first);
    assertThat(first.getPublisher()).isSameAs(SECOND);
    assertThat(guide.waiting()).isEmpty();

    var second = guide.write(text("Second"), SECOND, NOW, TODAY);
    assertThat(second.getNumber()).isEqualTo(2);
    assertThat(guide.getPublished())
        .as("readers keep the first until the second is published")
        .isSameAs(first);
    assertThat(guide.getVersions()).containsExactly(first, second);
    assertThatThrownBy(() -> guide.publishNewest(SECOND, NOW, "words"))
        .isInstanceOf(IllegalStateException.class);
    guide.publishNewest(WRITER, NOW, "words");
    assertThat(guide.getPublished()).isSameAs(second);
  }

  @Test
  void aTextNeedsItsPartsWithinTheirSizes() {
    assertThat(text("note").problems(TODAY)).isEmpty();
    var empty = new GuideText(null, "", "", "", "", "", null, false, "");
    assertThat(empty.problems(TODAY))
        .containsExactly(
            "guide.invalid.category",
            "guide.invalid.title",
            "guide.invalid.sources",
            "guide.invalid.checkedOn",
            "guide.invalid.note");
    var halfEnglish =
        new GuideText(
            Category.NSSF_PENSION, "ក", "ខ", "Title only", "", "s", TODAY.plusDays(1), false, "n");
    assertThat(halfEnglish.problems(TODAY))
        .containsExactly("guide.invalid.pair", "guide.invalid.checkedOn");
    var tooLong =
        new GuideText(
            Category.NSSF_PENSION,
            "ក".repeat(GuideText.TITLE_MAX + 1),
            "ខ".repeat(GuideText.BODY_MAX + 1),
            "",
            "",
            "s",
            TODAY,
            false,
            "n".repeat(GuideText.NOTE_MAX + 1));
    assertThat(tooLong.problems(TODAY))
        .containsExactly("guide.invalid.titleSize", "guide.invalid.bodySize", "guide.invalid.note");
  }

  @Test
  void aReaderGetsTheirLanguageOrTheOther() {
    var guide = new Guide(WRITER, null, NOW);
    var version = guide.write(text("First"), WRITER, NOW, TODAY);
    assertThat(version.title(java.util.Locale.ENGLISH)).isEqualTo("សោធននិវត្តន៍");
    assertThat(version.isOtherLanguage(java.util.Locale.ENGLISH)).isTrue();
    assertThat(version.isOtherLanguage(java.util.Locale.forLanguageTag("km"))).isFalse();
  }
}
