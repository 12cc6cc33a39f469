package org.vedika.vote.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.vedika.account.entity.Member;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.control.WritingLimits;
import org.vedika.problem.entity.ProblemEvent;
import org.vedika.problem.control.HotRank;

/** Casts and retracts votes, keeping the counter equal to the rows. */
@Stateless
public class Votes {

  @PersistenceContext EntityManager em;
  @Inject WritingLimits limits;
  @Inject Event<ProblemEvent> events;

  /** Casts the member's vote; false when it was already there. */
  public boolean cast(long memberId, long problemId) {
    lock(problemId);
    if (!hasVoted(memberId, problemId)) {
      limits.checkVote(em.find(Member.class, memberId));
    }
    int inserted =
        em.createNativeQuery("INSERT IGNORE INTO vote (problem_id, member_id) VALUES (?, ?)")
            .setParameter(1, problemId)
            .setParameter(2, memberId)
            .executeUpdate();
    count(problemId, inserted);
    if (inserted == 1) {
      events.fire(new ProblemEvent.Voted(problemId, memberId));
    }
    return inserted == 1;
  }

  /** Takes the member's vote back; false when there was none. */
  public boolean retract(long memberId, long problemId) {
    lock(problemId);
    int deleted =
        em.createNativeQuery("DELETE FROM vote WHERE problem_id = ? AND member_id = ?")
            .setParameter(1, problemId)
            .setParameter(2, memberId)
            .executeUpdate();
    count(problemId, -deleted);
    return deleted == 1;
  }

  /** Asked on every problem page a member reads: a plain read, without an (XA) transaction. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean hasVoted(long memberId, long problemId) {
    return !em.createNativeQuery("SELECT 1 FROM vote WHERE problem_id = ? AND member_id = ?")
        .setParameter(1, problemId)
        .setParameter(2, memberId)
        .getResultList()
        .isEmpty();
  }

  private void lock(long problemId) {
    var found =
        em.createNativeQuery(
                "SELECT id FROM problem WHERE id = ? AND moderation = 'VISIBLE' FOR UPDATE")
            .setParameter(1, problemId)
            .getResultList();
    if (found.isEmpty()) {
      throw new Problems.NoSuchProblemException(problemId);
    }
  }

  private void count(long problemId, int change) {
    if (change == 0) {
      return;
    }
    em.createNativeQuery(
            "UPDATE problem SET vote_count = vote_count + ?, hot = " + HotRank.SQL + " WHERE id = ?")
        .setParameter(1, change)
        .setParameter(2, problemId)
        .executeUpdate();
  }
}
