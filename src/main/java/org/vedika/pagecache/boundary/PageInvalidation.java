package org.vedika.pagecache.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.guide.entity.GuideEvent;
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

  @Inject
  @ConfigProperty(name = "vedika.cache.ttl-seconds", defaultValue = "60")
  int ttlSeconds;

  /**
   * Where each problem is (its village or commune), for its pages' tags: read once, not in every
   * writing transaction — a vote on a hot problem holds its row meanwhile. A problem moves only by
   * {@code Problems.relocate}, which names the place it left; another node's move reaches this node
   * with its change log ({@link #changedElsewhere}). A move racing a read is kept at most {@code
   * vedika.cache.ttl-seconds}, as long as a page is.
   */
  private Cache<Long, String> places;

  @PostConstruct
  void init() {
    places =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofSeconds(ttlSeconds))
            .build();
  }

  void on(@Observes(during = TransactionPhase.IN_PROGRESS) ProblemChanged changed) {
    problem(changed.problemId(), changed.movedFrom());
  }

  /** A workshop shows on its problems' pages and on its commune's. */
  void on(@Observes(during = TransactionPhase.IN_PROGRESS) WorkshopEvent event) {
    problem(event.problemId(), null);
  }

  /**
   * A published guide shows in search results and on the pages of its category's problems, which
   * are in every place: every kept page goes (guides are published a few times a month, not a
   * minute), here and, through the change log, on the other nodes.
   */
  void on(@Observes(during = TransactionPhase.IN_PROGRESS) GuideEvent.Published published) {
    var pending = pending();
    if (pending.tags.add(PageTags.EVERYTHING)) {
      log.record(PageTags.EVERYTHING);
    }
  }

  /**
   * Another node changed the problem: where it is is read again here (it may have been moved
   * there).
   */
  void changedElsewhere(long problemId) {
    places.invalidate(problemId);
  }

  private void problem(long problemId, String movedFrom) {
    var pending = pending();
    var tags = new LinkedHashSet<String>();
    if (movedFrom != null) {
      // the pages of the place it left showed it too; where it is now is read in this
      // transaction, and kept again only after it ended
      pending.moved.add(problemId);
      places.invalidate(problemId);
      tags.addAll(PageTags.ofProblem(problemId, movedFrom));
    }
    if (!pending.problems.add(problemId) && movedFrom == null) {
      return;
    }
    tags.addAll(tagsOf(problemId, !pending.moved.contains(problemId)));
    pending.tags.addAll(tags);
    log.record(String.join(" ", tags));
  }

  /** The problem's tags, from where it is: kept, or read (and kept, unless it moves now). */
  private Set<String> tagsOf(long problemId, boolean keep) {
    var place = keep ? places.getIfPresent(problemId) : null;
    if (place == null) {
      place = log.placeOf(problemId).orElse(null);
      if (place == null) {
        return Set.of(PageTags.EVERYTHING);
      }
      if (keep) {
        places.put(problemId, place);
      }
    }
    return PageTags.ofProblem(problemId, place);
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
    final Set<Long> moved = new HashSet<>();
    final Set<String> tags = new LinkedHashSet<>();

    @Override
    public void beforeCompletion() {
      // nothing: the log row is already in the transaction
    }

    @Override
    public void afterCompletion(int status) {
      places.invalidateAll(moved);
      if (status == Status.STATUS_COMMITTED) {
        // the problems kept for pages go first, whichever of the commit's listeners runs first: a
        // page rendered between the two would be kept from the problem as it was
        problems.forEach(threads::forget);
        pages.invalidate(tags);
      }
    }
  }
}
