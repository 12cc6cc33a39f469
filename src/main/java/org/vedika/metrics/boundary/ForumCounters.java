package org.vedika.metrics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.vedika.problem.entity.ProblemEvent;

/**
 * Counts what members do, once it is saved: {@code vedika_problems_raised_total}, {@code
 * vedika_replies_total{official}}, {@code vedika_votes_total}, {@code vedika_solutions_total},
 * {@code vedika_status_changes_total{to}} (per node: a cluster's figure is the sum).
 */
@ApplicationScoped
public class ForumCounters {

  @Inject MetricRegistry metrics;

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProblemEvent event) {
    if (event instanceof ProblemEvent.Raised) {
      metrics.counter("vedika.problems.raised").inc();
    } else if (event instanceof ProblemEvent.Voted) {
      metrics.counter("vedika.votes").inc();
    } else if (event instanceof ProblemEvent.Replied replied) {
      metrics
          .counter("vedika.replies", new Tag("official", String.valueOf(replied.official())))
          .inc();
    } else if (event instanceof ProblemEvent.Solved) {
      metrics.counter("vedika.solutions").inc();
    } else if (event instanceof ProblemEvent.StatusChanged changed) {
      metrics
          .counter(
              "vedika.status.changes", new Tag("to", changed.to().name().toLowerCase(Locale.ROOT)))
          .inc();
    } else if (event instanceof ProblemEvent.Merged) {
      metrics.counter("vedika.merges").inc();
    }
  }
}
