package org.vedika.workshop.entity;

/**
 * What happened at the commune's workshops, fired by the workshop feature inside the writing
 * transaction; notifications observe it to tell each problem's followers.
 */
public sealed interface WorkshopEvent {

  long workshopId();

  /** The official who acted. */
  long memberId();

  /** The problem concerned. */
  long problemId();

  /** A workshop was planned with this problem on its agenda. */
  record Planned(long workshopId, long memberId, long problemId) implements WorkshopEvent {}

  /** The official recorded what the workshop decided about this problem. */
  record OutcomeRecorded(long workshopId, long memberId, long problemId) implements WorkshopEvent {}
}
