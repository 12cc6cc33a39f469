package org.vedika.problem.entity;

/**
 * What happened to a problem, fired by the writing facades inside their transaction so that
 * following and notifications (observers in other features) commit or roll back with the write.
 */
public sealed interface ProblemEvent {

  long problemId();

  /** The member who acted. */
  long memberId();

  record Raised(long problemId, long memberId) implements ProblemEvent {}

  record Voted(long problemId, long memberId) implements ProblemEvent {}

  record Replied(long problemId, long memberId, long replyId, boolean official)
      implements ProblemEvent {}

  /** An official moved the problem through its lifecycle, or its author reopened it. */
  record StatusChanged(long problemId, long memberId, ProblemStatus from, ProblemStatus to)
      implements ProblemEvent {}
}
