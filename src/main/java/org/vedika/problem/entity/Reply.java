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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.vedika.Refusal;
import org.vedika.account.entity.Member;

/** A post in a problem's thread; its author may edit it for 15 minutes and delete it. */
@Entity
@Table(name = "reply")
@NamedQuery(
    name = Reply.OF_PROBLEM,
    query =
        "SELECT r FROM Reply r JOIN FETCH r.author WHERE r.problemId = :problem"
            + " AND r.moderation = org.vedika.problem.entity.ModerationState.VISIBLE"
            + " AND r.deleted = FALSE ORDER BY r.createdAt, r.id")
@NamedQuery(
    name = Reply.THREAD_OF_PROBLEM,
    query =
        "SELECT r FROM Reply r JOIN FETCH r.author a WHERE r.problemId = :problem"
            + " AND (r.moderation <> org.vedika.problem.entity.ModerationState.PENDING OR a.id = :reader)"
            + " AND r.deleted = FALSE ORDER BY r.createdAt, r.id")
public class Reply {

  public static final String OF_PROBLEM = "Reply.ofProblem";

  /**
   * As the page shows a thread: hidden replies too (as "hidden by a moderator: reason"), and the
   * reader's own replies waiting for review.
   */
  public static final String THREAD_OF_PROBLEM = "Reply.threadOfProblem";

  public static final int BODY_MIN = 2;
  public static final int BODY_MAX = 3_000;
  public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "problem_id", nullable = false)
  private Long problemId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id", nullable = false)
  private Member author;

  @Column(nullable = false, length = BODY_MAX)
  private String body;

  @Column(nullable = false)
  private boolean official;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ModerationState moderation = ModerationState.VISIBLE;

  /** Why a moderator hid it (a moderation reason key). */
  @Column(name = "hidden_reason", length = 24)
  private String hiddenReason;

  /** The moderator's note on hiding it. */
  @Column(name = "hidden_note", length = 500)
  private String hiddenNote;

  @Column(nullable = false)
  private boolean deleted;

  /** Members who marked it helpful, one each: kept with the rows of {@code helpful}. */
  @Column(name = "helpful_count", nullable = false, insertable = false, updatable = false)
  private int helpfulCount;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  protected Reply() {}

  public Reply(Problem problem, Member author, String body, boolean official) {
    Objects.requireNonNull(problem, "A problem is required.");
    problem.mustTakeReplies();
    this.problemId = problem.getId();
    this.author = Objects.requireNonNull(author, "An author is required.");
    this.body = Objects.requireNonNull(body, "A reply is required.");
    this.official = official;
    this.createdAt = Instant.now();
  }

  public boolean isEditableBy(Long memberId, Instant now) {
    return !deleted && author.getId().equals(memberId) && editable(createdAt, now);
  }

  /** Whether a reply posted then may still be edited now (by its author): {@link #EDIT_WINDOW}. */
  public static boolean editable(Instant createdAt, Instant now) {
    return now.isBefore(createdAt.plus(EDIT_WINDOW));
  }

  /** The author rewrites the reply within {@link #EDIT_WINDOW} of posting it. */
  public void edit(Long memberId, String newBody, Instant now) {
    if (!isEditableBy(memberId, now)) {
      throw new Refusal(
          "reply.edit.tooLate", "reply " + id + " can no longer be edited by " + memberId);
    }
    this.body = Objects.requireNonNull(newBody);
    this.editedAt = now;
  }

  /** The author takes the reply back. */
  public void delete(Long memberId) {
    if (!author.getId().equals(memberId)) {
      throw new Refusal("reply.delete.notYours", "only its author deletes reply " + id);
    }
    this.deleted = true;
  }

  /** Its author deleted their account and chose to erase what they wrote: text and reply gone. */
  public void eraseByAuthor() {
    body = Problem.ERASED_TEXT;
    deleted = true;
  }

  /** Counted on its problem and seen by everyone: published and not deleted. */
  public boolean isCounted() {
    return moderation == ModerationState.VISIBLE && !deleted;
  }

  /** A moderator approves a reply that waited for review. */
  public void approve() {
    if (moderation != ModerationState.PENDING) {
      throw new Refusal("moderation.nothingToDo", "reply " + id + " is not waiting for review");
    }
    moderation = ModerationState.VISIBLE;
  }

  /** A moderator hides it (reports upheld, or held automatically): its text is kept. */
  public void hide(String reasonKey, String note) {
    Objects.requireNonNull(reasonKey, "A reason is required.");
    if (moderation == ModerationState.HIDDEN && reasonKey.equals(hiddenReason)) {
      throw new Refusal("moderation.nothingToDo", "reply " + id + " is hidden already");
    }
    moderation = ModerationState.HIDDEN;
    hiddenReason = reasonKey;
    hiddenNote = note;
  }

  /** A moderator brings a hidden reply back as it was. */
  public void restore() {
    if (moderation != ModerationState.HIDDEN) {
      throw new Refusal("moderation.nothingToDo", "reply " + id + " is not hidden");
    }
    moderation = ModerationState.VISIBLE;
    hiddenReason = null;
    hiddenNote = null;
  }

  public ModerationState getModeration() {
    return moderation;
  }

  /** A new reply that waits for a moderator before anyone but its author sees it. */
  public void holdForReview() {
    moderation = ModerationState.PENDING;
  }

  public boolean isPending() {
    return moderation == ModerationState.PENDING;
  }

  public boolean isHidden() {
    return moderation == ModerationState.HIDDEN;
  }

  public String getHiddenReason() {
    return hiddenReason;
  }

  public Long getId() {
    return id;
  }

  public Long getProblemId() {
    return problemId;
  }

  public Member getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public boolean isOfficial() {
    return official;
  }

  public boolean isDeleted() {
    return deleted;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getHelpfulCount() {
    return helpfulCount;
  }

  public Instant getEditedAt() {
    return editedAt;
  }
}
