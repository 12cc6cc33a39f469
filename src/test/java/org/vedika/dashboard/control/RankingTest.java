package org.vedika.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vedika.dashboard.control.Ranking.Parts;
import org.vedika.dashboard.control.Ranking.Trend;

/** Fixtures that pin the dashboard's order and the parts it shows. */
class RankingTest {

  /** The NSSF card refused at hospitals, reported across Kampong Speu and beyond. */
  static final Parts WIDESPREAD = new Parts(412, 30, 37, 9, 0.80, 45, Trend.RISING);

  /** One viral thread in one commune, mostly answered. */
  static final Parts VIRAL = new Parts(900, 0, 1, 1, 0.10, 5, Trend.STEADY);

  /** A real but local problem, all unresolved for months. */
  static final Parts LOCAL_OLD = new Parts(60, 0, 3, 1, 1.0, 200, Trend.STEADY);

  /** Heard at sessions only: trainers counted 150 people, few are online. */
  static final Parts SESSIONS = new Parts(5, 150, 6, 2, 1.0, 30, Trend.STEADY);

  /** Fading: solved in most places and fewer reports every month. */
  static final Parts FADING = new Parts(300, 0, 20, 4, 0.15, 10, Trend.FALLING);

  @Test
  void widespreadAndLongUnresolvedProblemsOutrankAViralButAnsweredThread() {
    var rows = new ArrayList<>(List.of(VIRAL, FADING, LOCAL_OLD, SESSIONS, WIDESPREAD));
    rows.sort(Ranking.ORDER);
    // 33.6 · 19.2 · 9.5 · 6.0 · 3.7
    assertThat(rows).containsExactly(WIDESPREAD, LOCAL_OLD, SESSIONS, FADING, VIRAL);
  }

  /**
   * Issue 20, item 6: one trainer's count of 37 at a session, with its author the one person
   * online, ranked #2 nationally above a problem reported in four communes of two provinces. A
   * count is one report heard together, not 37 members each saying so: it weighs as its square
   * root, and the spread wins.
   */
  @Test
  void oneSessionCountDoesNotOutrankAProblemReportedInFourCommunesOfTwoProvinces() {
    var oneCount = new Parts(1, 37, 1, 1, 1.0, 20, Trend.STEADY);
    var fourCommunes = new Parts(4, 0, 4, 2, 1.0, 20, Trend.STEADY);
    assertThat(fourCommunes.score()).isGreaterThan(oneCount.score());
    var rows = new ArrayList<>(List.of(oneCount, fourCommunes));
    rows.sort(Ranking.ORDER);
    assertThat(rows).containsExactly(fourCommunes, oneCount);
    // counts still weigh: the same problem with its session ranks above itself without one
    assertThat(oneCount.score())
        .isGreaterThan(new Parts(1, 0, 1, 1, 1.0, 20, Trend.STEADY).score());
    // and many sessions' people still add up: 150 counted across six communes of two provinces
    assertThat(SESSIONS.score()).isGreaterThan(fourCommunes.score());
  }

  @Test
  void theScoreFollowsTheFormula() {
    var expected =
        Math.log1p(412 + Math.sqrt(30))
            * (1 + Math.log1p(37) / 2 + Math.log1p(9) / 4)
            * (0.25 + 0.80)
            * (1 + 45 / 180.0)
            * 1.25;
    assertThat(WIDESPREAD.score()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void eachPartMovesTheScoreTheWayItShould() {
    var base = new Parts(100, 0, 5, 1, 0.5, 30, Trend.STEADY);
    assertThat(new Parts(200, 0, 5, 1, 0.5, 30, Trend.STEADY).score()).isGreaterThan(base.score());
    assertThat(new Parts(100, 100, 5, 1, 0.5, 30, Trend.STEADY).score())
        .as("session counts weigh too")
        .isGreaterThan(base.score());
    assertThat(new Parts(100, 0, 10, 1, 0.5, 30, Trend.STEADY).score()).isGreaterThan(base.score());
    assertThat(new Parts(100, 0, 5, 3, 0.5, 30, Trend.STEADY).score()).isGreaterThan(base.score());
    assertThat(new Parts(100, 0, 5, 1, 0.9, 30, Trend.STEADY).score()).isGreaterThan(base.score());
    assertThat(new Parts(100, 0, 5, 1, 0.5, 90, Trend.STEADY).score()).isGreaterThan(base.score());
    assertThat(new Parts(100, 0, 5, 1, 0.5, 400, Trend.STEADY).score())
        .as("waiting counts up to 180 days")
        .isEqualTo(new Parts(100, 0, 5, 1, 0.5, 180, Trend.STEADY).score());
    assertThat(new Parts(100, 0, 5, 1, 0.5, 30, Trend.RISING).score()).isGreaterThan(base.score());
    assertThat(new Parts(100, 0, 5, 1, 0.5, 30, Trend.FALLING).score()).isLessThan(base.score());
    assertThat(new Parts(100, 0, 5, 1, 0.0, 30, Trend.STEADY).score())
        .as("solved keeps a quarter")
        .isPositive();
  }

  @Test
  void theTrendComparesTheLastThirtyDaysWithTheThirtyBefore() {
    assertThat(Trend.of(12, 5)).isEqualTo(Trend.RISING);
    assertThat(Trend.of(2, 0)).as("too few to call a rise").isEqualTo(Trend.STEADY);
    assertThat(Trend.of(6, 5)).isEqualTo(Trend.STEADY);
    assertThat(Trend.of(3, 10)).isEqualTo(Trend.FALLING);
    assertThat(Trend.of(0, 2)).as("too few to call a fall").isEqualTo(Trend.STEADY);
  }

  @Test
  void partsAreNeverNegativeAndSharesStayBetweenZeroAndOne() {
    assertThatThrownBy(() -> new Parts(-1, 0, 0, 0, 0.5, 0, Trend.STEADY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Parts(1, 0, 0, 0, 1.5, 0, Trend.STEADY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
