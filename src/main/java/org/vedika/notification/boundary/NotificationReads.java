package org.vedika.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.vedika.problem.entity.ProblemViewed;

/**
 * What pages read about follows and notifications on every view, without a transaction (the
 * transaction rule: a class that only reads says so once, here): with one, each native query is
 * wrapped in an XA start, end and commit. A CDI bean, not a stateless EJB, like {@code VoteReads}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class NotificationReads {

  @PersistenceContext EntityManager em;
  @Inject Notifications notifications;

  public boolean follows(long memberId, long problemId) {
    return !em.createNativeQuery("SELECT 1 FROM follow WHERE problem_id = ? AND member_id = ?")
        .setParameter(1, problemId)
        .setParameter(2, memberId)
        .getResultList()
        .isEmpty();
  }

  /** The header's count on every page a member reads. */
  public long unread(long memberId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM notification WHERE member_id = ? AND read_at IS NULL")
                .setParameter(1, memberId)
                .getSingleResult())
        .longValue();
  }

  /**
   * A member read a problem: its notifications are no longer news. Looked up first, so that the
   * write (and its transaction) happens only when something is unread.
   */
  public void on(@Observes ProblemViewed viewed) {
    var unread =
        !em.createNativeQuery(
                "SELECT 1 FROM notification WHERE member_id = ? AND problem_id = ? AND read_at IS NULL LIMIT 1")
            .setParameter(1, viewed.memberId())
            .setParameter(2, viewed.problemId())
            .getResultList()
            .isEmpty();
    if (unread) {
      notifications.read(viewed.memberId(), viewed.problemId());
    }
  }
}
