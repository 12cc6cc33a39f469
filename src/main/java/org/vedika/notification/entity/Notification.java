package org.vedika.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.vedika.account.entity.Member;
import org.vedika.problem.entity.Problem;

/** Something a member should know about a problem they follow. Written by SQL, read here. */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = Notification.INBOX,
    query =
        "SELECT n FROM Notification n JOIN FETCH n.problem LEFT JOIN FETCH n.actor"
            + " WHERE n.memberId = :member ORDER BY n.createdAt DESC, n.id DESC")
public class Notification {

  public static final String INBOX = "Notification.inbox";

  /** What happened. */
  public enum Kind {
    REPLY,
    OFFICIAL_ANSWER,
    STATUS,
    /** a moderator acted on the member's own post; {@link #getDetail()}: action and reason */
    MODERATION,
    /** a report the member made was resolved; {@link #getDetail()}: upheld or dismissed */
    REPORT_RESOLVED,
    /**
     * a workshop put the problem on its agenda or decided about it (detail PLANNED, OUTCOME), or
     * was planned in the member's commune (COMMUNE, with its workshop)
     */
    WORKSHOP,
    /** the problem's author or the commune's official marked the reply that solved it */
    SOLVED
  }

  @Id private Long id;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "problem_id", nullable = false)
  private Problem problem;

  /** The workshop a commune notice announces (detail {@code COMMUNE}); null otherwise. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "workshop_id", insertable = false, updatable = false)
  private org.vedika.workshop.entity.Workshop workshop;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "actor_id")
  private Member actor;

  /**
   * For moderation notices: {@code HIDE:ABUSE}, {@code RESTORE}, {@code UPHELD}, …; for a status
   * change the status it moved to; for a workshop {@code PLANNED} or {@code OUTCOME}.
   */
  @Column(length = 48)
  private String detail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public boolean isUnread() {
    return readAt == null;
  }

  public Long getId() {
    return id;
  }

  public Problem getProblem() {
    return problem;
  }

  /** The workshop a commune notice announces, or null. */
  public org.vedika.workshop.entity.Workshop getWorkshop() {
    return workshop;
  }

  public Kind getKind() {
    return kind;
  }

  public String getDetail() {
    return detail;
  }

  /** The action (or resolution) of a moderation notice. */
  public String getDetailAction() {
    return detail == null ? "" : detail.split(":", 2)[0];
  }

  /** The reason of a moderation notice, or empty. */
  public String getDetailReason() {
    return detail == null || !detail.contains(":") ? "" : detail.split(":", 2)[1];
  }

  /** The bundle key of the line the inbox shows for a reply, answer, status or workshop notice. */
  public String getMessageKey() {
    return kind == Kind.WORKSHOP ? "notifications.WORKSHOP." + detail : "notifications." + kind;
  }

  /**
   * The status a status notification announces: the step it was sent for (older rows without one
   * show the problem's status now).
   */
  public String getAnnouncedStatus() {
    return kind == Kind.STATUS && detail != null ? detail : problem.getStatus().name();
  }

  public Member getActor() {
    return actor;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
