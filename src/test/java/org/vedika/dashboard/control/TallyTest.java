package org.vedika.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vedika.dashboard.control.Tally.Report;
import org.vedika.problem.entity.ProblemStatus;

/** How a subject's problems become ranked rows: scopes, periods and the parts of each. */
class TallyTest {

  static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

  static Report report(
      long id,
      String commune,
      ProblemStatus status,
      int daysAgo,
      int session,
      int last,
      int previous) {
    return new Report(
        id, commune, status, NOW.minus(Duration.ofDays(daysAgo)), session, last, previous);
  }

  /** The NSSF card refused at hospitals: Kampong Speu (two districts) and Phnom Penh. */
  static final List<Report> NSSF =
      List.of(
          report(1, "050701", ProblemStatus.OPEN, 10, 23, 5, 0),
          report(2, "050702", ProblemStatus.IN_PROGRESS, 40, 0, 3, 1),
          report(3, "050101", ProblemStatus.RESOLVED, 100, 0, 0, 0),
          report(4, "120101", ProblemStatus.OPEN, 200, 0, 1, 0));

  @Test
  void oneRowPerScopeTheProblemsReachAndPerPeriodWithProblems() {
    var rows = Tally.rows(NSSF, reports -> reports.size() * 10L, NOW);
    assertThat(rows.stream().filter(r -> r.period() == Period.ALL).map(Tally.Row::scopeCode))
        .containsExactly("", "05", "0507", "0501", "12", "1201");
    assertThat(rows.stream().filter(r -> r.period() == Period.MONTH).map(Tally.Row::scopeCode))
        .containsExactly("", "05", "0507");
    assertThat(rows.stream().filter(r -> r.period() == Period.QUARTER).map(Tally.Row::scopeCode))
        .containsExactly("", "05", "0507");
    assertThat(rows.stream().filter(r -> r.period() == Period.YEAR).map(Tally.Row::scopeCode))
        .containsExactly("", "05", "0507", "0501", "12", "1201");
  }

  @Test
  void theNationalRowCountsEveryPartOnce() {
    var national =
        Tally.rows(NSSF, reports -> 412, NOW).stream()
            .filter(r -> r.period() == Period.ALL && r.scopeCode().isEmpty())
            .findFirst()
            .orElseThrow();
    var parts = national.parts();
    assertThat(national.problems()).isEqualTo(4);
    assertThat(national.unresolved()).isEqualTo(3);
    assertThat(parts.people()).isEqualTo(412);
    assertThat(parts.sessionPeople()).isEqualTo(23);
    assertThat(parts.communes()).isEqualTo(4);
    assertThat(parts.provinces()).isEqualTo(2);
    assertThat(parts.unresolvedShare()).isEqualTo(0.75);
    // unresolved problems waited 10, 40 and 200 days: the median is 40
    assertThat(parts.waitDays()).isEqualTo(40);
    // last 30 days: 1 new report + 9 votes; the 30 before: 1 report + 1 vote
    assertThat(parts.trend()).isEqualTo(Ranking.Trend.RISING);
  }

  @Test
  void aProvinceRowCountsOnlyItsOwnProblems() {
    var kampongSpeu =
        Tally.rows(NSSF, reports -> reports.size(), NOW).stream()
            .filter(r -> r.period() == Period.ALL && r.scopeCode().equals("05"))
            .findFirst()
            .orElseThrow();
    assertThat(kampongSpeu.problems()).isEqualTo(3);
    assertThat(kampongSpeu.parts().people()).isEqualTo(3);
    assertThat(kampongSpeu.parts().communes()).isEqualTo(3);
    assertThat(kampongSpeu.parts().provinces()).isEqualTo(1);
  }

  @Test
  void aResolvedProblemHasNoWaitAndAQuietOneIsSteady() {
    var row =
        Tally.row(
            "",
            Period.ALL,
            List.of(report(9, "050701", ProblemStatus.RESOLVED, 300, 0, 0, 0)),
            r -> 1,
            NOW);
    assertThat(row.parts().waitDays()).isZero();
    assertThat(row.parts().unresolvedShare()).isZero();
    assertThat(row.parts().trend()).isEqualTo(Ranking.Trend.STEADY);
  }

  @Test
  void theMedianOfAnEvenCountIsTheLowerMiddle() {
    assertThat(Tally.median(List.of(4L, 1L, 3L, 2L))).isEqualTo(2);
    assertThat(Tally.median(List.of())).isZero();
  }
}
