package org.vedika.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.vedika.dashboard.boundary.Dashboard.Filter;

/**
 * The dashboard's figures as of the aggregation's last run, read once per run and view and shared
 * by every reader. The tables behind them change only when {@link Aggregation} runs, and a run ends
 * by stamping {@code dashboard_refresh}: each page view reads that stamp (one primary-key read,
 * which the page shows as "figures as of") and a newer stamp starts a new, empty generation. So a
 * reader sees a new vote as soon as the run that counts it ends, never later, and ten policymakers
 * on the national view cost MariaDB one set of chart and ranking queries a minute.
 *
 * <p>What a run re-counts is committed in chunks before its stamp is written: a view read during a
 * run may keep that run's first chunks until the run ends (at most a run's length: about a second
 * every minute; the hourly full re-count, up to a minute). Every node keeps its own generations and
 * reads the shared stamp, so nodes agree within one page view. A generation keeps at most {@link
 * #MAX_ENTRIES} reads of at most {@link #MAX_KEPT_ROWS} rows each (a few megabytes); past that,
 * views are read without keeping them.
 */
@ApplicationScoped
public class DashboardFigures {

  static final int MAX_ENTRIES = 500;

  /** Longer rankings (the CSV's thousand rows) are read each time, not kept. */
  static final int MAX_KEPT_ROWS = 100;

  @Inject Dashboard dashboard;

  private volatile Generation current = new Generation(Instant.EPOCH);

  /** What was read for one run's stamp, by what and for which view. */
  private record Generation(Instant stamp, Map<Object, Object> entries) {

    Generation(Instant stamp) {
      this(stamp, new ConcurrentHashMap<>());
    }
  }

  /** The figures of one aggregation run: take one per page view or API call. */
  public final class Snapshot {

    private final Generation generation;
    private final Optional<Instant> refreshedAt;

    private Snapshot(Generation generation, Optional<Instant> refreshedAt) {
      this.generation = generation;
      this.refreshedAt = refreshedAt;
    }

    /** When the run these figures come from started; empty before the first run. */
    public Optional<Instant> refreshedAt() {
      return refreshedAt;
    }

    public List<Dashboard.Row> ranked(Filter filter, int first, int max) {
      return max > MAX_KEPT_ROWS
          ? dashboard.ranked(filter, first, max)
          : kept(new Key("ranked", filter, first, max), () -> dashboard.ranked(filter, first, max));
    }

    public int count(Filter filter) {
      return kept(new Key("count", filter, 0, 0), () -> dashboard.count(filter));
    }

    public List<Dashboard.MonthCount> months(Filter filter, int months) {
      return kept(new Key("months", filter, 0, months), () -> dashboard.months(filter, months));
    }

    public List<Dashboard.PlaceCount> openByPlace(Filter filter, int limit) {
      return kept(new Key("places", filter, 0, limit), () -> dashboard.openByPlace(filter, limit));
    }

    public List<Dashboard.PlaceResponse> responses(Filter filter, int limit) {
      return kept(new Key("responses", filter, 0, limit), () -> dashboard.responses(filter, limit));
    }

    @SuppressWarnings("unchecked")
    private <T> T kept(Key key, Supplier<T> read) {
      var entries = generation.entries();
      var value = entries.get(key);
      if (value == null) {
        value = read.get();
        if (entries.size() < MAX_ENTRIES) {
          entries.putIfAbsent(key, value);
        }
      }
      return (T) value;
    }
  }

  private record Key(String what, Filter filter, int first, int max) {}

  /**
   * The figures as of the last run: reads the run's stamp, and starts a new generation when it is
   * newer.
   */
  public Snapshot snapshot() {
    var refreshedAt = dashboard.refreshedAt();
    var stamp = refreshedAt.orElse(Instant.EPOCH);
    var generation = current;
    if (stamp.isAfter(generation.stamp())) {
      synchronized (this) {
        if (stamp.isAfter(current.stamp())) {
          current = new Generation(stamp);
        }
        generation = current;
      }
    }
    // a stamp older than the kept generation (read just before another view saw a newer run)
    // reads that newer generation: fresher, never staler
    return new Snapshot(generation, refreshedAt);
  }
}
