package org.vedika.demo.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.vedika.problem.entity.Category;

/**
 * The demo's guides cover the list — the NSSF card at a hospital, work injury, pensions,
 * IDPoor, the Health Equity Fund, the disability allowance, the Family Package, payment agents — in
 * both languages, each with sources, and each Khmer text marked for a native speaker's review.
 */
class DemoGuidesTest {

  @Test
  void everyGuideIsWholeInBothLanguagesWithItsSources() {
    var entries = DemoGuides.read();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(9);
    var categories = EnumSet.noneOf(Category.class);
    for (var entry : entries) {
      var text = entry.text();
      assertThat(text.problems(LocalDate.parse("2026-12-05"))).as(text.titleEn()).isEmpty();
      assertThat(text.titleKm()).as(text.titleEn()).containsPattern("[\\u1780-\\u17FF]");
      assertThat(text.bodyKm()).as(text.titleEn()).containsPattern("[\\u1780-\\u17FF]");
      assertThat(text.bodyEn()).as(text.titleEn()).isNotBlank();
      assertThat(text.sources()).as(text.titleEn()).isNotBlank();
      assertThat(text.needsReview()).as(text.titleEn()).isTrue();
      categories.add(text.category());
    }
    assertThat(categories)
        .contains(
            Category.NSSF_HEALTH_WORKERS,
            Category.EMPLOYMENT_INJURY,
            Category.NSSF_PENSION,
            Category.NSSF_SELF_EMPLOYED,
            Category.IDPOOR_REGISTRATION,
            Category.HEF_HEALTH_CARE,
            Category.DISABILITY_ALLOWANCE,
            Category.FAMILY_PACKAGE_OTHER,
            Category.PAYMENT_DELIVERY);
    assertThat(entries.stream().filter(e -> "equity-card".equals(e.from()))).hasSize(1);
  }
}
