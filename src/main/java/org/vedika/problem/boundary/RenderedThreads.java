package org.vedika.problem.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.i18n.boundary.Messages;
import org.vedika.i18n.control.PlainText;
import org.vedika.problem.entity.ProblemChanged;
import org.vedika.problem.entity.Reply;

/**
 * A problem's page as everyone sees it, read once per change: the problem itself with its official
 * answers, timeline and breadcrumbs ({@link KeptProblem}), and its thread, whose replies are {@link
 * ThreadRow records} built here in Java — author, badge, notices and the text as safe HTML — kept
 * per problem, page of the thread and language, and read again from the database only after the
 * problem changed. A member's page asks here instead of the database and adds only what is theirs
 * (report or edit, whether they voted, follow); a visitor's page mostly comes whole from the page
 * cache. Measured: the thread was a third of a member's problem page (docs/benchmarks.md, issue
 * 17).
 *
 * <p>Freshness without a race: every kept page of rows is filed under its problem's
 * <em>version</em> at the moment its reading started, and a change moves the version on (after its
 * commit, on this node through {@link ProblemChanged}; on the others when the page cache's change
 * log reaches them, {@code pagecache.boundary.OtherNodes}). A thread read while a change was
 * committing is filed under the old version, which nobody asks for again. Versions are striped (a
 * change also moves the versions of the problems that share its stripe, which only costs them a
 * read); rows older than {@code vedika.cache.ttl-seconds} are read again anyway (a renamed author),
 * and the cache is bounded by {@code vedika.cache.thread-megabytes}.
 */
@ApplicationScoped
public class RenderedThreads {

  private static final int STRIPES = 4096;

  @Inject
  @ConfigProperty(name = "vedika.cache.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "vedika.cache.thread-megabytes", defaultValue = "16")
  int maxMegabytes;

  @Inject
  @ConfigProperty(name = "vedika.cache.ttl-seconds", defaultValue = "60")
  int ttlSeconds;

  private Cache<Key, List<ThreadRow>> pages;
  private Cache<ProblemKey, KeptProblem> problems;
  private final AtomicLongArray versions = new AtomicLongArray(STRIPES);
  private final AtomicLong everything = new AtomicLong();

  private record Key(long problemId, int page, String language, long everything, long version) {}

  private record ProblemKey(long problemId, long everything, long version) {}

  @PostConstruct
  void init() {
    pages =
        Caffeine.newBuilder()
            // characters are two bytes at most in a String
            .maximumWeight(maxMegabytes * 512L * 1024L)
            .weigher(
                (Key key, List<ThreadRow> rows) -> rows.stream().mapToInt(ThreadRow::weight).sum())
            .expireAfterWrite(Duration.ofSeconds(ttlSeconds))
            .build();
    problems =
        Caffeine.newBuilder()
            .maximumWeight(maxMegabytes * 512L * 1024L)
            .weigher((ProblemKey key, KeptProblem kept) -> kept.weight())
            .expireAfterWrite(Duration.ofSeconds(ttlSeconds))
            .build();
  }

  /**
   * The problem's page as everyone sees it: kept, or what {@code read} gives (nothing is kept when
   * it gives null: an unknown, hidden or unpublished problem).
   */
  public KeptProblem problem(long problemId, Supplier<KeptProblem> read) {
    if (!enabled) {
      return read.get();
    }
    var key = new ProblemKey(problemId, everything.get(), versions.get(stripe(problemId)));
    return problems.get(key, k -> read.get());
  }

  /**
   * The rows of a page of the thread that everyone sees, in this language: kept ones, or those
   * {@code read} gives (the replies of that page, without any reader's own waiting ones).
   */
  public List<ThreadRow> page(
      long problemId, int page, Locale language, Long solutionId, Supplier<List<Reply>> read) {
    if (!enabled) {
      return rows(read.get(), language, solutionId);
    }
    var key =
        new Key(
            problemId,
            page,
            language.toLanguageTag(),
            everything.get(),
            versions.get(stripe(problemId)));
    return pages.get(key, k -> rows(read.get(), language, solutionId));
  }

  /** Rows rendered for one reader only (a thread with their own replies waiting for review). */
  public List<ThreadRow> rows(List<Reply> replies, Locale language, Long solutionId) {
    var text = ResourceBundle.getBundle(Messages.BUNDLE, language);
    return replies.stream()
        .map(reply -> row(reply, text, language, reply.getId().equals(solutionId)))
        .toList();
  }

  /** This node hears of a change to a problem after its commit: its kept rows are not asked for. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProblemChanged changed) {
    forget(changed.problemId());
  }

  /** A problem changed (here or on another node): its thread is read again. */
  public void forget(long problemId) {
    versions.incrementAndGet(stripe(problemId));
  }

  /**
   * Anything may have changed (a change whose problems are unknown): every thread is read again.
   */
  public void forgetAll() {
    everything.incrementAndGet();
  }

  private static int stripe(long problemId) {
    return (int) Math.floorMod(problemId * 0x9E3779B97F4A7C15L >>> 32, (long) STRIPES);
  }

  private static ThreadRow row(
      Reply reply, ResourceBundle text, Locale language, boolean solution) {
    var start = new StringBuilder(160);
    start.append("<p class=\"meta\"><strong class=\"author\">");
    start.append(PlainText.escape(reply.getAuthor().shownName(text))).append("</strong>");
    if (reply.isOfficial()) {
      start
          .append(" · <span class=\"badge\">")
          .append(PlainText.escape(text.getString("reply.official")));
      start.append("</span>");
    }
    if (solution) {
      start
          .append(" · <span class=\"badge solution-badge\">")
          .append(PlainText.escape(text.getString("solution.badge")))
          .append("</span>");
    }
    start.append(" · <time datetime=\"").append(reply.getCreatedAt()).append("\">");
    var end = new StringBuilder("</time>");
    if (reply.getEditedAt() != null) {
      // changed after others may have read it: said so, with when
      end.append(" · <span class=\"edited\" id=\"edited-").append(reply.getId());
      end.append("\" title=\"").append(reply.getEditedAt()).append("\">");
      end.append(PlainText.escape(text.getString("reply.edited"))).append("</span>");
    }
    end.append("</p>");
    if (reply.isPending()) {
      end.append("<p class=\"hidden-notice\" id=\"pending-").append(reply.getId()).append("\">");
      end.append(PlainText.escape(text.getString("moderation.pending.notice"))).append("</p>");
    }
    if (reply.isHidden()) {
      var reason =
          reply.getHiddenReason() == null
              ? ""
              : text.getString("Reason." + reply.getHiddenReason());
      var notice =
          org.vedika.i18n.control.MessageText.format(
              text.getString("moderation.hidden.notice"), language, reason);
      end.append("<p class=\"hidden-notice\" id=\"hidden-").append(reply.getId()).append("\">");
      end.append(PlainText.escape(notice)).append("</p>");
    }
    var body = new StringBuilder();
    if (!reply.isHidden()) {
      body.append("<div class=\"body\">")
          .append(PlainText.toHtml(reply.getBody()))
          .append("</div>");
      if (reply.getHelpfulCount() > 0) {
        body.append("<p class=\"helpful-count\" id=\"helpful-").append(reply.getId()).append("\">");
        body.append(
            PlainText.escape(
                org.vedika.i18n.control.MessageText.format(
                    text.getString("helpful.count"), language, reply.getHelpfulCount())));
        body.append("</p>");
      }
    }
    return new ThreadRow(
        reply.getId(),
        reply.getAuthor().getId(),
        reply.isOfficial(),
        solution,
        reply.getHelpfulCount(),
        reply.isHidden(),
        reply.getCreatedAt(),
        start.toString(),
        end.toString(),
        body.toString());
  }
}
