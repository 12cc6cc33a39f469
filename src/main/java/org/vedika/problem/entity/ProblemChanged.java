package org.vedika.problem.entity;

/**
 * Something a reader sees of a problem changed: its text, replies, counters, status, place or
 * moderation state. Fired by the problem feature (the owner of {@code problem}, {@code reply} and
 * {@code status_change}) on every such write, inside the writing transaction; a cache or an
 * aggregation observes it ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}) to drop or
 * recount what it kept about the problem. A problem moved to another place names the place it left
 * ({@code movedFrom}, the village or commune code; null for every other change): that place's lists
 * showed it too.
 */
public record ProblemChanged(long problemId, String movedFrom) {

  /** A change that left the problem where it was. */
  public ProblemChanged(long problemId) {
    this(problemId, null);
  }
}
