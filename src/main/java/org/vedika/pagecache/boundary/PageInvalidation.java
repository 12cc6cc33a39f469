package org.vedika.pagecache.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.vedika.pagecache.control.PageChangeLog;
import org.vedika.pagecache.control.RenderedPages;
import org.vedika.pagecache.entity.PageTags;
import org.vedika.problem.boundary.RenderedThreads;
import org.vedika.problem.entity.ProblemChanged;
import org.vedika.workshop.entity.WorkshopEvent;

/**
 * Hears what the owners say changed, inside their transaction: writes the change log row for the
 * other nodes (in the same transaction) and, once the transaction committed, drops this node's
 * pages — before the writer's response goes out, so the writer's next read is fresh. A transaction
 * that changes a problem several times (a reply: its row, its counters, its first answer) logs it
 * once.
 */
@ApplicationScoped
public class PageInvalidation {

  @Inject PageChangeLog log;
  @Inject RenderedPages pages;
  @Inject RenderedThreads threads;
  @Resource TransactionSynchronizationRegistry transactions;

  void on(@Observes(during = TransactionPhase.IN_PROGRESS) ProblemChanged changed) {
    problem(changed.problemId());
  }

  /** A workshop shows on its problems' pages and on its commune's. */
  void on(@Observes(during = TransactionPhase.IN_PROGRESS) WorkshopEvent event) {
    problem(event.problemId());
  }

  private void problem(long problemId) {
    var pending = pending();
    if (!pending.problems.add(problemId)) {
      return;
    }
    var tags =
        log.placeOf(problemId)
            .map(place -> PageTags.ofProblem(problemId, place))
            .orElse(Set.of(PageTags.EVERYTHING));
    pending.tags.addAll(tags);
    log.record(String.join(" ", tags));
  }

  /** This transaction's changes, dropped from this node's cache when it commits. */
  private Pending pending() {
    var pending = (Pending) transactions.getResource(Pending.class);
    if (pending == null) {
      pending = new Pending();
      transactions.putResource(Pending.class, pending);
      transactions.registerInterposedSynchronization(pending);
    }
    return pending;
  }

  private final class Pending implements Synchronization {
    final Set<Long> problems = new HashSet<>();
    final Set<String> tags = new LinkedHashSet<>();

    @Override
    public void beforeCompletion() {
      // nothing: the log row is already in the transaction
    }

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        // the problems kept for pages go first, whichever of the commit's listeners runs first: a
        // page rendered between the two would be kept from the problem as it was
        problems.forEach(threads::forget);
        pages.invalidate(tags);
      }
    }
  }
}
