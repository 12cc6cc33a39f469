package org.vedika.vote.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.vedika.account.entity.Member;
import org.vedika.problem.boundary.ProblemCounters;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.control.WritingLimits;
import org.vedika.problem.entity.ProblemEvent;

/**
 * Casts and retracts votes (the owner of {@code vote}): the problem's row lock first (for a cast,
 * the counter's own atomic {@code UPDATE}), the unique key decides whether a vote is new, and the
 * problem's counter changes by exactly that through {@link ProblemCounters}. A merged, hidden or
 * locked problem refuses votes ({@code Problem.mustTakeVotes}).
 */
@ApplicationScoped
@Transactional
public class Votes {

  @PersistenceContext EntityManager em;
  @Inject WritingLimits limits;
  @Inject Problems problems;
  @Inject ProblemCounters counters;
  @Inject Event<ProblemEvent> events;

  /**
   * Casts the member's vote; false when it was already there. The writing limit is checked before
   * any lock (a member at their limit whose vote is already there is told nothing new); the
   * problem's counter goes up first, in one {@code UPDATE} that checks the problem takes votes and
   * holds its row until the commit, then the unique key decides whether the vote is new — if not,
   * the counter goes back down in the same transaction. Three statements with the row held, so
   * votes on one hot problem queue briefly and the counter always equals the rows.
   */
  public boolean cast(long memberId, long problemId) {
    try {
      limits.checkVote(em.find(Member.class, memberId));
    } catch (WritingLimits.LimitReached reached) {
      // a vote already there is no new one: asked only of a member at their limit
      if (hasVoted(memberId, problemId)) {
        return false;
      }
      throw reached;
    }
    if (!counters.countVote(problemId, memberId, 1)) {
      // not there, or takes no votes: the problem says why (a refusal, or no such problem)
      problems.lockPublished(problemId).mustTakeVotes();
      if (!counters.countVote(problemId, memberId, 1)) {
        throw new IllegalStateException(
            "problem " + problemId + " takes votes but was not counted");
      }
    }
    int inserted =
        em.createNativeQuery("INSERT IGNORE INTO vote (problem_id, member_id) VALUES (?, ?)")
            .setParameter(1, problemId)
            .setParameter(2, memberId)
            .executeUpdate();
    if (inserted == 0) {
      counters.countVote(problemId, memberId, -1);
      return false;
    }
    events.fire(new ProblemEvent.Voted(problemId, memberId));
    return true;
  }

  /** Takes the member's vote back; false when there was none. */
  public boolean retract(long memberId, long problemId) {
    problems.lockPublished(problemId).mustTakeVotes();
    int deleted =
        em.createNativeQuery("DELETE FROM vote WHERE problem_id = ? AND member_id = ?")
            .setParameter(1, problemId)
            .setParameter(2, memberId)
            .executeUpdate();
    counters.votes(problemId, memberId, -deleted);
    return deleted == 1;
  }

  /**
   * A merged duplicate's votes move to the problem it was merged into, nobody counted twice (the
   * key keeps one vote per member); the problem feature counts both again afterwards.
   */
  public void on(@Observes ProblemEvent.Merged merged) {
    em.createNativeQuery(
            "INSERT IGNORE INTO vote (problem_id, member_id, created_at)"
                + " SELECT ?, member_id, created_at FROM vote WHERE problem_id = ?")
        .setParameter(1, merged.into())
        .setParameter(2, merged.problemId())
        .executeUpdate();
    em.createNativeQuery("DELETE FROM vote WHERE problem_id = ?")
        .setParameter(1, merged.problemId())
        .executeUpdate();
  }

  /** Whether this vote is already there (before any lock: the unique key has the last word). */
  private boolean hasVoted(long memberId, long problemId) {
    return !em.createNativeQuery("SELECT 1 FROM vote WHERE problem_id = ? AND member_id = ?")
        .setParameter(1, problemId)
        .setParameter(2, memberId)
        .getResultList()
        .isEmpty();
  }

  /** The member's votes, for their data download. */
  public jakarta.json.JsonArray dataOf(long memberId) {
    return org.vedika.JsonRows.of(
        em.createNativeQuery(
                "SELECT problem_id, created_at FROM vote WHERE member_id = ? ORDER BY created_at")
            .setParameter(1, memberId)
            .getResultList(),
        "problem",
        "createdAt");
  }
}
