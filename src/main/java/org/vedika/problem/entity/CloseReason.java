package org.vedika.problem.entity;

import java.util.Locale;
import java.util.Optional;

/** Why an official closed a problem without resolving it here. */
public enum CloseReason {
  DUPLICATE,
  OFF_TOPIC,
  NOT_ACTIONABLE,
  REFERRED_DISTRICT,
  REFERRED_PROVINCE,
  REFERRED_NSSF;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<CloseReason> of(String keyOrName) {
    for (var reason : values()) {
      if (reason.key().equals(keyOrName) || reason.name().equals(keyOrName)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
