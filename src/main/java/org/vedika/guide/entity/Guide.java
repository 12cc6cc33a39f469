package org.vedika.guide.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vedika.account.entity.Member;
import org.vedika.problem.entity.Category;

/**
 * A guide: its versions, the newest last, and the one readers see once a second person published
 * it. Its category is its published version's (a new guide's first version's until then).
 */
@Entity
@Table(name = "guide")
public class Guide {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String category;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by", nullable = false, updatable = false)
  private Member creator;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "from_problem_id", updatable = false)
  private Long fromProblem;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "published_version")
  private GuideVersion published;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "search_text")
  private String searchText;

  @OneToMany(mappedBy = "guide", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  private List<GuideVersion> versions = new ArrayList<>();

  protected Guide() {}

  public Guide(Member creator, Long fromProblem, Instant now) {
    this.creator = Objects.requireNonNull(creator);
    this.fromProblem = fromProblem;
    this.createdAt = now;
  }

  /**
   * Saves a new version: the newest, waiting for a second person ({@code today}: the day in
   * Cambodia, which a text's "last checked" may not be after).
   *
   * @throws IllegalArgumentException when the text has problems ({@link GuideText#problems})
   */
  public GuideVersion write(GuideText text, Member writer, Instant now, java.time.LocalDate today) {
    var problems = text.problems(today);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(", ", problems));
    }
    if (published == null) {
      category = text.category().key();
    }
    var version = new GuideVersion(this, versions.size() + 1, text, writer, now);
    versions.add(version);
    return version;
  }

  /**
   * A second person publishes this guide's newest version; readers see it from now on.
   *
   * @throws IllegalStateException when the publisher wrote it, or it is already published
   */
  public GuideVersion publishNewest(Member publisher, Instant now, String searchText) {
    var newest = newest();
    newest.publish(publisher, now);
    published = newest;
    publishedAt = now;
    category = newest.getCategory().key();
    this.searchText = searchText;
    return newest;
  }

  public GuideVersion newest() {
    return versions.get(versions.size() - 1);
  }

  /** The newest version when no one published it yet. */
  public Optional<GuideVersion> waiting() {
    var newest = newest();
    return newest.isPublished() ? Optional.empty() : Optional.of(newest);
  }

  public Long getId() {
    return id;
  }

  public Category getCategory() {
    return Category.of(category).orElseThrow();
  }

  public Member getCreator() {
    return creator;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Long getFromProblem() {
    return fromProblem;
  }

  /** The version readers see; null while no version was published. */
  public GuideVersion getPublished() {
    return published;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<GuideVersion> getVersions() {
    return versions;
  }
}
