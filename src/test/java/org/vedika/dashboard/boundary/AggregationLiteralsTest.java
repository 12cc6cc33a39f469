package org.vedika.dashboard.boundary;

import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.vedika.problem.entity.ModerationState;
import org.vedika.problem.entity.ProblemStatus;

/**
 * The enum values Aggregation's bulk statements spell as SQL literals (HOT-PATH) are the enums'.
 */
class AggregationLiteralsTest {

  @Test
  void unresolvedListsTheUnresolvedStatuses() {
    var unresolved =
        Arrays.stream(ProblemStatus.values())
            .filter(ProblemStatus::isUnresolved)
            .map(status -> "'" + status.name() + "'")
            .collect(joining(", ", "(", ")"));
    assertThat(Aggregation.UNRESOLVED).isEqualTo(unresolved);
  }

  @Test
  void publishedIsVisibleAndNotMerged() {
    assertThat(Aggregation.PUBLISHED)
        .isEqualTo("moderation = '" + ModerationState.VISIBLE.name() + "' AND merged_into IS NULL");
  }
}
