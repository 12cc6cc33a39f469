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
import org.vedika.Refusal;
import org.vedika.account.entity.Member;
import org.vedika.place.entity.Place;

/**
 * A forum thread: a problem raised in a village or commune. Every rule about its state is a method
 * here: the lifecycle ({@link #moveTo}, also on {@link #mergeInto}), moderation ({@link #hide},
 * {@link #restore}, {@link #approve}, {@link #lock}), where it belongs ({@link #relocate}) and what
 * it still takes ({@link #mustTakeVotes}, {@link #mustTakeReplies}). Its counters and hot score are
 * written only by {@code problem.boundary.ProblemCounters}, with atomic SQL in the writing
 * transaction, never here.
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

  /** Why a moderator hid it (a moderation reason key). */
  @Column(name = "hidden_reason", length = 24)
  private String hiddenReason;

  /** The moderator's note on hiding it. */
  @Column(name = "hidden_note", length = 500)
  private String hiddenNote;

  @Column(nullable = false)
  private boolean locked;

  @Column(name = "vote_count", nullable = false, insertable = false, updatable = false)
  private int voteCount;

  @Column(name = "reply_count", nullable = false, insertable = false, updatable = false)
  private int replyCount;

  /**
   * The people it affects: its author and its voters, each once (the author may vote too); kept
   * with the votes by {@code ProblemCounters}. What every page and the dashboard call "people
   * affected".
   */
  @Column(name = "people", nullable = false, insertable = false, updatable = false)
  private int people;

  /**
   * People who reported this problem at a trainer's awareness session (apart from online votes).
   */
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

  /** The problem this duplicate was merged into ({@link #mergeInto}). */
  @Column(name = "merged_into")
  private Long mergedInto;

  /**
   * The reply that solved it, marked by its author or the commune's official ({@link
   * #markSolution}); null while none has.
   */
  @Column(name = "solution_id")
  private Long solutionId;

  @Column(name = "solved_at")
  private Instant solvedAt;

  /** The recurring problem (group) it belongs to: written by {@code Problems}' group methods. */
  @Column(name = "recurring_id", insertable = false, updatable = false)
  private Long recurringId;

  protected Problem() {}

  public Problem(Place place, Member author, String title, String body, Category category) {
    this.place = Objects.requireNonNull(place, "A place is required.");
    if (!place.hasForum()) {
      throw new IllegalArgumentException(
          "Problems are raised in a village or commune, not " + place);
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

  /**
   * Marks the reply that solved the problem (the caller checked that the actor is its author or the
   * commune's official, and that the reply is a public one of this problem): it shows under the
   * problem, and lists and the API say "solved". Another reply marked later takes its place.
   */
  public void markSolution(Reply reply, Instant now) {
    if (!isPublished() || mergedInto != null) {
      throw new Refusal("solution.refused", "problem " + id + " takes no solution");
    }
    if (!reply.getProblemId().equals(id) || !reply.isCounted()) {
      throw new Refusal("solution.gone", "reply " + reply.getId() + " is not public on " + id);
    }
    if (reply.getId().equals(solutionId)) {
      throw new Refusal("solution.already", "reply " + reply.getId() + " is the solution already");
    }
    solutionId = reply.getId();
    solvedAt = now;
  }

  /**
   * No reply is the solution any more: taken back by who marked it, or its reply stopped being
   * public. False when this reply was not the solution.
   */
  public boolean unmarkSolution(long replyId) {
    if (solutionId == null || solutionId != replyId) {
      return false;
    }
    solutionId = null;
    solvedAt = null;
    return true;
  }

  /** A reply solved it: lists and the API say so. */
  public boolean isSolved() {
    return solutionId != null;
  }

  public Long getSolutionId() {
    return solutionId;
  }

  public Instant getSolvedAt() {
    return solvedAt;
  }

  /** A trainer records how many people reported this at an awareness session (0 to 10,000). */
  public void reportedAtSession(int people) {
    if (people < 0 || people > MAX_SESSION_REPORTS) {
      throw new IllegalArgumentException("People at a session: 0 to " + MAX_SESSION_REPORTS);
    }
    this.sessionReports = people;
  }

  /**
   * Moves the problem through its lifecycle and returns the timeline entry to persist. The
   * commune's official ({@code asOfficial}) may take any step of {@link ProblemStatus#next()}; the
   * author may only reopen a resolved problem. Resolving and closing need a note, closing a reason.
   *
   * @throws IllegalTransition when the step is not allowed or its note or reason is missing
   */
  public StatusChange moveTo(
      ProblemStatus to,
      CloseReason reason,
      String note,
      Member actor,
      boolean asOfficial,
      Instant at) {
    Objects.requireNonNull(to, "A status is required.");
    var reopening = status == ProblemStatus.RESOLVED && to == ProblemStatus.OPEN;
    var byAuthor = actor.getId() != null && actor.getId().equals(author.getId());
    if (!asOfficial && !(reopening && byAuthor)) {
      throw new IllegalTransition("status.notYours", actor.getId() + " may not move problem " + id);
    }
    return step(to, reason, note, actor, asOfficial, at);
  }

  /**
   * Closes this problem as a duplicate of {@code target} (a moderator's merge): the same lifecycle
   * step as an official's closing, so a closed problem is not closed again. Votes and followers
   * move in the features that own them, on the merge event.
   *
   * @throws Refusal when either is already merged, the target is not public or is this problem, or
   *     this one is closed
   */
  public StatusChange mergeInto(Problem target, Member actor, String note, Instant at) {
    Objects.requireNonNull(target, "A target is required.");
    if (Objects.equals(target.id, id)) {
      throw new Refusal("moderation.merge.same", "merge into itself");
    }
    if (mergedInto != null || target.mergedInto != null) {
      throw new Refusal("moderation.merge.already", "already merged");
    }
    if (!target.isPublished()) {
      throw new Refusal("moderation.merge.target", "target " + target.id + " not public");
    }
    if (status == ProblemStatus.CLOSED) {
      throw new Refusal("moderation.merge.closed", "problem " + id + " is closed already");
    }
    var cleanNote = note == null || note.isBlank() ? "→ #" + target.id : note.strip();
    var change = step(ProblemStatus.CLOSED, CloseReason.DUPLICATE, cleanNote, actor, false, at);
    mergedInto = target.id;
    return change;
  }

  private StatusChange step(
      ProblemStatus to,
      CloseReason reason,
      String note,
      Member actor,
      boolean asOfficial,
      Instant at) {
    var cleanNote = note == null || note.isBlank() ? null : note.strip();
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

  /** A moderator approves a post that waited for review: now everyone sees it. */
  public void approve() {
    if (moderation != ModerationState.PENDING) {
      throw new Refusal("moderation.nothingToDo", "problem " + id + " is not waiting for review");
    }
    moderation = ModerationState.VISIBLE;
  }

  /** A moderator hides it (reports upheld, or held automatically): its text is kept. */
  /** What an erased problem's or reply's text becomes ({@link #eraseByAuthor}). */
  public static final String ERASED_TEXT = "—";

  /**
   * Its author deleted their account and chose to erase what they wrote: the title and text are
   * gone, and the problem is hidden (reason {@code ERASED}: its page says the author erased it).
   */
  public void eraseByAuthor() {
    title = ERASED_TEXT;
    body = ERASED_TEXT;
    moderation = ModerationState.HIDDEN;
    hiddenReason = "ERASED";
    hiddenNote = null;
  }

  public void hide(String reasonKey, String note) {
    Objects.requireNonNull(reasonKey, "A reason is required.");
    if (moderation == ModerationState.HIDDEN && reasonKey.equals(hiddenReason)) {
      throw new Refusal("moderation.nothingToDo", "problem " + id + " is hidden already");
    }
    moderation = ModerationState.HIDDEN;
    hiddenReason = reasonKey;
    hiddenNote = note;
  }

  /** A moderator brings a hidden problem back as it was. */
  public void restore() {
    if (moderation != ModerationState.HIDDEN) {
      throw new Refusal("moderation.nothingToDo", "problem " + id + " is not hidden");
    }
    moderation = ModerationState.VISIBLE;
    hiddenReason = null;
    hiddenNote = null;
  }

  /** No more replies (and no more votes) until a moderator unlocks it. */
  public void lock() {
    locked = true;
  }

  public void unlock() {
    locked = false;
  }

  /** A moderator moves it to another village or commune and, when given, another category. */
  public void relocate(Place to, Category newCategory) {
    Objects.requireNonNull(to, "A place is required.");
    if (!to.hasForum()) {
      throw new Refusal("moderation.move.place.invalid", "cannot move to " + to);
    }
    place = to;
    var code = to.getCode();
    communeCode = code.substring(0, 6);
    districtCode = code.substring(0, 4);
    provinceCode = code.substring(0, 2);
    if (newCategory != null) {
      category = newCategory;
    }
  }

  /** Merged into another problem: votes and replies go there. */
  public boolean isMerged() {
    return mergedInto != null;
  }

  /** Whether a member may still vote on it: published, not merged, not locked. */
  /**
   * {@link #acceptsVotes()} as an SQL condition on the {@code problem} row, for the vote's atomic
   * counter ({@code ProblemCounters.countVote}); {@code ProblemRulesIT} votes on merged, hidden and
   * locked problems through both.
   */
  public static final String TAKES_VOTES =
      "moderation = 'VISIBLE' AND merged_into IS NULL AND locked = FALSE";

  public boolean acceptsVotes() {
    return isPublished() && mergedInto == null && !locked;
  }

  /**
   * @throws Refusal saying why this problem takes no votes now
   */
  public void mustTakeVotes() {
    if (!acceptsVotes()) {
      throw new Refusal(refusalKey(), "problem " + id + " takes no votes");
    }
  }

  /**
   * @throws Refusal saying why this problem takes no replies now
   */
  public void mustTakeReplies() {
    if (!acceptsReplies()) {
      throw new Refusal(refusalKey(), "problem " + id + " takes no replies");
    }
  }

  private String refusalKey() {
    if (mergedInto != null) {
      return "problem.refused.merged";
    }
    return isPublished() ? "problem.refused.locked" : "problem.refused.hidden";
  }

  /** Replies are taken unless the thread is locked, hidden or merged into another. */
  public boolean acceptsReplies() {
    return !locked && moderation == ModerationState.VISIBLE && mergedInto == null;
  }

  public boolean isHidden() {
    return moderation == ModerationState.HIDDEN;
  }

  public String getHiddenReason() {
    return hiddenReason;
  }

  public String getHiddenNote() {
    return hiddenNote;
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

  /** Its author and its voters, each once. */
  public int getPeople() {
    return people;
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

  public Long getRecurringId() {
    return recurringId;
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
