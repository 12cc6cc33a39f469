package org.vedika.guide.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.vedika.account.entity.Member;
import org.vedika.problem.entity.Category;

/**
 * One saved version of a guide, never changed afterwards except to say who published it and when.
 */
@Entity
@Table(name = "guide_version")
public class GuideVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "guide_id", nullable = false, updatable = false)
  private Guide guide;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false, length = 40)
  private String category;

  @Column(name = "title_km", nullable = false, updatable = false)
  private String titleKm;

  @Column(name = "title_en", nullable = false, updatable = false)
  private String titleEn;

  @Column(name = "body_km", nullable = false, updatable = false)
  private String bodyKm;

  @Column(name = "body_en", nullable = false, updatable = false)
  private String bodyEn;

  @Column(nullable = false, updatable = false)
  private String sources;

  @Column(name = "checked_on", nullable = false, updatable = false)
  private LocalDate checkedOn;

  @Column(name = "needs_review", nullable = false, updatable = false)
  private boolean needsReview;

  @Column(name = "change_note", nullable = false, updatable = false)
  private String changeNote;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "written_by", nullable = false, updatable = false)
  private Member writer;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "published_by")
  private Member publisher;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected GuideVersion() {}

  GuideVersion(Guide guide, int number, GuideText text, Member writer, Instant now) {
    this.guide = guide;
    this.number = number;
    this.category = text.category().key();
    this.titleKm = text.titleKm();
    this.titleEn = text.titleEn();
    this.bodyKm = text.bodyKm();
    this.bodyEn = text.bodyEn();
    this.sources = text.sources();
    this.checkedOn = text.checkedOn();
    this.needsReview = text.needsReview();
    this.changeNote = text.changeNote();
    this.writer = Objects.requireNonNull(writer);
    this.writtenAt = now;
  }

  /**
   * A second person publishes this version.
   *
   * @throws IllegalStateException when the publisher wrote it, or it is already published
   */
  void publish(Member publisher, Instant now) {
    if (publisher.getId().equals(writer.getId())) {
      throw new IllegalStateException("the writer of a version cannot publish it");
    }
    if (this.publisher != null) {
      throw new IllegalStateException("already published");
    }
    this.publisher = publisher;
    this.publishedAt = now;
  }

  public GuideText text() {
    return new GuideText(
        getCategory(),
        titleKm,
        bodyKm,
        titleEn,
        bodyEn,
        sources,
        checkedOn,
        needsReview,
        changeNote);
  }

  /** The title in this language, or in the other when it has none in this one. */
  public String title(Locale locale) {
    return inLanguage(locale, titleKm, titleEn);
  }

  /** The body in this language, or in the other when it has none in this one. */
  public String body(Locale locale) {
    return inLanguage(locale, bodyKm, bodyEn);
  }

  /** Of a text in both languages, the reader's, or the other when theirs is empty. */
  public static String inLanguage(Locale locale, String khmer, String english) {
    return "en".equals(locale.getLanguage())
        ? (english.isEmpty() ? khmer : english)
        : (khmer.isEmpty() ? english : khmer);
  }

  /** Whether the reader gets it in another language than theirs (it has none in theirs). */
  public boolean isOtherLanguage(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn.isEmpty() : titleKm.isEmpty();
  }

  public Long getId() {
    return id;
  }

  public Guide getGuide() {
    return guide;
  }

  public int getNumber() {
    return number;
  }

  public Category getCategory() {
    return Category.of(category).orElseThrow();
  }

  public String getTitleKm() {
    return titleKm;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public String getBodyKm() {
    return bodyKm;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public String getSources() {
    return sources;
  }

  public LocalDate getCheckedOn() {
    return checkedOn;
  }

  public boolean isNeedsReview() {
    return needsReview;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public Member getWriter() {
    return writer;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public Member getPublisher() {
    return publisher;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public boolean isPublished() {
    return publisher != null;
  }
}
