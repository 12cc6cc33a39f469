package org.vedika.recurring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vedika.Refusal;
import org.vedika.account.boundary.Members;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;
import org.vedika.account.entity.RoleGrant;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.ModerationState;
import org.vedika.recurring.control.ModelRefit;
import org.vedika.recurring.control.Similarity;
import org.vedika.recurring.entity.RecurringProblem;
import org.vedika.search.control.SearchText;

/**
 * Groups problems into recurring problems. Vedika suggests (a new problem against older ones and
 * the groups they are in, by {@link Similarity}), moderators and policymakers decide: confirm or
 * reject a suggestion, create, rename, merge and split groups. Every grouping write dirties the
 * groups and problems it touches ({@code changed_at}), so the dashboard re-counts them on its next
 * run.
 *
 * <p>Who curates: a moderator or policymaker whose grant covers a problem may put it in a group or
 * take it out; renaming and merging need a grant covering one of the group's problems; admins
 * everywhere.
 */
@ApplicationScoped
@Transactional
public class Grouping {

  /** How many of a group's members (the newest) a new problem is compared with. */
  static final int GROUP_MEMBERS = 50;

  /** How many older problems the full-text search hands to the similarity measure. */
  static final int CANDIDATES = 40;

  /** At most this many suggestions are kept for one problem, the most similar. */
  static final int SUGGESTIONS_PER_PROBLEM = 3;

  /**
   * One problem in this many (by its number) with no suggestion above the threshold has its best
   * pair below it shown to curators anyway: their answers teach the model what the threshold misses
   * ({@link SimilarityModels}). Not pairs below {@value #SAMPLE_FLOOR}: nobody learns from two
   * posts about nothing alike.
   */
  static final int SAMPLE_ONE_IN = 20;

  static final double SAMPLE_FLOOR = 0.1;

  @PersistenceContext EntityManager em;
  @Inject Members members;
  @Inject org.vedika.problem.boundary.Problems problems;
  @Inject ForumVocabulary vocabulary;
  @Inject SimilarityModels models;

  /** A suggestion waiting for a decision, with what a curator needs to decide. */
  public record Suggestion(
      long id,
      long problemId,
      String problemTitle,
      String problemPlace,
      Long recurringId,
      Long peerId,
      String targetTitle,
      String targetPlace,
      double similarity,
      boolean sampled) {}

  /** A problem of a group, as its page lists it. */
  public record GroupedProblem(
      long id, String title, String placeCode, String status, int votes, Instant createdAt) {}

  // ---------------------------------------------------------------- suggestions

  /** Up to {@code limit} public problems never looked at, oldest first ({@link GroupingPass}). */
  public List<Long> neverLookedAt(int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM problem WHERE suggested_at IS NULL AND moderation = ? ORDER BY id LIMIT ?")
            .setParameter(1, org.vedika.problem.entity.ModerationState.VISIBLE.name())
            .setParameter(2, limit)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /**
   * Finds the problems and groups like this one and records the best as suggestions. Peers are
   * older problems only, so a pair is suggested once, when its newer problem is looked at.
   */
  public void suggestFor(long problemId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, category, title, body, recurring_id FROM problem"
                    + " WHERE id = ? AND moderation = ? AND merged_into IS NULL")
            .setParameter(1, problemId)
            .setParameter(2, ModerationState.VISIBLE.name())
            .getResultList();
    if (rows.isEmpty()) {
      return;
    }
    var problem = textOf(rows.get(0));
    List<Candidate> found = List.of();
    if (problem.recurringId() == null) {
      var words = vocabulary.current();
      var self = Similarity.Features.of(problem.text(), words);
      // the concept groups' other words too: a Khmer post finds its English peers and back
      var query = SearchText.queryExpanded(problem.text().title() + "\n" + problem.text().body());
      if (query.isPresent()) {
        found = candidates(problemId, self, words, query.get()); // plain reads, no lock held
      }
    }
    // The problem's row first (an exclusive lock, through its owner), then the suggestions, whose
    // foreign keys share-lock the problem and its peers: taking the shared lock first and the
    // exclusive one after deadlocked with a member reporting or voting on the problem meanwhile.
    problems.markSuggested(problemId);
    record(problemId, found);
  }

  /** A published problem's text for the similarity measure, and its group if it is in one. */
  private record ProblemText(long id, Similarity.Text text, Long recurringId) {}

  /** A row of {@code id, category, title, body, recurring_id}. */
  private static ProblemText textOf(Object[] row) {
    return new ProblemText(
        ((Number) row[0]).longValue(),
        new Similarity.Text((String) row[1], (String) row[2], (String) row[3]),
        row[4] == null ? null : ((Number) row[4]).longValue());
  }

  /**
   * A suggestion to record: its target, the similarity and measures of its best pair, and whether
   * it is sampled below the threshold ({@link #SAMPLE_ONE_IN}).
   */
  private record Candidate(
      Long recurringId, Long peerId, double similarity, double[] measures, boolean sampled) {}

  private List<Candidate> candidates(
      long problemId, Similarity.Features self, Similarity.Vocabulary words, String query) {
    var model = models.current();
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "SELECT id, category, title, body, recurring_id FROM problem"
                    + " WHERE MATCH (search_text) AGAINST (? IN BOOLEAN MODE)"
                    + " AND id <> ? AND moderation = ? AND merged_into IS NULL"
                    + " ORDER BY MATCH (search_text) AGAINST (? IN BOOLEAN MODE) DESC, id DESC LIMIT ?")
            .setParameter(1, query)
            .setParameter(2, problemId)
            .setParameter(3, ModerationState.VISIBLE.name())
            .setParameter(4, query)
            .setParameter(5, CANDIDATES)
            .getResultList();
    var best = new HashMap<String, Candidate>();
    var others = new java.util.ArrayList<>(found.stream().map(Grouping::textOf).toList());
    // a group is many wordings of one issue: the new problem meets every member of each group the
    // search came across, not only the members it happened to find
    var groups =
        others.stream()
            .map(ProblemText::recurringId)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .limit(SUGGESTIONS_PER_PROBLEM * 3L)
            .toList();
    var seen = new java.util.HashSet<>(others.stream().map(ProblemText::id).toList());
    for (var group : groups) {
      @SuppressWarnings("unchecked")
      List<Object[]> members =
          em.createNativeQuery(
                  "SELECT id, category, title, body, recurring_id FROM problem"
                      + " WHERE recurring_id = ? AND id <> ? AND moderation = ?"
                      + " AND merged_into IS NULL ORDER BY id DESC LIMIT ?")
              .setParameter(1, group)
              .setParameter(2, problemId)
              .setParameter(3, ModerationState.VISIBLE.name())
              .setParameter(4, GROUP_MEMBERS)
              .getResultList();
      members.stream().map(Grouping::textOf).filter(m -> seen.add(m.id())).forEach(others::add);
    }
    Candidate below = null;
    for (var other : others) {
      var otherFeatures = Similarity.Features.of(other.text(), words);
      var measures = Similarity.measures(self, otherFeatures);
      var similarity = model.probability(measures);
      var otherId = other.id();
      if (other.recurringId() == null && otherId > problemId) {
        continue;
      }
      var sampled = similarity < model.threshold();
      var candidate =
          other.recurringId() != null
              ? new Candidate(other.recurringId(), null, similarity, measures, sampled)
              : new Candidate(null, otherId, similarity, measures, sampled);
      if (sampled) {
        if (similarity >= SAMPLE_FLOOR && (below == null || similarity > below.similarity())) {
          below = candidate;
        }
        continue;
      }
      var key = candidate.recurringId() != null ? "r" + candidate.recurringId() : "p" + otherId;
      best.merge(key, candidate, (a, b) -> a.similarity() >= b.similarity() ? a : b);
    }
    if (best.isEmpty() && below != null && problemId % SAMPLE_ONE_IN == 0) {
      return List.of(below);
    }
    return best.values().stream()
        .sorted(Comparator.comparingDouble(Candidate::similarity).reversed())
        .limit(SUGGESTIONS_PER_PROBLEM)
        .toList();
  }

  private void record(long problemId, List<Candidate> candidates) {
    for (var candidate : candidates) {
      em.createNativeQuery(
              "INSERT IGNORE INTO recurring_suggestion (problem_id, recurring_id, peer_id,"
                  + " similarity, measures, sampled_one_in) VALUES (?, ?, ?, ?, ?, ?)")
          .setParameter(1, problemId)
          .setParameter(2, candidate.recurringId())
          .setParameter(3, candidate.peerId())
          .setParameter(4, candidate.similarity())
          .setParameter(5, ModelRefit.format(candidate.measures()))
          .setParameter(6, candidate.sampled() ? SAMPLE_ONE_IN : null)
          .executeUpdate();
    }
  }

  /** Undecided suggestions about problems in the curator's places (not yet in a group). */
  public List<Suggestion> openSuggestions(long curatorId, int first, int max) {
    var scope = scope(curatorId);
    if (scope.isEmpty()) {
      return List.of();
    }
    var query =
        em.createNativeQuery(
            "SELECT s.id, p.id, p.title, p.place_code, s.recurring_id, s.peer_id,"
                + " COALESCE(q.title, r.title_km), COALESCE(q.place_code, ''), s.similarity,"
                + " r.title_en, s.sampled_one_in"
                + " FROM recurring_suggestion s JOIN problem p ON p.id = s.problem_id"
                + " LEFT JOIN problem q ON q.id = s.peer_id"
                + " LEFT JOIN recurring_problem r ON r.id = s.recurring_id"
                + openWhere(scope)
                + " ORDER BY s.similarity DESC, s.id DESC LIMIT ? OFFSET ?");
    var index = bind(query, scope);
    query.setParameter(index, max).setParameter(index + 1, first);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(Grouping::suggestion).toList();
  }

  private static Suggestion suggestion(Object[] row) {
    return new Suggestion(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        (String) row[2],
        (String) row[3],
        row[4] == null ? null : ((Number) row[4]).longValue(),
        row[5] == null ? null : ((Number) row[5]).longValue(),
        (String) row[6],
        (String) row[7],
        ((Number) row[8]).doubleValue(),
        row[10] != null);
  }

  public int countOpenSuggestions(long curatorId) {
    var scope = scope(curatorId);
    if (scope.isEmpty()) {
      return 0;
    }
    var query =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM recurring_suggestion s JOIN problem p ON p.id = s.problem_id"
                + " LEFT JOIN problem q ON q.id = s.peer_id"
                + openWhere(scope));
    bind(query, scope);
    return ((Number) query.getSingleResult()).intValue();
  }

  /** Parameters 1 and 2 are {@link ModerationState#VISIBLE}, then the scope ({@link #bind}). */
  private static String openWhere(List<String> scope) {
    var where =
        new StringBuilder(
            " WHERE s.decision IS NULL AND p.recurring_id IS NULL AND p.moderation = ?"
                + " AND p.merged_into IS NULL"
                + " AND (s.peer_id IS NULL OR (q.moderation = ? AND q.merged_into IS NULL))");
    if (!scope.contains("")) {
      where.append(" AND (");
      for (var i = 0; i < scope.size(); i++) {
        where.append(i == 0 ? "" : " OR ").append("p.place_code LIKE ?");
      }
      where.append(")");
    }
    return where.toString();
  }

  private static int bind(jakarta.persistence.Query query, List<String> scope) {
    query
        .setParameter(1, ModerationState.VISIBLE.name())
        .setParameter(2, ModerationState.VISIBLE.name());
    var index = 3;
    if (!scope.contains("")) {
      for (var prefix : scope) {
        query.setParameter(index++, prefix + "%");
      }
    }
    return index;
  }

  /**
   * Puts the suggestion's problem in the suggested group, or — for a suggested peer — both in the
   * peer's group, or in a new group named after the peer (to be renamed).
   */
  public RecurringProblem confirm(Member curator, long suggestionId) {
    var suggestion = openSuggestion(suggestionId);
    var problemId = suggestion.problemId();
    mustCurate(curator, List.of(problemId));
    RecurringProblem group;
    if (suggestion.recurringId() != null) {
      group = find(suggestion.recurringId()).orElseThrow(() -> gone(suggestionId));
    } else {
      var peerId = suggestion.peerId();
      // the peer's row locked through its owner, like every writer of a problem
      var locked = problems.lock(peerId);
      if (!locked.isPublished()) {
        throw gone(suggestionId);
      }
      var peer = new Peer(locked.getRecurringId(), locked.getTitle(), locked.getCategory());
      if (peer.recurringId() != null) {
        group = find(peer.recurringId()).orElseThrow(() -> gone(suggestionId));
      } else {
        group = newGroup(curator, peer.title(), peer.category());
        assign(group.getId(), List.of(peerId));
      }
    }
    assign(group.getId(), List.of(problemId));
    decide(curator, suggestionId, "CONFIRMED");
    return group;
  }

  /** This problem and that group (or problem) are not the same issue: never suggested again. */
  public void reject(Member curator, long suggestionId) {
    var suggestion = openSuggestion(suggestionId);
    mustCurate(curator, List.of(suggestion.problemId()));
    decide(curator, suggestionId, "REJECTED");
  }

  /** A suggestion being decided: its problem, and the group or the peer problem suggested. */
  private record OpenSuggestion(long problemId, Long recurringId, Long peerId) {}

  /** A suggested peer problem being decided: its group if it has one, its title and category. */
  private record Peer(Long recurringId, String title, Category category) {}

  private OpenSuggestion openSuggestion(long suggestionId) {
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "SELECT problem_id, recurring_id, peer_id FROM recurring_suggestion"
                    + " WHERE id = ? AND decision IS NULL FOR UPDATE")
            .setParameter(1, suggestionId)
            .getResultList();
    if (found.isEmpty()) {
      throw gone(suggestionId);
    }
    var row = found.get(0);
    var suggestion =
        new OpenSuggestion(
            ((Number) row[0]).longValue(),
            row[1] == null ? null : ((Number) row[1]).longValue(),
            row[2] == null ? null : ((Number) row[2]).longValue());
    // the problem's row locked through its owner; a problem grouped meanwhile needs no decision
    if (problems.lock(suggestion.problemId()).getRecurringId() != null) {
      throw gone(suggestionId);
    }
    return suggestion;
  }

  private void decide(Member curator, long suggestionId, String decision) {
    em.createNativeQuery(
            "UPDATE recurring_suggestion SET decision = ?, decided_by = ?, decided_at = NOW(3) WHERE id = ?")
        .setParameter(1, decision)
        .setParameter(2, curator.getId())
        .setParameter(3, suggestionId)
        .executeUpdate();
  }

  private static Refusal gone(long suggestionId) {
    return new Refusal(
        "recurring.suggestion.gone", "suggestion " + suggestionId + " decided or gone");
  }

  // ---------------------------------------------------------------- groups

  public Optional<RecurringProblem> find(long id) {
    return Optional.ofNullable(em.find(RecurringProblem.class, id));
  }

  /** A new group of these problems (each must be public, in no group, in the curator's places). */
  public RecurringProblem create(
      Member curator, String titleKm, String titleEn, Category category, List<Long> problemIds) {
    if (problemIds.isEmpty()) {
      throw new Refusal("recurring.noProblems", "a group needs a problem");
    }
    mustCurate(curator, problemIds);
    var group = newGroup(curator, titleKm, titleEn, category);
    assign(group.getId(), problemIds);
    return group;
  }

  public void rename(
      Member curator, long groupId, String titleKm, String titleEn, Category category) {
    var group = mustCurateGroup(curator, groupId);
    try {
      group.rename(titleKm, titleEn, category);
    } catch (IllegalArgumentException e) {
      throw new Refusal("recurring.title.size", e.getMessage());
    }
    touch(List.of(groupId));
  }

  /** Every problem of {@code fromId} joins {@code intoId}; {@code fromId} is gone. */
  public void merge(Member curator, long fromId, long intoId) {
    if (fromId == intoId) {
      throw new Refusal("recurring.merge.same", "merge into itself");
    }
    mustCurateGroup(curator, fromId);
    mustCurateGroup(curator, intoId);
    problems.regroup(fromId, intoId);
    em.createNativeQuery("DELETE FROM recurring_problem WHERE id = ?")
        .setParameter(1, fromId)
        .executeUpdate();
    touch(List.of(intoId));
  }

  /**
   * Takes these problems out of their group: into a new group with these names (a split), or back
   * to problems in no group when no name is given.
   */
  public Optional<RecurringProblem> split(
      Member curator, long groupId, List<Long> problemIds, String titleKm, String titleEn) {
    var group = mustCurateGroup(curator, groupId);
    if (problemIds.isEmpty()) {
      throw new Refusal("recurring.noProblems", "nothing chosen");
    }
    mustCurate(curator, problemIds);
    var query =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM problem WHERE recurring_id = ? AND id IN ("
                + placeholders(problemIds.size())
                + ")");
    query.setParameter(1, groupId);
    for (var i = 0; i < problemIds.size(); i++) {
      query.setParameter(i + 2, problemIds.get(i));
    }
    var inGroup = ((Number) query.getSingleResult()).longValue();
    if (inGroup != problemIds.size()) {
      throw new Refusal("recurring.notInGroup", "not all in group " + groupId);
    }
    touch(List.of(groupId));
    if ((titleKm == null || titleKm.isBlank()) && (titleEn == null || titleEn.isBlank())) {
      setGroup(null, problemIds);
      return Optional.empty();
    }
    var created = newGroup(curator, titleKm, titleEn, group.getCategory());
    setGroup(created.getId(), problemIds);
    return Optional.of(created);
  }

  /** Puts one public problem in no group into this group. */
  public void add(Member curator, long groupId, long problemId) {
    mustCurateGroup(curator, groupId);
    mustCurate(curator, List.of(problemId));
    assign(groupId, List.of(problemId));
  }

  /** The group's public problems, most votes first. */
  public List<GroupedProblem> problemsOf(long groupId, int first, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, title, place_code, status, vote_count, created_at FROM problem"
                    + " WHERE recurring_id = ? AND moderation = ?"
                    + " ORDER BY vote_count DESC, id DESC LIMIT ? OFFSET ?")
            .setParameter(1, groupId)
            .setParameter(2, ModerationState.VISIBLE.name())
            .setParameter(3, max)
            .setParameter(4, first)
            .getResultList();
    return rows.stream().map(Grouping::groupedProblem).toList();
  }

  private static GroupedProblem groupedProblem(Object[] row) {
    return new GroupedProblem(
        ((Number) row[0]).longValue(),
        (String) row[1],
        (String) row[2],
        (String) row[3],
        ((Number) row[4]).intValue(),
        row[5] instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) row[5]);
  }

  /** Whether the member may curate groups at all (a moderator, policymaker or admin). */
  public boolean isCurator(long memberId) {
    return !scope(memberId).isEmpty();
  }

  /** Whether the member may curate this group (a grant covering one of its problems). */
  public boolean curates(long memberId, long groupId) {
    var scope = scope(memberId);
    if (scope.contains("")) {
      return true;
    }
    @SuppressWarnings("unchecked")
    List<String> places =
        em.createNativeQuery("SELECT DISTINCT place_code FROM problem WHERE recurring_id = ?")
            .setParameter(1, groupId)
            .getResultList();
    return places.stream().anyMatch(place -> scope.stream().anyMatch(place::startsWith));
  }

  /** The place-code prefixes a member curates; {@code ""} for the whole country. */
  List<String> scope(long memberId) {
    return RoleGrant.prefixes(
        members.grants(memberId), java.util.Set.of(Role.ADMIN, Role.MODERATOR, Role.POLICYMAKER));
  }

  private RecurringProblem mustCurateGroup(Member curator, long groupId) {
    var group =
        find(groupId).orElseThrow(() -> new Refusal("recurring.gone", "no group " + groupId));
    if (!curates(curator.getId(), groupId)) {
      throw new Refusal("recurring.notYours", curator.getId() + " may not curate group " + groupId);
    }
    return group;
  }

  private void mustCurate(Member curator, Collection<Long> problemIds) {
    var scope = scope(curator.getId());
    if (scope.isEmpty()) {
      throw new Refusal("recurring.notYours", curator.getId() + " curates nothing");
    }
    var ids = List.copyOf(problemIds);
    var query =
        em.createNativeQuery(
            "SELECT place_code FROM problem WHERE id IN (" + placeholders(ids.size()) + ")");
    for (var i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    @SuppressWarnings("unchecked")
    List<String> places = query.getResultList();
    if (places.size() != Set.copyOf(ids).size()
        || places.stream().anyMatch(code -> scope.stream().noneMatch(code::startsWith))) {
      throw new Refusal(
          "recurring.notYours", curator.getId() + " may not curate all of problems " + ids);
    }
  }

  private RecurringProblem newGroup(Member curator, String title, Category category) {
    var khmer = title.codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF);
    return newGroup(curator, khmer ? title : null, khmer ? null : title, category);
  }

  private RecurringProblem newGroup(
      Member curator, String titleKm, String titleEn, Category category) {
    RecurringProblem group;
    try {
      group = new RecurringProblem(titleKm, titleEn, category, curator.getId());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new Refusal("recurring.title.size", e.getMessage());
    }
    em.persist(group);
    em.flush();
    return group;
  }

  /** Puts public problems in no group into the group (a problem is in at most one group). */
  private void assign(long groupId, List<Long> problemIds) {
    for (var id : problemIds) {
      if (!problems.joinGroup(groupId, id)) {
        throw new Refusal(
            "recurring.alreadyGrouped", "problem " + id + " is in a group or not public");
      }
    }
    touch(List.of(groupId));
  }

  private void setGroup(Long groupId, List<Long> problemIds) {
    problems.setGroup(groupId, problemIds);
  }

  private void touch(List<Long> groupIds) {
    em.flush();
    for (var id : groupIds) {
      em.createNativeQuery("UPDATE recurring_problem SET changed_at = NOW(3) WHERE id = ?")
          .setParameter(1, id)
          .executeUpdate();
    }
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
