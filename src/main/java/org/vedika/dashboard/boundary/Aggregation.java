package org.vedika.dashboard.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vedika.dashboard.control.Tally;
import org.vedika.problem.entity.ProblemStatus;
import org.vedika.recurring.boundary.GroupingPass;
import org.vedika.response.boundary.ResponseTimes;
import org.vedika.schema.boundary.SchemaMigration;
import org.vedika.schema.boundary.SchemaMigration.SchemaCurrent;

/**
 * The dashboard's periodic aggregation: page views read small tables this job keeps, never the
 * millions of votes behind them.
 *
 * <p>Every {@code vedika.dashboard.refresh-seconds} (60) it first lets the grouping look at new
 * problems, then re-counts only what changed since its last run — the problems whose row moved
 * ({@code problem.changed_at}: every vote, reply, status or moderation change writes the row) and
 * the groups touched by curators — into {@code ranked_row}; the open problems of their communes
 * into {@code dashboard_place}; this month's problems and votes into {@code dashboard_month}. Every
 * {@code vedika.dashboard.full-minutes} (60) it re-counts everything instead, for what changes with
 * the clock alone (how long problems have waited, rising or not, which period a problem falls in)
 * and the response figures ({@code dashboard_response}).
 *
 * <p>One run at a time, even with several nodes on one database: a run holds the MariaDB named lock
 * {@value #LOCK} and a node that cannot take it skips its turn. Where the last run started is kept
 * in the database ({@code dashboard_refresh}), so any node continues from there. Hidden, pending
 * and merged problems never count.
 */
@ApplicationScoped
public class Aggregation {

  static final String LOCK = "vedika.dashboard";

  /** Re-read what changed this long before the last run started: writes still committing then. */
  static final Duration SLACK = Duration.ofSeconds(30);

  static final int CHUNK = 500;

  /** Problems the grouping pass looks at per run (new ones are looked at when they are raised). */
  static final int SUGGESTIONS_PER_RUN = 200;

  // HOT-PATH: the bulk statements keep ProblemStatus and ModerationState values as SQL literals
  // (these two constants and three statements below) and read JDBC rows by position: they were
  // tuned against the big data set (docs/benchmarks.md, docs/bench-dashboard.sh), and binding them
  // would reorder the parameters of statements assembled from these fragments — not a one-line
  // change. The literals must spell ProblemStatus.isUnresolved() and ModerationState.VISIBLE.
  static final String UNRESOLVED = "('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS')";
  static final String PUBLISHED = "moderation = 'VISIBLE' AND merged_into IS NULL";

  private static final Logger LOG = Logger.getLogger(Aggregation.class.getName());

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject GroupingPass grouping;

  @Inject
  @ConfigProperty(name = "vedika.dashboard.refresh-seconds", defaultValue = "60")
  int refreshSeconds;

  @Inject
  @ConfigProperty(name = "vedika.dashboard.full-minutes", defaultValue = "60")
  int fullMinutes;

  private ScheduledFuture<?> task;

  /** What a run did. */
  public record Run(boolean ran, boolean full, int subjects, long millis) {}

  /** Operators' metrics: each run's time (on the node that ran it), and the dashboard's lag. */
  static final String RUNS = "vedika.aggregation";

  static final String LAG = "vedika.aggregation.lag.seconds";

  @Inject MetricRegistry metrics;

  /**
   * How long ago the last aggregation started, by the database's clock (any node's run counts): how
   * stale the dashboard is. NaN while the database does not answer.
   */
  public double lagSeconds() {
    try (var c = dataSource.getConnection();
        var s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT TIMESTAMPDIFF(MICROSECOND, last_started, NOW(3)) / 1e6"
                    + " FROM dashboard_refresh WHERE id = 1")) {
      return r.next() ? r.getDouble(1) : Double.NaN;
    } catch (SQLException e) {
      return Double.NaN;
    }
  }

  void start(@Observes SchemaCurrent current) {
    metrics.gauge(LAG, this, Aggregation::lagSeconds);
    if (task == null && refreshSeconds > 0) {
      task =
          scheduler.scheduleWithFixedDelay(this::runQuietly, 1, refreshSeconds, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void runQuietly() {
    try {
      var run = run();
      if (run.ran()) {
        LOG.fine(() -> "Dashboard aggregation: " + run);
        metrics
            .timer(RUNS, new Tag("kind", run.full() ? "full" : "recent"))
            .update(Duration.ofMillis(run.millis()));
      }
    } catch (RuntimeException | SQLException e) {
      // the next run starts from the last successful one
      LOG.log(Level.WARNING, "Dashboard aggregation failed: " + e, e);
    }
  }

  /**
   * One run now — new problems' suggestions, then the re-count — if no other node is running one.
   */
  public Run run() throws SQLException {
    try (var c = dataSource.getConnection()) {
      if (!lock(c)) {
        return new Run(false, false, 0, 0);
      }
      var autoCommit = c.getAutoCommit();
      var isolation = c.getTransactionIsolation();
      try {
        // consistent reads without locks: INSERT ... SELECT FROM problem or vote under REPEATABLE
        // READ would hold shared locks on the rows it reads and keep voters waiting
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try {
          grouping.suggestPending(SUGGESTIONS_PER_RUN);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Grouping suggestions failed: " + e, e);
        }
        c.setAutoCommit(false);
        return refresh(c);
      } catch (SQLException | RuntimeException e) {
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
        c.setTransactionIsolation(isolation);
        unlock(c);
      }
    }
  }

  private Run refresh(Connection c) throws SQLException {
    var started = System.nanoTime();
    Instant now;
    Timestamp lastStarted;
    Timestamp lastFull;
    try (var s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT NOW(3), last_started, last_full FROM dashboard_refresh WHERE id = 1")) {
      r.next();
      now = r.getTimestamp(1).toInstant();
      lastStarted = r.getTimestamp(2);
      lastFull = r.getTimestamp(3);
    }
    var full =
        lastStarted == null
            || lastFull == null
            || lastFull.toInstant().isBefore(now.minus(Duration.ofMinutes(fullMinutes)));
    Set<Long> problems = new LinkedHashSet<>();
    Set<Long> groups = new LinkedHashSet<>();
    Set<String> communes = new HashSet<>();
    if (full) {
      ids(c, "SELECT id FROM problem WHERE recurring_id IS NULL AND " + PUBLISHED, problems);
      ids(c, "SELECT DISTINCT subject_id FROM ranked_row WHERE kind = 'P'", problems);
      ids(c, "SELECT id FROM recurring_problem", groups);
    } else {
      var since = Timestamp.from(lastStarted.toInstant().minus(SLACK));
      try (var p =
          c.prepareStatement(
              "SELECT id, recurring_id, commune_code FROM problem WHERE changed_at >= ?")) {
        p.setTimestamp(1, since);
        try (var r = p.executeQuery()) {
          while (r.next()) {
            problems.add(r.getLong(1));
            var group = r.getLong(2);
            if (!r.wasNull()) {
              groups.add(group);
            }
            communes.add(r.getString(3));
          }
        }
      }
      try (var p = c.prepareStatement("SELECT id FROM recurring_problem WHERE changed_at >= ?")) {
        p.setTimestamp(1, since);
        try (var r = p.executeQuery()) {
          while (r.next()) {
            groups.add(r.getLong(1));
          }
        }
      }
    }
    for (var chunk : chunks(groups)) {
      recountGroups(c, chunk, now);
      c.commit();
    }
    for (var chunk : chunks(problems)) {
      recountProblems(c, chunk, now);
      c.commit();
    }
    try (var s = c.createStatement()) {
      // groups merged away or deleted
      s.executeUpdate(
          "DELETE r FROM ranked_row r LEFT JOIN recurring_problem g ON g.id = r.subject_id"
              + " WHERE r.kind = 'R' AND g.id IS NULL");
    }
    places(c, full ? null : communes);
    months(c, full, now);
    if (full) {
      responses(c);
    }
    var millis = (System.nanoTime() - started) / 1_000_000;
    try (var p =
        c.prepareStatement(
            "UPDATE dashboard_refresh SET last_started = ?, last_full = COALESCE(?, last_full), last_millis = ? WHERE id = 1")) {
      p.setTimestamp(1, Timestamp.from(now));
      p.setTimestamp(2, full ? Timestamp.from(now) : null);
      p.setLong(3, millis);
      p.executeUpdate();
    }
    c.commit();
    return new Run(true, full, problems.size() + groups.size(), millis);
  }

  // ---------------------------------------------------------------- ranked rows

  /** Re-counts problems in no group: each its own subject; its people are its author and voters. */
  private void recountProblems(Connection c, List<Long> ids, Instant now) throws SQLException {
    delete(c, "P", ids);
    var windows = voteWindows(c, "v.problem_id IN (" + marks(ids.size()) + ")", ids, now);
    try (var p =
            c.prepareStatement(
                "SELECT p.id, p.commune_code, p.status, p.created_at, p.session_reports, p.category,"
                    + " p.people FROM problem p WHERE p.id IN ("
                    + marks(ids.size())
                    + ") AND p.recurring_id IS NULL"
                    + " AND p.moderation = 'VISIBLE' AND p.merged_into IS NULL");
        var insert = insert(c)) {
      bind(p, 1, ids);
      try (var r = p.executeQuery()) {
        while (r.next()) {
          var id = r.getLong(1);
          var window = windows.getOrDefault(id, new int[2]);
          var report =
              new Tally.Report(
                  id,
                  r.getString(2),
                  ProblemStatus.valueOf(r.getString(3)),
                  r.getTimestamp(4).toInstant(),
                  r.getInt(5),
                  window[0],
                  window[1]);
          var people = r.getLong(7);
          add(insert, "P", id, r.getString(6), Tally.rows(List.of(report), reports -> people, now));
        }
      }
      insert.executeBatch();
    }
  }

  /** Re-counts recurring problems: people are the distinct authors and voters of their problems. */
  private void recountGroups(Connection c, List<Long> ids, Instant now) throws SQLException {
    delete(c, "R", ids);
    var categories = new HashMap<Long, String>();
    try (var p =
        c.prepareStatement(
            "SELECT id, category FROM recurring_problem WHERE id IN (" + marks(ids.size()) + ")")) {
      bind(p, 1, ids);
      try (var r = p.executeQuery()) {
        while (r.next()) {
          categories.put(r.getLong(1), r.getString(2));
        }
      }
    }
    var in =
        "p.recurring_id IN ("
            + marks(ids.size())
            + ") AND p."
            + PUBLISHED.replace("AND ", "AND p.");
    var windows = voteWindows(c, in, ids, now);
    Map<Long, Set<Long>> people = new HashMap<>();
    try (var p =
        c.prepareStatement(
            "SELECT v.problem_id, v.member_id FROM vote v JOIN problem p ON p.id = v.problem_id WHERE "
                + in)) {
      bind(p, 1, ids);
      try (var r = p.executeQuery()) {
        while (r.next()) {
          people.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getLong(2));
        }
      }
    }
    Map<Long, List<Tally.Report>> reports = new HashMap<>();
    try (var p =
        c.prepareStatement(
            "SELECT p.id, p.recurring_id, p.commune_code, p.status, p.created_at, p.session_reports, p.author_id"
                + " FROM problem p WHERE "
                + in)) {
      bind(p, 1, ids);
      try (var r = p.executeQuery()) {
        while (r.next()) {
          var id = r.getLong(1);
          var window = windows.getOrDefault(id, new int[2]);
          people.computeIfAbsent(id, k -> new HashSet<>()).add(r.getLong(7));
          reports
              .computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
              .add(
                  new Tally.Report(
                      id,
                      r.getString(3),
                      ProblemStatus.valueOf(r.getString(4)),
                      r.getTimestamp(5).toInstant(),
                      r.getInt(6),
                      window[0],
                      window[1]));
        }
      }
    }
    try (var insert = insert(c)) {
      for (var group : reports.entrySet()) {
        var rows =
            Tally.rows(
                group.getValue(),
                some -> {
                  var distinct = new HashSet<Long>();
                  some.forEach(report -> distinct.addAll(people.get(report.problemId())));
                  return distinct.size();
                },
                now);
        add(insert, "R", group.getKey(), categories.get(group.getKey()), rows);
      }
      insert.executeBatch();
    }
  }

  /** Votes per problem in the last 30 days and the 30 before, for "rising". */
  private static Map<Long, int[]> voteWindows(
      Connection c, String where, List<Long> ids, Instant now) throws SQLException {
    var windows = new HashMap<Long, int[]>();
    var join = where.startsWith("v.") ? "" : " JOIN problem p ON p.id = v.problem_id";
    try (var p =
        c.prepareStatement(
            "SELECT v.problem_id, SUM(v.created_at >= ?), SUM(v.created_at < ?) FROM vote v"
                + join
                + " WHERE "
                + where
                + " AND v.created_at >= ? GROUP BY v.problem_id")) {
      var month = Timestamp.from(now.minus(Duration.ofDays(30)));
      p.setTimestamp(1, month);
      p.setTimestamp(2, month);
      var index = bind(p, 3, ids);
      p.setTimestamp(index, Timestamp.from(now.minus(Duration.ofDays(60))));
      try (var r = p.executeQuery()) {
        while (r.next()) {
          windows.put(r.getLong(1), new int[] {r.getInt(2), r.getInt(3)});
        }
      }
    }
    return windows;
  }

  private static PreparedStatement insert(Connection c) throws SQLException {
    return c.prepareStatement(
        "INSERT INTO ranked_row (scope_code, period_days, kind, subject_id, category, problems, people,"
            + " session_people, communes, provinces, unresolved, wait_days, trend, score)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  private static void add(
      PreparedStatement insert, String kind, long subject, String category, List<Tally.Row> rows)
      throws SQLException {
    for (var row : rows) {
      var parts = row.parts();
      insert.setString(1, row.scopeCode());
      insert.setInt(2, row.period().days());
      insert.setString(3, kind);
      insert.setLong(4, subject);
      insert.setString(5, category);
      insert.setInt(6, row.problems());
      insert.setLong(7, Math.min(Integer.MAX_VALUE, parts.people()));
      insert.setLong(8, Math.min(Integer.MAX_VALUE, parts.sessionPeople()));
      insert.setInt(9, parts.communes());
      insert.setInt(10, parts.provinces());
      insert.setInt(11, row.unresolved());
      insert.setLong(12, parts.waitDays());
      insert.setString(13, parts.trend().name());
      insert.setDouble(14, parts.score());
      insert.addBatch();
    }
  }

  private static void delete(Connection c, String kind, List<Long> ids) throws SQLException {
    try (var p =
        c.prepareStatement(
            "DELETE FROM ranked_row WHERE kind = ? AND subject_id IN ("
                + marks(ids.size())
                + ")")) {
      p.setString(1, kind);
      bind(p, 2, ids);
      p.executeUpdate();
    }
  }

  // ---------------------------------------------------------------- charts

  /**
   * Problems raised and votes cast per category and month in each district, then summed into each
   * province and the country ({@code ""}): every month, or this month's.
   */
  private static void months(Connection c, boolean all, Instant now) throws SQLException {
    var since = all ? Timestamp.from(Instant.EPOCH) : null;
    try (var s = c.createStatement()) {
      if (!all) {
        try (var r = s.executeQuery("SELECT TIMESTAMP(DATE_FORMAT(NOW(), '%Y-%m-01'))")) {
          r.next();
          since = r.getTimestamp(1);
        }
      }
    }
    var statements =
        List.of(
            "DELETE FROM dashboard_month WHERE month >= ?",
            "INSERT INTO dashboard_month (scope_code, category, month, problems, votes)"
                + " SELECT district_code, category, DATE_FORMAT(created_at, '%Y-%m-01'), COUNT(*), 0"
                + " FROM problem WHERE "
                + PUBLISHED
                + " AND created_at >= ?"
                + " GROUP BY district_code, category, DATE_FORMAT(created_at, '%Y-%m-01')",
            "INSERT INTO dashboard_month (scope_code, category, month, problems, votes)"
                + " SELECT p.district_code, p.category, DATE_FORMAT(v.created_at, '%Y-%m-01') m, 0, COUNT(*)"
                + " FROM vote v JOIN problem p ON p.id = v.problem_id"
                + " WHERE p.moderation = 'VISIBLE' AND p.merged_into IS NULL AND v.created_at >= ?"
                + " GROUP BY p.district_code, p.category, m"
                + " ON DUPLICATE KEY UPDATE votes = VALUES(votes)",
            "INSERT INTO dashboard_month (scope_code, category, month, problems, votes)"
                + " SELECT LEFT(scope_code, 2), category, month, SUM(problems), SUM(votes) FROM dashboard_month"
                + " WHERE LENGTH(scope_code) = 4 AND month >= ? GROUP BY LEFT(scope_code, 2), category, month",
            "INSERT INTO dashboard_month (scope_code, category, month, problems, votes)"
                + " SELECT '', category, month, SUM(problems), SUM(votes) FROM dashboard_month"
                + " WHERE LENGTH(scope_code) = 2 AND month >= ? GROUP BY category, month");
    for (var sql : statements) {
      try (var p = c.prepareStatement(sql)) {
        p.setTimestamp(1, since);
        p.executeUpdate();
      }
    }
    c.commit();
  }

  /**
   * Open problems per category in communes, then their districts and provinces summed from them;
   * {@code null}: every commune.
   */
  private static void places(Connection c, Collection<String> communes) throws SQLException {
    if (communes != null && communes.isEmpty()) {
      return;
    }
    var codes = communes == null ? List.<String>of() : List.copyOf(communes);
    replace(
        c,
        codes,
        6,
        "SELECT LEFT(commune_code, 4), commune_code, category, SUM(status IN "
            + UNRESOLVED
            + "), COUNT(*)"
            + " FROM problem WHERE "
            + PUBLISHED
            + (communes == null ? "" : " AND commune_code IN (" + marks(codes.size()) + ")")
            + " GROUP BY commune_code, category");
    var districts = codes.stream().map(code -> code.substring(0, 4)).distinct().toList();
    replace(c, districts, 4, rollUp(4, communes == null, districts.size()));
    var provinces = codes.stream().map(code -> code.substring(0, 2)).distinct().toList();
    replace(c, provinces, 2, rollUp(2, communes == null, provinces.size()));
    c.commit();
  }

  /**
   * The rows of these places (all of this code length when empty) replaced by what the query
   * selects.
   */
  private static void replace(Connection c, List<String> codes, int length, String select)
      throws SQLException {
    var all = codes.isEmpty();
    try (var p =
        c.prepareStatement(
            "DELETE FROM dashboard_place WHERE "
                + (all
                    ? "LENGTH(place_code) = " + length
                    : "place_code IN (" + marks(codes.size()) + ")"))) {
      bind(p, 1, codes);
      p.executeUpdate();
    }
    try (var p =
        c.prepareStatement(
            "INSERT INTO dashboard_place (parent_code, place_code, category, open_problems, problems) "
                + select)) {
      bind(p, 1, codes);
      p.executeUpdate();
    }
  }

  /** Sums the rows one level down into places of this code length: those given, or all. */
  private static String rollUp(int length, boolean all, int count) {
    return "SELECT "
        + (length == 4 ? "LEFT(parent_code, 2)" : "''")
        + ", parent_code, category,"
        + " SUM(open_problems), SUM(problems) FROM dashboard_place WHERE LENGTH(place_code) = "
        + (length + 2)
        + (all ? "" : " AND parent_code IN (" + marks(count) + ")")
        + " GROUP BY parent_code, category";
  }

  /** How fast each province, district and commune answers, as {@link ResponseTimes} defines it. */
  private static void responses(Connection c) throws SQLException {
    Map<String, List<Long>> seconds = new HashMap<>();
    Map<String, int[]> counts = new HashMap<>();
    var prompt = ResponseTimes.PROMPT.toSeconds();
    try (var s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT commune_code, TIMESTAMPDIFF(SECOND, created_at, answered_at) FROM problem"
                    + " WHERE moderation = 'VISIBLE'")) {
      while (r.next()) {
        var commune = r.getString(1);
        var answer = r.getLong(2);
        var answered = !r.wasNull();
        for (var code : List.of(commune.substring(0, 2), commune.substring(0, 4), commune)) {
          var count = counts.computeIfAbsent(code, k -> new int[3]);
          count[0]++;
          if (answered) {
            count[1]++;
            if (answer <= prompt) {
              count[2]++;
            }
            seconds.computeIfAbsent(code, k -> new ArrayList<>()).add(answer);
          }
        }
      }
    }
    try (var s = c.createStatement()) {
      s.executeUpdate("DELETE FROM dashboard_response");
    }
    try (var p =
        c.prepareStatement(
            "INSERT INTO dashboard_response (place_code, problems, answered, answered_7_days, median_hours)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (var entry : counts.entrySet()) {
        var answers = seconds.get(entry.getKey());
        p.setString(1, entry.getKey());
        p.setInt(2, entry.getValue()[0]);
        p.setInt(3, entry.getValue()[1]);
        p.setInt(4, entry.getValue()[2]);
        if (answers == null) {
          p.setNull(5, java.sql.Types.DOUBLE);
        } else {
          answers.sort(null);
          p.setDouble(5, median(answers) / 3600.0);
        }
        p.addBatch();
      }
      p.executeBatch();
    }
    c.commit();
  }

  /** The median as MariaDB's {@code MEDIAN()} computes it: the middle, or the mean of the two. */
  static double median(List<Long> sorted) {
    var middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
  }

  // ---------------------------------------------------------------- plumbing

  private static boolean lock(Connection c) throws SQLException {
    try (var p = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
      p.setString(1, LOCK);
      try (var r = p.executeQuery()) {
        return r.next() && r.getInt(1) == 1;
      }
    }
  }

  private static void unlock(Connection c) throws SQLException {
    try (var p = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
      p.setString(1, LOCK);
      p.executeQuery().close();
    }
  }

  private static void ids(Connection c, String sql, Set<Long> into) throws SQLException {
    try (var s = c.createStatement();
        var r = s.executeQuery(sql)) {
      while (r.next()) {
        into.add(r.getLong(1));
      }
    }
  }

  private static List<List<Long>> chunks(Collection<Long> ids) {
    var chunks = new ArrayList<List<Long>>();
    var list = List.copyOf(ids);
    for (var i = 0; i < list.size(); i += CHUNK) {
      chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
    }
    return chunks;
  }

  private static String marks(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private static int bind(PreparedStatement p, int from, List<?> values) throws SQLException {
    var index = from;
    for (var value : values) {
      p.setObject(index++, value);
    }
    return index;
  }
}
