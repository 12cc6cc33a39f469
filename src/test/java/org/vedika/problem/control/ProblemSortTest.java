package org.vedika.problem.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemSortTest {

  /**
   * A page must come straight off the area index (column, then the implicit primary key): a tie
   * broken on any other column makes MariaDB sort the whole area (docs/benchmarks.md, third run).
   */
  @ParameterizedTest
  @EnumSource(ProblemSort.class)
  void tiesBreakOnTheIdInTheDirectionOfTheFirstColumn(ProblemSort sort) {
    var columns = sort.orderBy().split(", ");
    assertThat(columns).hasSize(2);
    var direction = columns[0].substring(columns[0].lastIndexOf(' '));
    assertThat(columns[1]).isEqualTo("p.id" + direction);
  }

  @Test
  void keysRoundTripAndTopMeansAllTime() {
    for (var sort : ProblemSort.values()) {
      assertThat(ProblemSort.of(sort.key())).contains(sort);
    }
    assertThat(ProblemSort.of("top")).contains(ProblemSort.TOP_ALL);
    assertThat(ProblemSort.of("best")).isEmpty();
  }
}
