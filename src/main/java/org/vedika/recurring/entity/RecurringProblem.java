package org.vedika.recurring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.vedika.problem.entity.Category;

/**
 * A named group of problems about the same issue raised in different places: what the dashboard
 * ranks. Named in Khmer and English, so a ministry reads one name whatever the posts' language. Its
 * problems point to it ({@code problem.recurring_id}): a problem is in at most one group.
 */
@Entity
@Table(name = "recurring_problem")
public class RecurringProblem {

  public static final int TITLE_MIN = 3;
  public static final int TITLE_MAX = 150;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "title_km", nullable = false, length = TITLE_MAX)
  private String titleKm;

  @Column(name = "title_en", nullable = false, length = TITLE_MAX)
  private String titleEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Category category;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected RecurringProblem() {}

  public RecurringProblem(String titleKm, String titleEn, Category category, Long createdBy) {
    rename(titleKm, titleEn, category);
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
  }

  /** New names and category; each title 3 to 150 characters, one of them may stand for both. */
  public final void rename(String titleKm, String titleEn, Category category) {
    var km = clean(titleKm);
    var en = clean(titleEn);
    if (km == null && en == null) {
      throw new IllegalArgumentException("A recurring problem needs a name.");
    }
    this.titleKm = km == null ? en : km;
    this.titleEn = en == null ? km : en;
    this.category = Objects.requireNonNull(category, "A category is required.");
  }

  private static String clean(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    var stripped = title.strip();
    if (stripped.length() < TITLE_MIN || stripped.length() > TITLE_MAX) {
      throw new IllegalArgumentException(
          "A name is " + TITLE_MIN + " to " + TITLE_MAX + " characters.");
    }
    return stripped;
  }

  /** The name in the reader's language: Khmer unless the reader reads English. */
  public String title(String language) {
    return "en".equals(language) ? titleEn : titleKm;
  }

  public Long getId() {
    return id;
  }

  public String getTitleKm() {
    return titleKm;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public Category getCategory() {
    return category;
  }
}
