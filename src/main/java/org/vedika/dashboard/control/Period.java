package org.vedika.dashboard.control;

import java.util.Optional;

/** Which problems a dashboard view counts: those raised in the last N days, or ever. */
public enum Period {
  ALL(0),
  YEAR(365),
  QUARTER(90),
  MONTH(30);

  private final int days;

  Period(int days) {
    this.days = days;
  }

  /** 0 for {@link #ALL}: the value stored in {@code ranked_row.period_days}. */
  public int days() {
    return days;
  }

  /** The stable key used in URLs and the API: {@code all}, {@code 365}, {@code 90}, {@code 30}. */
  public String key() {
    return this == ALL ? "all" : Integer.toString(days);
  }

  public static Optional<Period> of(String key) {
    for (var period : values()) {
      if (period.key().equals(key) || period.name().equals(key)) {
        return Optional.of(period);
      }
    }
    return Optional.empty();
  }
}
