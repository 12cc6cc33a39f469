package org.vedika.problem.entity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a problem stands: open → acknowledged → in progress → resolved; closed from any state; a
 * resolved problem can be reopened.
 */
public enum ProblemStatus {
  OPEN,
  ACKNOWLEDGED,
  IN_PROGRESS,
  RESOLVED,
  CLOSED;

  /**
   * Where the commune's official may move a problem from here: forward through the lifecycle (steps
   * may be skipped), closed from any state but closed, and back to open from resolved or closed
   * (reopened). Never to the same status.
   */
  public Set<ProblemStatus> next() {
    return switch (this) {
      case OPEN -> EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED);
      case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, RESOLVED, CLOSED);
      case IN_PROGRESS -> EnumSet.of(RESOLVED, CLOSED);
      case RESOLVED -> EnumSet.of(OPEN, CLOSED);
      case CLOSED -> EnumSet.of(OPEN);
    };
  }

  /** Still waiting for someone to act. */
  public boolean isUnresolved() {
    return this == OPEN || this == ACKNOWLEDGED || this == IN_PROGRESS;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<ProblemStatus> of(String keyOrName) {
    for (var status : values()) {
      if (status.key().equals(keyOrName) || status.name().equals(keyOrName)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
