package org.vedika.moderation.entity;

/**
 * A member is told of a moderation step: the author of a post a moderator acted on ({@code
 * reportResolved} false; {@code detail} the action and reason, {@code HIDE:ABUSE}), or a reporter
 * whose report was resolved ({@code detail} {@code UPHELD} or {@code DISMISSED}). Fired by the
 * moderation feature inside its transaction; notifications observe it.
 */
public record ModerationNotice(
    long memberId, long problemId, Long actorId, boolean reportResolved, String detail) {

  public static ModerationNotice toAuthor(
      long authorId, long problemId, Long actorId, String detail) {
    return new ModerationNotice(authorId, problemId, actorId, false, detail);
  }

  public static ModerationNotice toReporter(
      long reporterId, long problemId, long actorId, String resolution) {
    return new ModerationNotice(reporterId, problemId, actorId, true, resolution);
  }
}
