package org.vedika.problem.entity;

import java.util.Locale;

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
}
