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
import java.time.Instant;
import org.vedika.account.entity.Member;

/**
 * One step of a problem's public timeline: from, to, who, when, why. Written once, never edited.
 */
@Entity
@Table(name = "status_change")
@NamedQuery(
    name = StatusChange.OF_PROBLEM,
    query =
        "SELECT s FROM StatusChange s JOIN FETCH s.actor WHERE s.problemId = :problem"
            + " ORDER BY s.createdAt, s.id")
public class StatusChange {

  public static final String OF_PROBLEM = "StatusChange.ofProblem";
  public static final int NOTE_MAX = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "problem_id", nullable = false, updatable = false)
  private Long problemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, updatable = false, length = 16)
  private ProblemStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 16)
  private ProblemStatus to;

  @Enumerated(EnumType.STRING)
  @Column(name = "close_reason", updatable = false, length = 24)
  private CloseReason reason;

  @Column(updatable = false, length = NOTE_MAX)
  private String note;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "actor_id", nullable = false, updatable = false)
  private Member actor;

  @Column(nullable = false, updatable = false)
  private boolean official;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected StatusChange() {}

  StatusChange(
      Long problemId,
      ProblemStatus from,
      ProblemStatus to,
      CloseReason reason,
      String note,
      Member actor,
      boolean official,
      Instant at) {
    this.problemId = problemId;
    this.from = from;
    this.to = to;
    this.reason = reason;
    this.note = note;
    this.actor = actor;
    this.official = official;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getProblemId() {
    return problemId;
  }

  public ProblemStatus getFrom() {
    return from;
  }

  public ProblemStatus getTo() {
    return to;
  }

  public CloseReason getReason() {
    return reason;
  }

  public String getNote() {
    return note;
  }

  public Member getActor() {
    return actor;
  }

  public boolean isOfficial() {
    return official;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
