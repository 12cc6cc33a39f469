package org.vedika.problem.boundary;

import java.util.List;
import java.util.Set;
import org.vedika.place.entity.Place;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.Reply;
import org.vedika.problem.entity.StatusChange;

/**
 * What a problem's page shows everyone above and beside its thread, read once per change of the
 * problem and kept by {@link RenderedThreads}: the problem with its author, its place's
 * breadcrumbs, its official answers, its solution and its timeline, and who has replies waiting for
 * review (their thread is read for them alone). Read-only once built: one instance serves every
 * reader at once, so nothing here is changed or handed to an entity manager; the HTML blocks
 * written from it are kept beside it, per language.
 */
public final class KeptProblem {

  private final Problem problem;
  private final List<Place> placeChain;
  private final List<Reply> officialAnswers;
  private final List<StatusChange> timeline;
  private final Set<Long> waitingAuthors;
  private final Problems.Solution solution;
  private final List<Problems.Session> sessions;

  /** The blocks everyone sees, written once per language (and context path) on first asking. */
  private final java.util.concurrent.ConcurrentHashMap<String, AgedHtml[]> written =
      new java.util.concurrent.ConcurrentHashMap<>(4);

  KeptProblem(
      Problem problem,
      List<Place> placeChain,
      List<Reply> officialAnswers,
      List<StatusChange> timeline,
      Set<Long> waitingAuthors,
      Problems.Solution solution,
      List<Problems.Session> sessions) {
    this.problem = problem;
    this.solution = solution;
    this.sessions = List.copyOf(sessions);
    this.placeChain = List.copyOf(placeChain);
    this.officialAnswers = List.copyOf(officialAnswers);
    this.timeline = List.copyOf(timeline);
    this.waitingAuthors = Set.copyOf(waitingAuthors);
  }

  public Problem getProblem() {
    return problem;
  }

  /** Province, district, commune (and village): the breadcrumbs. */
  public List<Place> getPlaceChain() {
    return placeChain;
  }

  public List<Reply> getOfficialAnswers() {
    return officialAnswers;
  }

  public List<StatusChange> getTimeline() {
    return timeline;
  }

  /** The meta line, notices, text and official answers ({@link ProblemHtml#top}). */
  AgedHtml top(java.util.Locale language, String contextPath) {
    return written(language, contextPath)[0];
  }

  /** The timeline's steps ({@link ProblemHtml#steps}). */
  AgedHtml steps(java.util.Locale language, String contextPath) {
    return written(language, contextPath)[1];
  }

  private AgedHtml[] written(java.util.Locale language, String contextPath) {
    return written.computeIfAbsent(
        language.toLanguageTag() + contextPath,
        key ->
            new AgedHtml[] {
              ProblemHtml.top(problem, officialAnswers, solution, sessions, language, contextPath),
              ProblemHtml.steps(problem, timeline, language)
            });
  }

  /** The reply that solved it and its page of the thread; null while none has. */
  public Problems.Solution getSolution() {
    return solution;
  }

  /** Whether this member has replies on the problem waiting for review. */
  public boolean hasRepliesWaiting(long memberId) {
    return waitingAuthors.contains(memberId);
  }

  /** Roughly the characters kept: for the cache's bound. */
  int weight() {
    var characters = 512 + length(problem.getTitle()) + length(problem.getBody());
    for (var answer : officialAnswers) {
      characters += 128 + length(answer.getBody());
    }
    for (var step : timeline) {
      characters += 128 + length(step.getNote());
    }
    if (solution != null) {
      characters += 128 + length(solution.reply().getBody());
    }
    // each language's blocks, once written, about as long again
    return 2 * characters + 128 * placeChain.size();
  }

  private static int length(String text) {
    return text == null ? 0 : text.length();
  }
}
