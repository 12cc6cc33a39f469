package org.vedika.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.vedika.problem.entity.Problem;

/** A problem on a workshop's agenda and, once the workshop has met, what was decided about it. */
@Entity
@Table(name = "workshop_item")
@IdClass(WorkshopItem.Key.class)
@NamedQuery(
    name = WorkshopItem.OF_PROBLEM,
    query =
        "SELECT i FROM WorkshopItem i JOIN FETCH i.workshop w WHERE i.problem.id = :problem"
            + " ORDER BY w.startsAt")
public class WorkshopItem {

  public static final String OF_PROBLEM = "WorkshopItem.ofProblem";
  public static final int OUTCOME_MAX = 2_000;

  /** The composite key: a problem is on a workshop's agenda once. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    Long workshop;
    Long problem;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(workshop, key.workshop)
          && Objects.equals(problem, key.problem);
    }

    @Override
    public int hashCode() {
      return Objects.hash(workshop, problem);
    }
  }

  @Id
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "workshop_id", nullable = false)
  private Workshop workshop;

  @Id
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "problem_id", nullable = false)
  private Problem problem;

  @Column(nullable = false)
  private int position;

  @Column(length = OUTCOME_MAX)
  private String outcome;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected WorkshopItem() {}

  WorkshopItem(Workshop workshop, Problem problem, int position) {
    this.workshop = workshop;
    this.problem = problem;
    this.position = position;
  }

  /** What the workshop decided about this problem (it may be corrected later by the official). */
  public void record(String outcome, Instant at) {
    var text = outcome == null ? "" : outcome.strip();
    if (text.isEmpty() || text.length() > OUTCOME_MAX) {
      throw new IllegalArgumentException("An outcome has 1 to " + OUTCOME_MAX + " characters.");
    }
    this.outcome = text;
    this.recordedAt = at;
  }

  public Workshop getWorkshop() {
    return workshop;
  }

  public Problem getProblem() {
    return problem;
  }

  public int getPosition() {
    return position;
  }

  public String getOutcome() {
    return outcome;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
