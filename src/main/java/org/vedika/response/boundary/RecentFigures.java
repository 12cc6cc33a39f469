package org.vedika.response.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vedika.place.entity.Place;

/**
 * Response figures for place pages, at most a minute old: a busy commune's page is read far more
 * often than its problems are answered, and its figures read every problem of the commune. Per
 * node; a minute of staleness is invisible next to times counted in days.
 */
@ApplicationScoped
public class RecentFigures {

  static final Duration FRESH_FOR = Duration.ofMinutes(1);
  static final int MAX_PLACES = 2_000;

  private record Entry(ResponseTimes.Figures figures, Instant computedAt) {}

  @Inject ResponseTimes responseTimes;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public ResponseTimes.Figures of(Place area) {
    var now = Instant.now();
    var entry = entries.get(area.getCode());
    if (entry == null || entry.computedAt().plus(FRESH_FOR).isBefore(now)) {
      if (entries.size() >= MAX_PLACES) {
        entries.clear();
      }
      entry = new Entry(responseTimes.of(area), now);
      entries.put(area.getCode(), entry);
    }
    return entry.figures();
  }
}
