package org.vedika.problem.entity;

import java.util.Locale;
import java.util.Optional;

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
