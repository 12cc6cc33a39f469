package org.vedika.problem.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.account.entity.Member;

/**
 * How fast a member may write: problems, replies, votes and helpful marks, stricter in a member's
 * first days, and no identical post twice. Counted from the rows in MariaDB (indexed by author and
 * time), so every node of a cluster applies the same limits. Each limit is a MicroProfile Config
 * property (see README), e.g. {@code VEDIKA_LIMITS_NEW_PROBLEM_SECONDS=120}.
 */
@ApplicationScoped
public class WritingLimits {

  /** A write refused by a limit: the bundle key that says why and, if it passes, after how long. */
  public static class LimitReached extends org.vedika.Refusal {
    private final long retryAfterSeconds;

    public LimitReached(String bundleKey, long retryAfterSeconds) {
      super(bundleKey, bundleKey, retryAfterSeconds);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  @PersistenceContext EntityManager em;

  /** Set while the demo data is written: seeding is not a member writing. */
  private static final ThreadLocal<Boolean> EXEMPT = ThreadLocal.withInitial(() -> false);

  @Inject
  @ConfigProperty(name = "vedika.limits.new-member-days", defaultValue = "7")
  int newMemberDays;

  @Inject
  @ConfigProperty(name = "vedika.limits.new.problem-seconds", defaultValue = "120")
  int newProblemSeconds;

  @Inject
  @ConfigProperty(name = "vedika.limits.new.problems-first-day", defaultValue = "3")
  int newProblemsFirstDay;

  @Inject
  @ConfigProperty(name = "vedika.limits.new.reply-seconds", defaultValue = "30")
  int newReplySeconds;

  @Inject
  @ConfigProperty(name = "vedika.limits.problem-seconds", defaultValue = "30")
  int problemSeconds;

  @Inject
  @ConfigProperty(name = "vedika.limits.problems-per-day", defaultValue = "20")
  int problemsPerDay;

  @Inject
  @ConfigProperty(name = "vedika.limits.reply-seconds", defaultValue = "10")
  int replySeconds;

  @Inject
  @ConfigProperty(name = "vedika.limits.new.votes-per-day", defaultValue = "50")
  int newVotesPerDay;

  @Inject
  @ConfigProperty(name = "vedika.limits.votes-per-day", defaultValue = "200")
  int votesPerDay;

  /** Runs the work (on this thread) with no writing limits: for seeding demo data only. */
  public void exempt(Runnable work) {
    EXEMPT.set(true);
    try {
      work.run();
    } finally {
      EXEMPT.remove();
    }
  }

  /** Whether the current thread writes as Vedika itself (the demo data), not as a member. */
  public static boolean isExempt() {
    return EXEMPT.get();
  }

  /**
   * A suspended member reads but does not write: refused with the end of the suspension (in whole
   * hours from now, rounded up, as the retry time).
   */
  public static void mustNotBeSuspended(Member member) {
    var now = Instant.now();
    if (member != null && member.isSuspended(now)) {
      var seconds = Duration.between(now, member.getSuspendedUntil()).toSeconds();
      throw new LimitReached("account.suspended", Math.max(1, (seconds + 3599) / 3600));
    }
  }

  /** Refuses a new problem that comes too soon, one too many today, or a copy of a recent one. */
  public void checkProblem(Member author, String title, String body) {
    if (EXEMPT.get()) {
      return;
    }
    mustNotBeSuspended(author);
    var now = Instant.now();
    var fresh = isNew(author, now);
    var recent = stats("problem", "author_id", author.getId(), now.minus(Duration.ofDays(1)));
    var interval = fresh ? newProblemSeconds : problemSeconds;
    waitIfTooSoon(recent.latest(), interval, now, "limit.problem.tooSoon");
    var firstDay = fresh && author.getCreatedAt().isAfter(now.minus(Duration.ofDays(1)));
    var perDay = firstDay ? newProblemsFirstDay : problemsPerDay;
    if (recent.count() >= perDay) {
      throw new LimitReached("limit.problem.perDay", Duration.ofDays(1).toSeconds());
    }
    long copies =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM problem WHERE author_id = ? AND created_at > ?"
                            + " AND title = ? AND body = ?")
                    .setParameter(1, author.getId())
                    .setParameter(2, Timestamp.from(now.minus(Duration.ofDays(30))))
                    .setParameter(3, title)
                    .setParameter(4, body)
                    .getSingleResult())
            .longValue();
    if (copies > 0) {
      throw new LimitReached("limit.identical", 0);
    }
  }

  /** Refuses a reply that comes too soon after the member's last, or repeats it word for word. */
  public void checkReply(Member author, long problemId, String body) {
    if (EXEMPT.get()) {
      return;
    }
    mustNotBeSuspended(author);
    var now = Instant.now();
    var recent = stats("reply", "author_id", author.getId(), now.minus(Duration.ofDays(1)));
    waitIfTooSoon(
        recent.latest(),
        isNew(author, now) ? newReplySeconds : replySeconds,
        now,
        "limit.reply.tooSoon");
    long copies =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM reply WHERE author_id = ? AND problem_id = ? AND body = ?"
                            + " AND deleted = FALSE")
                    .setParameter(1, author.getId())
                    .setParameter(2, problemId)
                    .setParameter(3, body)
                    .getSingleResult())
            .longValue();
    if (copies > 0) {
      throw new LimitReached("limit.identical", 0);
    }
  }

  /** Refuses a vote beyond the member's daily allowance. */
  public void checkVote(Member voter) {
    if (EXEMPT.get()) {
      return;
    }
    mustNotBeSuspended(voter);
    var now = Instant.now();
    var recent = stats("vote", "member_id", voter.getId(), now.minus(Duration.ofDays(1)));
    if (recent.count() >= (isNew(voter, now) ? newVotesPerDay : votesPerDay)) {
      throw new LimitReached("limit.vote.perDay", Duration.ofDays(1).toSeconds());
    }
  }

  /**
   * Refuses a "helpful" mark from a suspended member, or beyond the daily allowance of marks (as
   * many as votes): a mark counts like a vote.
   */
  public void checkHelpful(Member member) {
    if (EXEMPT.get()) {
      return;
    }
    mustNotBeSuspended(member);
    var now = Instant.now();
    var recent = stats("helpful", "member_id", member.getId(), now.minus(Duration.ofDays(1)));
    if (recent.count() >= (isNew(member, now) ? newVotesPerDay : votesPerDay)) {
      throw new LimitReached("limit.helpful.perDay", Duration.ofDays(1).toSeconds());
    }
  }

  private boolean isNew(Member member, Instant now) {
    return member.getCreatedAt().isAfter(now.minus(Duration.ofDays(newMemberDays)));
  }

  private record Stats(long count, Instant latest) {}

  /** How many rows the member wrote to the table since {@code since}, and when the last was. */
  private Stats stats(String table, String memberColumn, long memberId, Instant since) {
    var row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), MAX(created_at) FROM "
                        + table
                        + " WHERE "
                        + memberColumn
                        + " = ? AND created_at > ?")
                .setParameter(1, memberId)
                .setParameter(2, Timestamp.from(since))
                .getSingleResult();
    var latest = row[1] == null ? null : toInstant(row[1]);
    return new Stats(((Number) row[0]).longValue(), latest);
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.LocalDateTime local) {
      return Timestamp.valueOf(local).toInstant();
    }
    return Instant.parse(value.toString());
  }

  private static void waitIfTooSoon(Instant latest, int seconds, Instant now, String key) {
    if (latest == null) {
      return;
    }
    var wait = Duration.between(now, latest.plusSeconds(seconds));
    if (!wait.isNegative() && !wait.isZero()) {
      throw new LimitReached(key, Math.max(1, wait.toSeconds()));
    }
  }
}
