package org.vedika.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.vedika.notification.entity.Notification;
import org.vedika.problem.entity.ProblemEvent;

/** Follows, and the notifications of followers, kept in step with what happens to problems. */
@Stateless
public class Notifications {

  public static final int INBOX_SIZE = 50;

  @PersistenceContext EntityManager em;

  /** Raising, voting and replying follow the problem; a reply notifies the other followers. */
  public void on(@Observes ProblemEvent event) {
    follow(event.memberId(), event.problemId());
    if (event instanceof ProblemEvent.Replied replied) {
      em.createNativeQuery(
              "INSERT INTO notification (member_id, problem_id, kind, actor_id)"
                  + " SELECT member_id, ?, ?, ? FROM follow WHERE problem_id = ? AND member_id <> ?")
          .setParameter(1, replied.problemId())
          .setParameter(2, (replied.official() ? Notification.Kind.OFFICIAL_ANSWER : Notification.Kind.REPLY).name())
          .setParameter(3, replied.memberId())
          .setParameter(4, replied.problemId())
          .setParameter(5, replied.memberId())
          .executeUpdate();
    }
  }

  public void follow(long memberId, long problemId) {
    em.createNativeQuery("INSERT IGNORE INTO follow (problem_id, member_id) VALUES (?, ?)")
        .setParameter(1, problemId)
        .setParameter(2, memberId)
        .executeUpdate();
  }

  public void unfollow(long memberId, long problemId) {
    em.createNativeQuery("DELETE FROM follow WHERE problem_id = ? AND member_id = ?")
        .setParameter(1, problemId)
        .setParameter(2, memberId)
        .executeUpdate();
  }

  public boolean follows(long memberId, long problemId) {
    return !em.createNativeQuery("SELECT 1 FROM follow WHERE problem_id = ? AND member_id = ?")
        .setParameter(1, problemId)
        .setParameter(2, memberId)
        .getResultList()
        .isEmpty();
  }

  public long unread(long memberId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM notification WHERE member_id = ? AND read_at IS NULL")
                .setParameter(1, memberId)
                .getSingleResult())
        .longValue();
  }

  public List<Notification> inbox(long memberId) {
    return em.createNamedQuery(Notification.INBOX, Notification.class)
        .setParameter("member", memberId)
        .setMaxResults(INBOX_SIZE)
        .getResultList();
  }

  /** The member has read the problem: its notifications are no longer news. */
  public void read(long memberId, long problemId) {
    em.createNativeQuery(
            "UPDATE notification SET read_at = CURRENT_TIMESTAMP(3)"
                + " WHERE member_id = ? AND problem_id = ? AND read_at IS NULL")
        .setParameter(1, memberId)
        .setParameter(2, problemId)
        .executeUpdate();
  }

  public void readAll(long memberId) {
    em.createNativeQuery(
            "UPDATE notification SET read_at = CURRENT_TIMESTAMP(3) WHERE member_id = ? AND read_at IS NULL")
        .setParameter(1, memberId)
        .executeUpdate();
  }
}
