package org.vedika.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.MemberStatus;
import org.vedika.moderation.entity.ModerationNotice;
import org.vedika.notification.control.EmailText;
import org.vedika.notification.entity.Notification;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemEvent;
import org.vedika.problem.entity.Reply;
import org.vedika.problem.entity.StatusChange;
import org.vedika.workshop.entity.WorkshopEvent;

/** Follows, and the notifications of followers, kept in step with what happens to problems. */
@ApplicationScoped
@Transactional
public class Notifications {

  public static final int INBOX_SIZE = 50;

  @PersistenceContext EntityManager em;

  /**
   * Raising, voting and replying follow the problem; a reply, an official answer or a status change
   * notifies the followers (the author and voters among them) other than the one who acted. A
   * status notification keeps the step it announces ({@code detail}: the new status), so three
   * steps read as three different lines. A merged duplicate's followers follow the target too.
   */
  public void on(@Observes ProblemEvent event) {
    if (event instanceof ProblemEvent.StatusChanged changed) {
      // an official does not follow by acting
      notifyFollowers(
          event.problemId(), event.memberId(), Notification.Kind.STATUS, changed.to().name());
    } else if (event instanceof ProblemEvent.Solved) {
      notifyFollowers(event.problemId(), event.memberId(), Notification.Kind.SOLVED, null);
    } else if (event instanceof ProblemEvent.Merged merged) {
      em.createNativeQuery(
              "INSERT IGNORE INTO follow (problem_id, member_id)"
                  + " SELECT ?, member_id FROM follow WHERE problem_id = ?")
          .setParameter(1, merged.into())
          .setParameter(2, merged.problemId())
          .executeUpdate();
    } else {
      follow(event.memberId(), event.problemId());
      if (event instanceof ProblemEvent.Replied replied) {
        notifyFollowers(
            event.problemId(),
            event.memberId(),
            replied.official() ? Notification.Kind.OFFICIAL_ANSWER : Notification.Kind.REPLY,
            null);
      }
    }
  }

  /**
   * A workshop was planned: the members whose home village is in its commune and who chose to hear
   * of its workshops are told (not the official who planned it), once per workshop.
   */
  public void on(@Observes org.vedika.workshop.entity.WorkshopScheduled scheduled) {
    em.createNativeQuery(
            "INSERT INTO notification (member_id, problem_id, workshop_id, kind, actor_id, detail)"
                + " SELECT m.id, ?, ?, ?, ?, 'COMMUNE' FROM member m WHERE m.workshop_notices"
                + " AND m.status = ? AND m.home_village LIKE ? AND m.id <> ?")
        .setParameter(1, scheduled.firstProblemId())
        .setParameter(2, scheduled.workshopId())
        .setParameter(3, Notification.Kind.WORKSHOP.name())
        .setParameter(4, scheduled.memberId())
        .setParameter(5, MemberStatus.ACTIVE.name())
        .setParameter(6, scheduled.communeCode() + "%")
        .setParameter(7, scheduled.memberId())
        .executeUpdate();
  }

  /** A member opened a workshop's page: its commune notice to them is read. */
  public void on(@Observes org.vedika.workshop.entity.WorkshopViewed viewed) {
    em.createNativeQuery(
            "UPDATE notification SET read_at = CURRENT_TIMESTAMP(3)"
                + " WHERE member_id = ? AND workshop_id = ? AND read_at IS NULL")
        .setParameter(1, viewed.memberId())
        .setParameter(2, viewed.workshopId())
        .executeUpdate();
  }

  /** A member deleted their account: what they followed and were told goes with it. */
  public void on(@Observes org.vedika.account.entity.MemberDeleted deleted) {
    em.createNativeQuery("DELETE FROM follow WHERE member_id = ?")
        .setParameter(1, deleted.memberId())
        .executeUpdate();
    em.createNativeQuery("DELETE FROM notification WHERE member_id = ?")
        .setParameter(1, deleted.memberId())
        .executeUpdate();
  }

  /** A moderator acted on the member's post, or resolved their report: they are told. */
  public void on(@Observes ModerationNotice notice) {
    em.createNativeQuery(
            "INSERT INTO notification (member_id, problem_id, kind, actor_id, detail) VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, notice.memberId())
        .setParameter(2, notice.problemId())
        .setParameter(
            3,
            (notice.reportResolved()
                    ? Notification.Kind.REPORT_RESOLVED
                    : Notification.Kind.MODERATION)
                .name())
        .setParameter(4, notice.actorId())
        .setParameter(5, notice.detail())
        .executeUpdate();
  }

  /**
   * A problem went on a workshop's agenda, or the workshop decided about it: its followers hear.
   */
  public void on(@Observes WorkshopEvent event) {
    var detail = event instanceof WorkshopEvent.Planned ? "PLANNED" : "OUTCOME";
    notifyFollowers(event.problemId(), event.memberId(), Notification.Kind.WORKSHOP, detail);
  }

  private void notifyFollowers(
      long problemId, long actorId, Notification.Kind kind, String detail) {
    em.createNativeQuery(
            "INSERT INTO notification (member_id, problem_id, kind, actor_id, detail)"
                + " SELECT member_id, ?, ?, ?, ? FROM follow WHERE problem_id = ? AND member_id <> ?")
        .setParameter(1, problemId)
        .setParameter(2, kind.name())
        .setParameter(3, actorId)
        .setParameter(4, detail)
        .setParameter(5, problemId)
        .setParameter(6, actorId)
        .executeUpdate();
  }

  /**
   * The e-mails an official answer or a status change sends: one per follower (not the one who
   * acted) who chose e-mail in their profile, in their language.
   */
  @SuppressWarnings("unchecked")
  public List<EmailText.Email> emails(ProblemEvent event, String publicUrl) {
    var problem = em.find(Problem.class, event.problemId());
    var actor = em.find(Member.class, event.memberId());
    if (problem == null || actor == null || !problem.isPublished()) {
      return List.of();
    }
    String text;
    if (event instanceof ProblemEvent.Replied replied) {
      text = em.find(Reply.class, replied.replyId()).getBody();
    } else {
      text =
          em
              .createNamedQuery(StatusChange.OF_PROBLEM, StatusChange.class)
              .setParameter("problem", problem.getId())
              .getResultList()
              .stream()
              .reduce((first, second) -> second)
              .map(StatusChange::getNote)
              .orElse(null);
    }
    var what =
        new EmailText.Event(
            event instanceof ProblemEvent.Replied,
            actor.getDisplayName(),
            problem.getId(),
            problem.getTitle(),
            problem.getStatus().name(),
            text);
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT m.email, m.language FROM follow f JOIN member m ON m.id = f.member_id"
                    + " WHERE f.problem_id = ? AND f.member_id <> ? AND m.email_notifications"
                    + " AND m.email IS NOT NULL AND m.status = ?")
            .setParameter(1, problem.getId())
            .setParameter(2, actor.getId())
            .setParameter(3, MemberStatus.ACTIVE.name())
            .getResultList();
    return rows.stream()
        .map(Notifications::recipient)
        .map(to -> EmailText.compose(to.email(), to.language(), what, publicUrl))
        .toList();
  }

  /** A follower who reads e-mail: their address and language. */
  private record Recipient(String email, String language) {}

  private static Recipient recipient(Object[] row) {
    return new Recipient((String) row[0], (String) row[1]);
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

  /** What the member follows and what they were told, for their data download. */
  public jakarta.json.JsonObject dataOf(long memberId) {
    return jakarta.json.Json.createObjectBuilder()
        .add(
            "follows",
            org.vedika.JsonRows.of(
                em.createNativeQuery(
                        "SELECT problem_id, created_at FROM follow WHERE member_id = ?"
                            + " ORDER BY created_at")
                    .setParameter(1, memberId)
                    .getResultList(),
                "problem",
                "createdAt"))
        .add(
            "notifications",
            org.vedika.JsonRows.of(
                em.createNativeQuery(
                        "SELECT id, problem_id, kind, detail, created_at, read_at FROM notification"
                            + " WHERE member_id = ? ORDER BY id")
                    .setParameter(1, memberId)
                    .getResultList(),
                "id",
                "problem",
                "kind",
                "detail",
                "createdAt",
                "readAt"))
        .build();
  }
}
