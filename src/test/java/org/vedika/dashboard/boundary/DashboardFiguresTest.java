package org.vedika.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vedika.dashboard.boundary.Dashboard.Filter;
import org.vedika.dashboard.boundary.Dashboard.Standing;
import org.vedika.dashboard.control.Period;

/**
 * The figures kept between aggregation runs: read once per run and view, read again as soon as a
 * newer run has stamped its end, never taken back to an older run's. (The reads themselves, against
 * MariaDB, are DashboardIT's.)
 */
class DashboardFiguresTest {

  static final Filter COUNTRY = new Filter("", null, Period.ALL, Standing.ANY);
  static final Filter KAMPONG_SPEU = new Filter("05", null, Period.ALL, Standing.ANY);
  static final Instant RUN_1 = Instant.parse("2026-12-04T10:00:00Z");
  static final Instant RUN_2 = RUN_1.plusSeconds(60);

  /** The aggregated tables, as far as these tests need them: a stamp and a count per read. */
  static class Tables extends Dashboard {

    Optional<Instant> stamp = Optional.empty();
    int count = 7;
    int reads;

    @Override
    public Optional<Instant> refreshedAt() {
      return stamp;
    }

    @Override
    public int count(Filter filter) {
      reads++;
      return count;
    }

    @Override
    public List<Row> ranked(Filter filter, int first, int max) {
      reads++;
      return List.of();
    }
  }

  Tables tables = new Tables();
  DashboardFigures figures = new DashboardFigures();

  @BeforeEach
  void wire() {
    figures.dashboard = tables;
    tables.stamp = Optional.of(RUN_1);
  }

  @Test
  void viewsBetweenTwoRunsReadTheTablesOnce() {
    assertThat(figures.snapshot().count(COUNTRY)).isEqualTo(7);
    tables.count =
        8; // the tables change only in a run; here only to show the kept figure is served
    assertThat(figures.snapshot().count(COUNTRY)).isEqualTo(7);
    assertThat(figures.snapshot().count(COUNTRY)).isEqualTo(7);
    assertThat(tables.reads).isEqualTo(1);
  }

  @Test
  void eachViewIsKeptApart() {
    figures.snapshot().count(COUNTRY);
    figures.snapshot().count(KAMPONG_SPEU);
    figures.snapshot().ranked(COUNTRY, 0, 20);
    figures.snapshot().ranked(COUNTRY, 20, 20);
    figures.snapshot().ranked(COUNTRY, 20, 20);
    assertThat(tables.reads).isEqualTo(4);
  }

  @Test
  void aNewerRunIsReadAtTheNextView() {
    figures.snapshot().count(COUNTRY);
    tables.count = 8;
    tables.stamp = Optional.of(RUN_2);
    var snapshot = figures.snapshot();
    assertThat(snapshot.count(COUNTRY)).isEqualTo(8);
    assertThat(snapshot.refreshedAt()).contains(RUN_2);
  }

  @Test
  void aStampReadBeforeANewerRunNeverBringsBackTheOlderFigures() {
    tables.stamp = Optional.of(RUN_2);
    figures.snapshot().count(COUNTRY);
    tables.count = 6;
    tables.stamp = Optional.of(RUN_1);
    assertThat(figures.snapshot().count(COUNTRY)).isEqualTo(7);
  }

  @Test
  void beforeTheFirstRunTheFiguresAreKeptUntilItEnds() {
    tables.stamp = Optional.empty();
    assertThat(figures.snapshot().count(COUNTRY)).isEqualTo(7);
    tables.count = 9;
    assertThat(figures.snapshot().count(COUNTRY)).isEqualTo(7);
    tables.stamp = Optional.of(RUN_1);
    assertThat(figures.snapshot().count(COUNTRY)).isEqualTo(9);
  }

  @Test
  void longRankingsAreReadEachTime() {
    figures.snapshot().ranked(COUNTRY, 0, Dashboard.MAX_ROWS);
    figures.snapshot().ranked(COUNTRY, 0, Dashboard.MAX_ROWS);
    assertThat(tables.reads).isEqualTo(2);
  }
}
