package org.vedika.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.vedika.problem.entity.ProblemChanged;

/**
 * Operators' view of the forum's writes: {@code /metrics} counts every committed change a reader
 * can see on a problem (a vote, a reply, a status or moderation step, a move, a merge), as the
 * problem feature announces it ({@link ProblemChanged}, the event a cache or aggregation observes
 * too).
 */
@ApplicationScoped
public class ChangeMetrics {

  @Inject
  @Metric(
      name = "vedika.problem.changes",
      description =
          "Committed changes readers can see on problems (votes, replies, status and moderation steps)")
  Counter problemChanges;

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProblemChanged changed) {
    problemChanges.inc();
  }
}
