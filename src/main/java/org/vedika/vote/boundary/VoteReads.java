package org.vedika.vote.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * What pages read about votes on every view, without a transaction (the transaction rule: a class
 * that only reads says so once, here, instead of per method). A CDI bean, not a stateless EJB: a
 * call through Weld's proxy to a no-interface EJB costs Payara an exception every time
 * (docs/benchmarks.md, issue 17), and these are asked on every page a member reads.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class VoteReads {

  @PersistenceContext EntityManager em;

  /** Whether the member voted on the problem: asked on every problem page a member reads. */
  public boolean hasVoted(long memberId, long problemId) {
    return !em.createNativeQuery("SELECT 1 FROM vote WHERE problem_id = ? AND member_id = ?")
        .setParameter(1, problemId)
        .setParameter(2, memberId)
        .getResultList()
        .isEmpty();
  }

  /**
   * The people the problem affects (its author and voters, each once), for the vote button's answer
   * to a script.
   */
  public int people(long problemId) {
    return ((Number)
            em.createNativeQuery("SELECT people FROM problem WHERE id = ?")
                .setParameter(1, problemId)
                .getSingleResult())
        .intValue();
  }
}
