package org.vedika.dashboard.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.vedika.problem.entity.ProblemStatus;

/**
 * Counts one subject of the dashboard — a recurring problem, or a problem in no group — into its
 * ranked rows: one per scope it reaches (the country, each province, each district) and per {@link
 * Period}, each with the {@link Ranking.Parts} the page shows and the score they give. Pure: the
 * aggregation feeds it what it read from the database (published problems only).
 */
public final class Tally {

  static final Duration WINDOW = Duration.ofDays(30);

  /**
   * One published problem of the subject.
   *
   * @param votesLast30Days votes cast on it in the last 30 days
   * @param votesPrevious30Days votes cast in the 30 days before those
   */
  public record Report(
      long problemId,
      String communeCode,
      ProblemStatus status,
      Instant createdAt,
      int sessionReports,
      int votesLast30Days,
      int votesPrevious30Days) {

    boolean unresolved() {
      return status == ProblemStatus.OPEN
          || status == ProblemStatus.ACKNOWLEDGED
          || status == ProblemStatus.IN_PROGRESS;
    }
  }

  /** A ranked row: the subject in one scope ({@code ""} the country) over one period. */
  public record Row(
      String scopeCode, Period period, int problems, int unresolved, Ranking.Parts parts) {}

  private Tally() {}

  /**
   * The rows of a subject.
   *
   * @param people distinct members affected (authors and voters) among some of its reports
   */
  public static List<Row> rows(
      List<Report> reports, ToLongFunction<List<Report>> people, Instant now) {
    var rows = new ArrayList<Row>();
    for (var period : Period.values()) {
      var since = period == Period.ALL ? Instant.MIN : now.minus(Duration.ofDays(period.days()));
      var inPeriod = reports.stream().filter(r -> !r.createdAt().isBefore(since)).toList();
      if (inPeriod.isEmpty()) {
        continue;
      }
      var scopes = new LinkedHashMap<String, List<Report>>();
      scopes.put("", inPeriod);
      for (var report : inPeriod) {
        scopes
            .computeIfAbsent(report.communeCode().substring(0, 2), k -> new ArrayList<>())
            .add(report);
        scopes
            .computeIfAbsent(report.communeCode().substring(0, 4), k -> new ArrayList<>())
            .add(report);
      }
      for (Map.Entry<String, List<Report>> scope : scopes.entrySet()) {
        rows.add(row(scope.getKey(), period, scope.getValue(), people, now));
      }
    }
    return rows;
  }

  static Row row(
      String scopeCode,
      Period period,
      List<Report> reports,
      ToLongFunction<List<Report>> people,
      Instant now) {
    var communes = new HashSet<String>();
    var provinces = new HashSet<String>();
    long sessionPeople = 0;
    long last = 0;
    long previous = 0;
    var waits = new ArrayList<Long>();
    for (var report : reports) {
      communes.add(report.communeCode());
      provinces.add(report.communeCode().substring(0, 2));
      sessionPeople += report.sessionReports();
      last += report.votesLast30Days();
      previous += report.votesPrevious30Days();
      var age = Duration.between(report.createdAt(), now);
      if (age.compareTo(WINDOW) < 0) {
        last++;
      } else if (age.compareTo(WINDOW.multipliedBy(2)) < 0) {
        previous++;
      }
      if (report.unresolved()) {
        waits.add(Math.max(0, age.toDays()));
      }
    }
    var parts =
        new Ranking.Parts(
            people.applyAsLong(reports),
            sessionPeople,
            communes.size(),
            provinces.size(),
            (double) waits.size() / reports.size(),
            median(waits),
            Ranking.Trend.of(last, previous));
    return new Row(scopeCode, period, reports.size(), waits.size(), parts);
  }

  /** The median of whole days (the lower middle of an even count); 0 when there is none. */
  static long median(List<Long> days) {
    if (days.isEmpty()) {
      return 0;
    }
    var sorted = days.stream().sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
