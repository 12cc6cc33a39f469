package org.vedika.problem.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.vedika.account.entity.Member;
import org.vedika.place.entity.Place;

/**
 * A forum thread: a problem raised in a village or commune. Its counters are kept by the facades
 * with atomic SQL updates in the writing transaction, never incremented here.
 */
@Entity
@Table(name = "problem")
public class Problem {

  public static final int TITLE_MIN = 10;
  public static final int TITLE_MAX = 150;
  public static final int BODY_MIN = 20;
  public static final int BODY_MAX = 5_000;
  public static final int MAX_SESSION_REPORTS = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "place_code", nullable = false)
  private Place place;

  @Column(name = "commune_code", nullable = false, length = 6)
  private String communeCode;

  @Column(name = "district_code", nullable = false, length = 4)
  private String districtCode;

  @Column(name = "province_code", nullable = false, length = 2)
  private String provinceCode;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = BODY_MAX)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Category category;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id", nullable = false)
  private Member author;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ProblemStatus status = ProblemStatus.OPEN;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ModerationState moderation = ModerationState.VISIBLE;

  /** Why a moderator hid it (a moderation reason key), written by the moderation feature. */
  @Column(name = "hidden_reason", insertable = false, updatable = false)
  private String hiddenReason;

  @Column(nullable = false)
  private boolean locked;

  @Column(name = "vote_count", nullable = false, insertable = false, updatable = false)
  private int voteCount;

  @Column(name = "reply_count", nullable = false, insertable = false, updatable = false)
  private int replyCount;

  /** People who reported this problem at a trainer's awareness session (apart from online votes). */
  @Column(name = "session_reports", nullable = false)
  private int sessionReports;

  /** {@link org.vedika.problem.control.HotRank}, kept in the database by the writing facades */
  @Column(nullable = false, insertable = false, updatable = false)
  private double hot;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_activity_at", nullable = false, insertable = false, updatable = false)
  private Instant lastActivityAt;

  @Column(name = "answered_at", insertable = false, updatable = false)
  private Instant answeredAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "close_reason", length = 24)
  private CloseReason closeReason;

  /** The problem this duplicate was merged into (written by the moderation feature). */
  @Column(name = "merged_into", insertable = false, updatable = false)
  private Long mergedInto;

  protected Problem() {}

  public Problem(Place place, Member author, String title, String body, Category category) {
    this.place = Objects.requireNonNull(place, "A place is required.");
    if (!place.hasForum()) {
      throw new IllegalArgumentException("Problems are raised in a village or commune, not " + place);
    }
    this.author = Objects.requireNonNull(author, "An author is required.");
    this.title = Objects.requireNonNull(title, "A title is required.");
    this.body = Objects.requireNonNull(body, "A description is required.");
    this.category = Objects.requireNonNull(category, "A category is required.");
    var code = place.getCode();
    this.communeCode = code.substring(0, 6);
    this.districtCode = code.substring(0, 4);
    this.provinceCode = code.substring(0, 2);
    this.createdAt = Instant.now();
  }

  /** A new post that waits for a moderator before anyone else sees it. */
  public void holdForReview() {
    moderation = ModerationState.PENDING;
  }

  public boolean isPending() {
    return moderation == ModerationState.PENDING;
  }

  /** A trainer records how many people reported this at an awareness session (0 to 10,000). */
  public void reportedAtSession(int people) {
    if (people < 0 || people > MAX_SESSION_REPORTS) {
      throw new IllegalArgumentException("People at a session: 0 to " + MAX_SESSION_REPORTS);
    }
    this.sessionReports = people;
  }

  /**
   * Moves the problem through its lifecycle and returns the timeline entry to persist. The commune's
   * official ({@code asOfficial}) may take any step of {@link ProblemStatus#next()}; the author may
   * only reopen a resolved problem. Resolving and closing need a note, closing a reason.
   *
   * @throws IllegalTransition when the step is not allowed or its note or reason is missing
   */
  public StatusChange moveTo(
      ProblemStatus to, CloseReason reason, String note, Member actor, boolean asOfficial, Instant at) {
    Objects.requireNonNull(to, "A status is required.");
    var cleanNote = note == null || note.isBlank() ? null : note.strip();
    var reopening = status == ProblemStatus.RESOLVED && to == ProblemStatus.OPEN;
    var byAuthor = actor.getId() != null && actor.getId().equals(author.getId());
    if (!asOfficial && !(reopening && byAuthor)) {
      throw new IllegalTransition("status.notYours", actor.getId() + " may not move problem " + id);
    }
    if (!status.next().contains(to)) {
      throw new IllegalTransition("status.illegal", status + " → " + to);
    }
    if ((to == ProblemStatus.RESOLVED || to == ProblemStatus.CLOSED) && cleanNote == null) {
      throw new IllegalTransition("status.noteRequired", status + " → " + to + " without a note");
    }
    if (to == ProblemStatus.CLOSED && reason == null) {
      throw new IllegalTransition("status.reasonRequired", "closed without a reason");
    }
    if (to != ProblemStatus.CLOSED && reason != null) {
      throw new IllegalTransition("status.illegal", "a reason is only for closing");
    }
    if (cleanNote != null && cleanNote.length() > StatusChange.NOTE_MAX) {
      throw new IllegalTransition("status.noteTooLong", "note of " + cleanNote.length());
    }
    var change = new StatusChange(id, status, to, reason, cleanNote, actor, asOfficial, at);
    status = to;
    closeReason = reason;
    if (to == ProblemStatus.RESOLVED) {
      resolvedAt = at;
    } else if (to == ProblemStatus.OPEN) {
      resolvedAt = null;
    }
    return change;
  }

  /** Replies are taken unless the thread is locked or hidden. */
  public boolean acceptsReplies() {
    return !locked && moderation == ModerationState.VISIBLE;
  }

  public boolean isHidden() {
    return moderation == ModerationState.HIDDEN;
  }

  public String getHiddenReason() {
    return hiddenReason;
  }

  public boolean isPublished() {
    return moderation == ModerationState.VISIBLE;
  }

  public Long getId() {
    return id;
  }

  public Place getPlace() {
    return place;
  }

  public String getCommuneCode() {
    return communeCode;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Category getCategory() {
    return category;
  }

  public Member getAuthor() {
    return author;
  }

  public ProblemStatus getStatus() {
    return status;
  }

  public ModerationState getModeration() {
    return moderation;
  }

  public boolean isLocked() {
    return locked;
  }

  public int getVoteCount() {
    return voteCount;
  }

  public int getSessionReports() {
    return sessionReports;
  }

  public int getReplyCount() {
    return replyCount;
  }

  public double getHot() {
    return hot;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Long getMergedInto() {
    return mergedInto;
  }

  public CloseReason getCloseReason() {
    return closeReason;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
