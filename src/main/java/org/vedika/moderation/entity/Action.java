package org.vedika.moderation.entity;

/** What a moderator (or Vedika's automatic hold) did. */
public enum Action {
  /** a post waiting for review becomes public */
  APPROVE,
  /** a hidden or held post is public again */
  RESTORE,
  /** a post is hidden, with a reason the author and readers see */
  HIDE,
  /** enough members reported it: hidden until a moderator decides */
  HOLD,
  /** the reports were not upheld; a held post comes back */
  DISMISS,
  /** no more replies */
  LOCK,
  UNLOCK,
  /** the problem moves to another place or category */
  MOVE,
  /** a duplicate problem joins another: votes and followers move, the duplicate points to it */
  MERGE,
  /** the author is warned */
  WARN,
  /** the author cannot post, vote or report for a period */
  SUSPEND,
  /** a suspension ends early */
  LIFT
}
