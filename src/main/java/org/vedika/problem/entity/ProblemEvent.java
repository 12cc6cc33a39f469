package org.vedika.problem.entity;

/**
 * What happened to a problem, fired by the problem feature (and by the vote feature for {@link
 * Voted}) inside the writing transaction, so that following and notifications (observers in other
 * features) commit or roll back with the write. For "anything a reader sees changed", observe
 * {@link ProblemChanged} instead.
 */
public sealed interface ProblemEvent {

  long problemId();

  /** The member who acted. */
  long memberId();

  record Raised(long problemId, long memberId) implements ProblemEvent {}

  record Voted(long problemId, long memberId) implements ProblemEvent {}

  record Replied(long problemId, long memberId, long replyId, boolean official)
      implements ProblemEvent {}

  /**
   * The problem's author or the commune's official marked {@code replyId} as the reply that solved
   * it: the followers hear.
   */
  record Solved(long problemId, long memberId, long replyId) implements ProblemEvent {}

  /**
   * A moderator merged this problem into {@code into}: the owners of votes and follows move them
   * there (observed before the counters are counted again, in the same transaction).
   */
  record Merged(long problemId, long memberId, long into) implements ProblemEvent {}

  /**
   * The problem moved through its lifecycle: an official's step, its author reopening it, or a
   * moderator closing it as a merged duplicate.
   */
  record StatusChanged(long problemId, long memberId, ProblemStatus from, ProblemStatus to)
      implements ProblemEvent {}
}
