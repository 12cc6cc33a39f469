package org.vedika.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vedika.account.entity.Role;
import org.vedika.account.entity.RoleGrant;
import org.vedika.dashboard.control.Period;
import org.vedika.dashboard.control.Ranking;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.ModerationState;
import org.vedika.problem.entity.ProblemStatus;
import org.vedika.schema.boundary.ReplicaReads;

/**
 * What the policymakers' dashboard reads: the ranked rows, the chart series and the problems behind
 * a row — all from the tables {@link Aggregation} keeps, plus indexed problem reads for drill-down.
 * Who may read which place is decided here too ({@link #scopes}).
 *
 * <p>Only reads, so no transaction: with one, each native query here was wrapped in an XA start,
 * end and commit — four round trips to MariaDB instead of one, seven times a page view.
 *
 * <p>HOT-PATH: the rows here stay {@code Object[]} read by position, each query's in one place
 * ({@link #row}, and the loop or lambda after each query): these reads were tuned against the big
 * data set (docs/benchmarks.md, docs/bench-dashboard.sh) and are left as measured. Enum values are
 * bound as parameters where that was a one-line change ({@link #behind}, {@link #spots}); the
 * driver prepares statements on the client, so MariaDB receives the same SQL text and plans it the
 * same. {@code r.kind = 'R'} / {@code 'P'} in {@link #ROW} stay literals: no Java enum spells them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Dashboard {

  /** A view ranks at most this many rows (and exports them): enough to act on, cheap to count. */
  public static final int MAX_ROWS = 1_000;

  /** The replica when one is configured and close behind, else the primary (docs/cluster.md). */
  @Inject ReplicaReads db;

  @Inject org.vedika.place.boundary.Places places;

  /** Which problems a row counts by their status. */
  public enum Standing {
    ANY,
    UNRESOLVED,
    RESOLVED;

    public static Optional<Standing> of(String key) {
      for (var standing : values()) {
        if (standing.name().equalsIgnoreCase(String.valueOf(key))) {
          return Optional.of(standing);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * A dashboard view.
   *
   * @param placeCode {@code ""} the country, a province or a district code
   * @param category null for every category
   */
  public record Filter(String placeCode, Category category, Period period, Standing standing) {

    public Filter {
      placeCode = placeCode == null ? "" : placeCode;
      period = period == null ? Period.ALL : period;
      standing = standing == null ? Standing.ANY : standing;
    }
  }

  /** A ranked row: a recurring problem ({@code R}) or a problem in no group ({@code P}). */
  public record Row(
      int rank,
      String kind,
      long subjectId,
      String titleKm,
      String titleEn,
      String placeCode,
      Category category,
      int problems,
      int unresolved,
      Ranking.Parts parts,
      double score) {

    public boolean isRecurring() {
      return "R".equals(kind);
    }

    public String title(String language) {
      return "en".equals(language) ? titleEn : titleKm;
    }
  }

  /** Problems raised and votes cast in a month, in one category. */
  public record MonthCount(YearMonth month, Category category, long problems, long votes) {}

  /** A place and a count: open problems, for the places chart. */
  public record PlaceCount(
      String code, String nameKm, String nameLatin, long open, long problems) {}

  /** How fast a place answers (ResponseTimes' definitions). */
  public record PlaceResponse(
      String code,
      String nameKm,
      String nameLatin,
      long problems,
      long answered,
      long answeredWithin7Days,
      Double medianHours) {

    public double answeredWithin7DaysShare() {
      return problems == 0 ? 0 : (double) answeredWithin7Days / problems;
    }
  }

  /**
   * A problem behind a row or a chart bar; {@code people}: its author and voters, each once, as its
   * page says.
   */
  public record Behind(
      long id, String title, String placeCode, String status, int people, Instant createdAt) {}

  // ---------------------------------------------------------------- who reads what

  /**
   * The places a member with these role grants may read on the dashboard: {@code ""} for the
   * country (admins, national policymakers), else their policymaker grants' provinces and
   * districts. Empty: not theirs. The grants are the reader's, read once per request ({@link
   * org.vedika.account.boundary.CurrentMember#grants}).
   */
  public static List<String> scopes(List<RoleGrant> grants) {
    return RoleGrant.prefixes(grants, java.util.Set.of(Role.POLICYMAKER, Role.ADMIN));
  }

  /** Whether a member with these scopes may read this place ({@code ""} the country). */
  public static boolean allowed(List<String> scopes, String placeCode) {
    return scopes.stream().anyMatch(scope -> placeCode.startsWith(scope));
  }

  /** The place a view asks for, or — when it asks for none — the reader's first scope. */
  public static String asked(List<String> scopes, String place) {
    return place == null || place.isBlank()
        ? (scopes.isEmpty() ? "" : scopes.get(0))
        : place.strip();
  }

  /**
   * Whether a view can show this place: the country ({@code ""}), an existing province or district,
   * or with {@code communes} a commune too.
   */
  public boolean viewable(String code, boolean communes) {
    return code.isEmpty()
        || (code.matches(communes ? "\\d{2}|\\d{4}|\\d{6}" : "\\d{2}|\\d{4}")
            && places.find(code).isPresent());
  }

  /** The place of a reader's view, if it is viewable and theirs; empty: refuse the view. */
  public Optional<String> readable(List<String> scopes, String place, boolean communes) {
    var code = asked(scopes, place);
    return !scopes.isEmpty() && viewable(code, communes) && allowed(scopes, code)
        ? Optional.of(code)
        : Optional.empty();
  }

  // ---------------------------------------------------------------- ranked rows

  public List<Row> ranked(Filter filter, int first, int max) {
    var limit = Math.max(0, Math.min(max, MAX_ROWS - first));
    if (limit == 0) {
      return List.of();
    }
    var parameters = parameters(filter);
    parameters.add(limit);
    parameters.add(first);
    var rows = new ArrayList<Row>();
    var rank = first;
    for (var r :
        db.rows(
            ROW
                + where(filter)
                + " ORDER BY r.score DESC, r.kind DESC, r.subject_id DESC LIMIT ? OFFSET ?",
            parameters.toArray())) {
      rows.add(row(r, ++rank));
    }
    return rows;
  }

  /** One subject's row in a view (its parts there, every category and status), if it has one. */
  public Optional<Row> subject(String kind, long subjectId, Filter filter) {
    var found =
        db.rows(
            ROW
                + " WHERE r.scope_code = ? AND r.period_days = ? AND r.kind = ? AND r.subject_id = ?",
            filter.placeCode(),
            filter.period().days(),
            kind,
            subjectId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    var row = found.get(0);
    var above =
        db.single(
            "SELECT COUNT(*) FROM ranked_row WHERE scope_code = ? AND period_days = ? AND score > ?",
            filter.placeCode(),
            filter.period().days(),
            row[15]);
    return Optional.of(row(row, (int) number(above) + 1));
  }

  /** A ranked row's columns, with the names of its recurring problem or problem. */
  private static final String ROW =
      "SELECT r.kind, r.subject_id, g.title_km, g.title_en, p.title, p.place_code, r.category,"
          + " r.problems, r.unresolved, r.people, r.session_people, r.communes, r.provinces,"
          + " r.wait_days, r.trend, r.score"
          + " FROM ranked_row r"
          + " LEFT JOIN recurring_problem g ON r.kind = 'R' AND g.id = r.subject_id"
          + " LEFT JOIN problem p ON r.kind = 'P' AND p.id = r.subject_id";

  private static Row row(Object[] r, int rank) {
    var problems = number(r[7]);
    var unresolved = number(r[8]);
    var parts =
        new Ranking.Parts(
            number(r[9]),
            number(r[10]),
            (int) number(r[11]),
            (int) number(r[12]),
            problems == 0 ? 0 : (double) unresolved / problems,
            number(r[13]),
            Ranking.Trend.valueOf((String) r[14]));
    var recurring = "R".equals(r[0]);
    return new Row(
        rank,
        (String) r[0],
        number(r[1]),
        recurring ? (String) r[2] : (String) r[4],
        recurring ? (String) r[3] : (String) r[4],
        recurring ? null : (String) r[5],
        Category.valueOf((String) r[6]),
        (int) problems,
        (int) unresolved,
        parts,
        ((Number) r[15]).doubleValue());
  }

  /** How many rows the view ranks, at most {@link #MAX_ROWS}. */
  public int count(Filter filter) {
    return (int)
        number(
            db.single(
                "SELECT COUNT(*) FROM (SELECT 1 FROM ranked_row r"
                    + where(filter)
                    + " LIMIT "
                    + MAX_ROWS
                    + ") t",
                parameters(filter).toArray()));
  }

  private static String where(Filter filter) {
    var where = new StringBuilder(" WHERE r.scope_code = ? AND r.period_days = ?");
    if (filter.category() != null) {
      where.append(" AND r.category = ?");
    }
    switch (filter.standing()) {
      case UNRESOLVED -> where.append(" AND r.unresolved > 0");
      case RESOLVED -> where.append(" AND r.unresolved = 0");
      default -> {}
    }
    return where.toString();
  }

  /** The values of {@link #where}'s parameters, in order. */
  private static List<Object> parameters(Filter filter) {
    var parameters = new ArrayList<Object>(List.of(filter.placeCode(), filter.period().days()));
    if (filter.category() != null) {
      parameters.add(filter.category().name());
    }
    return parameters;
  }

  // ---------------------------------------------------------------- charts

  /** Problems and votes per month and category over the last {@code months} months. */
  public List<MonthCount> months(Filter filter, int months) {
    var since = YearMonth.now().minusMonths(months - 1L).atDay(1);
    var parameters = new ArrayList<Object>(List.of(filter.placeCode(), since));
    if (filter.category() != null) {
      parameters.add(filter.category().name());
    }
    var list = new ArrayList<MonthCount>();
    for (var r :
        db.rows(
            "SELECT month, category, problems, votes FROM dashboard_month"
                + " WHERE scope_code = ? AND month >= ?"
                + (filter.category() == null ? "" : " AND category = ?")
                + " ORDER BY month, category",
            parameters.toArray())) {
      var day = r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0];
      list.add(
          new MonthCount(
              YearMonth.from(day), Category.valueOf((String) r[1]), number(r[2]), number(r[3])));
    }
    return list;
  }

  /** The places one level below the view's place with the most open problems. */
  public List<PlaceCount> openByPlace(Filter filter, int limit) {
    var parameters = new ArrayList<Object>(List.of(filter.placeCode()));
    if (filter.category() != null) {
      parameters.add(filter.category().name());
    }
    parameters.add(limit);
    var list = new ArrayList<PlaceCount>();
    for (var r :
        db.rows(
            "SELECT t.code, pl.name_km, pl.name_latin, t.open, t.total FROM ("
                + " SELECT place_code code, SUM(open_problems) open, SUM(problems) total"
                + " FROM dashboard_place WHERE parent_code = ?"
                + (filter.category() == null ? "" : " AND category = ?")
                + " GROUP BY place_code) t JOIN place pl ON pl.code = t.code"
                + " WHERE t.open > 0 ORDER BY t.open DESC, t.code LIMIT ?",
            parameters.toArray())) {
      list.add(
          new PlaceCount((String) r[0], (String) r[1], (String) r[2], number(r[3]), number(r[4])));
    }
    return list;
  }

  /** How fast the places one level below the view's place answer, the most problems first. */
  public List<PlaceResponse> responses(Filter filter, int limit) {
    var length = childLength(filter.placeCode());
    var rows =
        db.rows(
            "SELECT r.place_code, pl.name_km, pl.name_latin, r.problems, r.answered, r.answered_7_days,"
                + " r.median_hours FROM dashboard_response r JOIN place pl ON pl.code = r.place_code"
                + " WHERE r.place_code LIKE ? AND LENGTH(r.place_code) = ?"
                + " ORDER BY r.problems DESC, r.place_code LIMIT ?",
            filter.placeCode() + "%",
            length,
            limit);
    return rows.stream()
        .map(
            r ->
                new PlaceResponse(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    number(r[3]),
                    number(r[4]),
                    number(r[5]),
                    r[6] == null ? null : ((Number) r[6]).doubleValue()))
        .toList();
  }

  private static int childLength(String placeCode) {
    return placeCode.isEmpty() ? 2 : placeCode.length() + 2;
  }

  // ---------------------------------------------------------------- drill-down

  /**
   * The public problems behind a row or a chart bar, most votes first.
   *
   * @param recurringId a recurring problem's problems, or null
   * @param month only problems raised in this month, or null
   */
  public List<Behind> behind(Filter filter, Long recurringId, YearMonth month, int first, int max) {
    var sql =
        new StringBuilder(
            "SELECT id, title, place_code, status, people, created_at FROM problem"
                + " WHERE moderation = ? AND merged_into IS NULL AND place_code LIKE ?");
    var parameters = new ArrayList<Object>();
    parameters.add(ModerationState.VISIBLE.name());
    parameters.add(filter.placeCode() + "%");
    if (recurringId != null) {
      sql.append(" AND recurring_id = ?");
      parameters.add(recurringId);
    }
    if (filter.category() != null) {
      sql.append(" AND category = ?");
      parameters.add(filter.category().name());
    }
    if (filter.period() != Period.ALL) {
      sql.append(" AND created_at >= NOW() - INTERVAL ? DAY");
      parameters.add(filter.period().days());
    }
    if (month != null) {
      sql.append(" AND created_at >= ? AND created_at < ?");
      parameters.add(month.atDay(1));
      parameters.add(month.plusMonths(1).atDay(1));
    }
    switch (filter.standing()) {
      case UNRESOLVED -> {
        sql.append(" AND status IN (?, ?, ?)");
        parameters.add(ProblemStatus.OPEN.name());
        parameters.add(ProblemStatus.ACKNOWLEDGED.name());
        parameters.add(ProblemStatus.IN_PROGRESS.name());
      }
      case RESOLVED -> {
        sql.append(" AND status = ?");
        parameters.add(ProblemStatus.RESOLVED.name());
      }
      default -> {}
    }
    sql.append(" ORDER BY people DESC, id DESC LIMIT ? OFFSET ?");
    parameters.add(max);
    parameters.add(first);
    var list = new ArrayList<Behind>();
    for (var r : db.rows(sql.toString(), parameters.toArray())) {
      list.add(
          new Behind(
              number(r[0]),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (int) number(r[4]),
              r[5] instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) r[5]));
    }
    return list;
  }

  /** A commune where a recurring problem is reported: its centroid and how many problems. */
  public record Spot(
      String code, String nameKm, String nameLatin, double lat, double lon, long problems) {}

  /**
   * Where a recurring problem's public problems are, commune by commune, inside the view's place:
   * each commune's centroid from the gazetteer (its district's, or province's, where the gazetteer
   * has none).
   */
  public List<Spot> spots(long recurringId, Filter filter) {
    var rows =
        db.rows(
            "SELECT c.code, c.name_km, c.name_latin, COALESCE(c.lat, d.lat, pr.lat), COALESCE(c.lon, d.lon, pr.lon),"
                + " COUNT(*) FROM problem p JOIN place c ON c.code = p.commune_code"
                + " JOIN place d ON d.code = p.district_code JOIN place pr ON pr.code = p.province_code"
                + " WHERE p.recurring_id = ? AND p.moderation = ? AND p.merged_into IS NULL"
                + " AND p.place_code LIKE ? GROUP BY c.code, c.name_km, c.name_latin, c.lat, d.lat, pr.lat,"
                + " c.lon, d.lon, pr.lon",
            recurringId,
            ModerationState.VISIBLE.name(),
            filter.placeCode() + "%");
    return rows.stream()
        .filter(r -> r[3] != null && r[4] != null)
        .map(
            r ->
                new Spot(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).doubleValue(),
                    ((Number) r[4]).doubleValue(),
                    number(r[5])))
        .toList();
  }

  /** When the aggregation last ran, for "figures as of". */
  public Optional<Instant> refreshedAt() {
    var v = db.single("SELECT last_started FROM dashboard_refresh WHERE id = 1");
    if (v == null) {
      return Optional.empty();
    }
    return Optional.of(
        v instanceof java.sql.Timestamp t
            ? t.toInstant()
            : v instanceof java.time.LocalDateTime l
                ? Timestamp.valueOf(l).toInstant()
                : (Instant) v);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
