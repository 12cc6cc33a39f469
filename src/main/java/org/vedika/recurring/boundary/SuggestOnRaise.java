package org.vedika.recurring.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.vedika.problem.entity.ProblemEvent;

/**
 * A new problem is compared with the older ones as soon as it is committed, in the background (the
 * author's page does not wait for it, and a transaction that has ended cannot be joined). If this
 * fails, the periodic pass ({@link GroupingPass#suggestPending}) looks at it later.
 */
@ApplicationScoped
public class SuggestOnRaise {

  private static final Logger LOG = Logger.getLogger(SuggestOnRaise.class.getName());

  @Inject Grouping grouping;
  @Resource ManagedExecutorService executor;

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProblemEvent.Raised raised) {
    executor.execute(
        () -> {
          try {
            grouping.suggestFor(raised.problemId());
          } catch (RuntimeException e) {
            LOG.warning(() -> "Suggestions for problem " + raised.problemId() + " failed: " + e);
          }
        });
  }
}
