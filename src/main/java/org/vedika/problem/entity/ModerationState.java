package org.vedika.problem.entity;

/**
 * Whether a post is public: visible, waiting for review, or hidden by a moderator with a reason.
 */
public enum ModerationState {
  VISIBLE,
  PENDING,
  HIDDEN
}
