package org.vedika.pagecache.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.vedika.pagecache.control.PageChangeLog;
import org.vedika.pagecache.control.RenderedPages;
import org.vedika.pagecache.entity.PageTags;
import org.vedika.problem.boundary.RenderedThreads;
import org.vedika.schema.boundary.SchemaMigration;
import org.vedika.schema.boundary.SchemaMigration.SchemaCurrent;

/**
 * The changes other nodes committed, read from the change log every {@code
 * vedika.cache.poll-millis} (500 by default) and dropped from this node's pages.
 *
 * <p>Log ids are given out when a row is inserted, not when its transaction commits: a row may
 * appear after one with a higher id. An id skipped over is a hole, asked for again on every poll
 * for {@link #HOLE_SECONDS} (a transaction rolled back leaves a hole for ever). Rows older than
 * {@link #KEEP_MINUTES} are deleted by whichever node gets there first.
 */
@ApplicationScoped
public class OtherNodes {

  static final int HOLE_SECONDS = 60;
  static final int KEEP_MINUTES = 10;
  static final int BATCH = 5_000;
  private static final int MAX_HOLES = 1_000;
  private static final Logger LOG = Logger.getLogger(OtherNodes.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject RenderedPages pages;
  @Inject RenderedThreads threads;
  @Inject org.vedika.guide.boundary.GuideLinks guides;
  @Inject PageInvalidation invalidation;
  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "vedika.cache.poll-millis", defaultValue = "500")
  int pollMillis;

  /** The newest log id read. */
  private final AtomicLong applied = new AtomicLong(-1);

  /** Skipped ids → when to stop asking (System.nanoTime). */
  private final TreeMap<Long, Long> holes = new TreeMap<>();

  private long polls;
  private volatile boolean failing;
  private ScheduledFuture<?> task;

  void start(@Observes SchemaCurrent current) {
    if (task == null && pages.isEnabled() && pollMillis > 0) {
      metrics.gauge("vedika.pagecache.change.applied", applied, AtomicLong::get);
      task =
          scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, pollMillis, TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void pollQuietly() {
    try {
      poll();
      if (failing) {
        failing = false;
        LOG.info("Reading the page change log again");
      }
    } catch (SQLException | RuntimeException e) {
      // said once per outage, not twice a second: the readiness check reports the database
      LOG.log(failing ? Level.FINE : Level.WARNING, "Reading the page change log failed: " + e, e);
      failing = true;
    }
  }

  /** One read of the log; synchronized with itself only (one scheduled task). */
  synchronized void poll() throws SQLException {
    try (var c = dataSource.getConnection()) {
      if (applied.get() < 0) {
        applied.set(newest(c));
        return;
      }
      read(c);
      if (++polls % Math.max(1, 60_000 / pollMillis) == 0) {
        try (var s = c.createStatement()) {
          s.executeUpdate(
              "DELETE FROM page_change WHERE changed_at < NOW(3) - INTERVAL "
                  + KEEP_MINUTES
                  + " MINUTE");
        }
      }
    }
  }

  private void read(Connection c) throws SQLException {
    var now = System.nanoTime();
    holes.values().removeIf(until -> until < now);
    var sql = "SELECT id, node, tags FROM page_change WHERE id > ?";
    if (!holes.isEmpty()) {
      sql +=
          " OR id IN ("
              + holes.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))
              + ")";
    }
    try (var p = c.prepareStatement(sql + " ORDER BY id LIMIT " + BATCH)) {
      p.setLong(1, applied.get());
      try (var r = p.executeQuery()) {
        while (r.next()) {
          var id = r.getLong(1);
          if (holes.remove(id) == null && id > applied.get()) {
            for (var skipped = applied.get() + 1;
                skipped < id && holes.size() < MAX_HOLES;
                skipped++) {
              holes.put(skipped, now + TimeUnit.SECONDS.toNanos(HOLE_SECONDS));
            }
            applied.set(id);
          }
          if (!PageChangeLog.NODE.equals(r.getString(2))) {
            var tags = Arrays.asList(r.getString(3).split(" "));
            // the problems kept for pages are the problem feature's: told here, as the one place
            // that hears of other nodes' changes, and told first: a page rendered between the two
            // would be kept from the problem as it was (the page cache refuses only renderings
            // that started before its drop)
            for (var tag : tags) {
              if (PageTags.EVERYTHING.equals(tag)) {
                threads.forgetAll();
                guides.forget(); // a guide published there, maybe
              }
              PageTags.problemOf(tag)
                  .ifPresent(
                      problem -> {
                        threads.forget(problem);
                        invalidation.changedElsewhere(problem);
                      });
            }
            pages.invalidate(tags);
          }
        }
      }
    }
  }

  private static long newest(Connection c) throws SQLException {
    try (var s = c.createStatement();
        var r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM page_change")) {
      r.next();
      return r.getLong(1);
    }
  }
}
