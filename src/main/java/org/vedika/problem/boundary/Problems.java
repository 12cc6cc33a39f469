package org.vedika.problem.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vedika.Refusal;
import org.vedika.account.boundary.Members;
import org.vedika.account.entity.Member;
import org.vedika.place.entity.Place;
import org.vedika.problem.control.PrivacyMask;
import org.vedika.problem.control.ProblemSort;
import org.vedika.problem.control.WritingLimits;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.CloseReason;
import org.vedika.problem.entity.ModerationState;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemChanged;
import org.vedika.problem.entity.ProblemEvent;
import org.vedika.problem.entity.ProblemStatus;
import org.vedika.problem.entity.Reply;
import org.vedika.problem.entity.StatusChange;
import org.vedika.search.control.SearchText;

/**
 * Raising, listing and replying to problems. Counters change with atomic SQL in the same
 * transaction.
 */
@ApplicationScoped
@Transactional
public class Problems {

  public static final int PAGE_SIZE = 20;

  /** The longest search text, on the search page and in the API. */
  public static final int SEARCH_MAX = 200;

  @PersistenceContext EntityManager em;
  @Inject Members members;
  @Inject WritingLimits limits;
  @Inject org.vedika.problem.control.Premoderation premoderation;
  @Inject Event<ProblemEvent> events;
  @Inject Event<ProblemChanged> changed;
  @Inject ProblemCounters counters;

  /** A problem just raised, and what was masked in it before publishing. */
  public record Raised(Problem problem, Set<PrivacyMask.Kind> masked) {
    /** Waiting for a moderator before anyone else sees it. */
    public boolean pending() {
      return problem.isPending();
    }
  }

  /** One page of a forum's list, and whether pages come before and after it. */
  public static final class Page {
    private final List<Problem> items;
    private final int number;
    private final boolean nextPage;

    Page(List<Problem> items, int number, boolean nextPage) {
      this.items = items;
      this.number = number;
      this.nextPage = nextPage;
    }

    public List<Problem> getItems() {
      return items;
    }

    public int getNumber() {
      return number;
    }

    public boolean isNextPage() {
      return nextPage;
    }

    public boolean isPreviousPage() {
      return number > 0;
    }
  }

  public Raised raise(
      Member author,
      Place place,
      @NotBlank(message = "{problem.title.required}")
          @Size(min = Problem.TITLE_MIN, max = Problem.TITLE_MAX, message = "{problem.title.size}")
          String title,
      @NotBlank(message = "{problem.body.required}")
          @Size(min = Problem.BODY_MIN, max = Problem.BODY_MAX, message = "{problem.body.size}")
          String body,
      Category category) {
    return raise(author, place, title, body, category, 0);
  }

  /**
   * As above; a trainer covering the place may add how many people reported it at an awareness
   * session (from anyone else a number other than 0 is refused).
   */
  public Raised raise(
      Member author,
      Place place,
      @NotBlank(message = "{problem.title.required}")
          @Size(min = Problem.TITLE_MIN, max = Problem.TITLE_MAX, message = "{problem.title.size}")
          String title,
      @NotBlank(message = "{problem.body.required}")
          @Size(min = Problem.BODY_MIN, max = Problem.BODY_MAX, message = "{problem.body.size}")
          String body,
      Category category,
      int sessionReports) {
    if (sessionReports != 0 && !members.trains(author.getId(), place.getCode())) {
      throw new Refusal("raise.sessionReports.notTrainer", "not a trainer of " + place.getCode());
    }
    var maskedTitle = PrivacyMask.mask(title.strip());
    var maskedBody = PrivacyMask.mask(body.strip());
    limits.checkProblem(author, maskedTitle.text(), maskedBody.text());
    var problem = new Problem(place, author, maskedTitle.text(), maskedBody.text(), category);
    problem.reportedAtSession(sessionReports);
    if (premoderation.holds(author, problem.getTitle() + "\n" + problem.getBody())) {
      problem.holdForReview();
    }
    em.persist(problem);
    em.flush();
    if (sessionReports > 0) {
      // the session it was heard at, a record of its own (the count is its total)
      insertSession(
          problem.getId(),
          author.getId(),
          java.time.LocalDate.now(SESSION_ZONE),
          place.getCode(),
          sessionReports);
    }
    counters.raised(problem.getId(), problem.getTitle() + "\n" + problem.getBody());
    events.fire(new ProblemEvent.Raised(problem.getId(), author.getId()));
    var masked = new java.util.TreeSet<PrivacyMask.Kind>(maskedTitle.masked());
    masked.addAll(maskedBody.masked());
    return new Raised(problem, masked);
  }

  /** Sessions are dated in Cambodia's time. */
  static final java.time.ZoneId SESSION_ZONE = java.time.ZoneId.of("Asia/Phnom_Penh");

  /** How far back a session may be dated. */
  static final java.time.Period SESSION_MAX_AGE = java.time.Period.ofYears(1);

  /** An awareness session where people reported a problem, as its page lists it. */
  public record Session(java.time.LocalDate heldOn, Place place, int people) {}

  /**
   * A trainer whose grant covers the problem's place records another awareness session where people
   * reported it: its date (not in the future, within a year), its place (one their grant covers)
   * and how many people (1 to {@value Problem#MAX_SESSION_REPORTS}). The problem's count grows by
   * as many; the count stays apart from votes.
   *
   * @throws Refusal when the member is not such a trainer, or the session is not possible
   */
  public void addSession(
      Member trainer, long problemId, java.time.LocalDate heldOn, String placeCode, int people) {
    var problem = lockPublished(problemId);
    var code =
        placeCode == null || placeCode.isBlank() ? problem.getPlace().getCode() : placeCode.strip();
    if (!members.trains(trainer.getId(), problem.getPlace().getCode())
        || !members.trains(trainer.getId(), code)) {
      throw new Refusal("session.notTrainer", trainer.getId() + " does not train " + code);
    }
    var today = java.time.LocalDate.now(SESSION_ZONE);
    if (heldOn == null
        || heldOn.isAfter(today)
        || heldOn.isBefore(today.minus(SESSION_MAX_AGE))
        || people < 1
        || people > Problem.MAX_SESSION_REPORTS
        || em.find(Place.class, code) == null) {
      throw new Refusal("session.invalid", "session " + heldOn + " " + code + " " + people);
    }
    insertSession(problemId, trainer.getId(), heldOn, code, people);
    counters.sessionReported(problemId, people);
  }

  private void insertSession(
      long problemId, long trainerId, java.time.LocalDate heldOn, String placeCode, int people) {
    em.createNativeQuery(
            "INSERT INTO trainer_session (problem_id, trainer_id, held_on, place_code, people)"
                + " VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, problemId)
        .setParameter(2, trainerId)
        .setParameter(3, java.sql.Date.valueOf(heldOn))
        .setParameter(4, placeCode)
        .setParameter(5, people)
        .executeUpdate();
  }

  /** The awareness sessions where people reported the problem, newest first. */
  public List<Session> sessions(long problemId) {
    var sessions = new java.util.ArrayList<Session>();
    for (var row :
        (List<?>)
            em.createNativeQuery(
                    "SELECT held_on, place_code, people FROM trainer_session WHERE problem_id = ?"
                        + " ORDER BY held_on DESC, id DESC")
                .setParameter(1, problemId)
                .getResultList()) {
      var columns = (Object[]) row;
      var heldOn =
          columns[0] instanceof java.sql.Date date
              ? date.toLocalDate()
              : java.time.LocalDate.parse(String.valueOf(columns[0]));
      sessions.add(
          new Session(
              heldOn, em.find(Place.class, (String) columns[1]), ((Number) columns[2]).intValue()));
    }
    return sessions;
  }

  /** A published problem. */
  public Optional<Problem> find(long id) {
    // with its author in the same read: every page showing a problem names who raised it
    return em.createQuery(
            "SELECT p FROM Problem p JOIN FETCH p.author WHERE p.id = :id", Problem.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .filter(Problem::isPublished);
  }

  /**
   * The published problems in a place (a commune includes its villages; a district or province
   * everything beneath it; {@code null} the whole country), in the chosen order, one page at a
   * time.
   */
  public Page list(
      Place scope, ProblemSort sort, Category category, ProblemStatus status, int pageNumber) {
    return list(scope, sort, category, status, pageNumber, PAGE_SIZE);
  }

  /** As above, {@code size} problems a page (the open-data API lets its client choose). */
  public Page list(
      Place scope,
      ProblemSort sort,
      Category category,
      ProblemStatus status,
      int pageNumber,
      int size) {
    var query =
        em.createQuery(
            "SELECT p FROM Problem p JOIN FETCH p.author"
                + where(scope, sort, category, status)
                + " ORDER BY "
                + sort.orderBy(),
            Problem.class);
    bind(query, scope, sort, category, status);
    var page = Math.max(0, pageNumber);
    var rows = query.setFirstResult(page * size).setMaxResults(size + 1).getResultList();
    var hasNext = rows.size() > size;
    return new Page(hasNext ? rows.subList(0, size) : rows, page, hasNext);
  }

  /** How many problems {@link #list} pages through. */
  public long count(Place scope, ProblemSort sort, Category category, ProblemStatus status) {
    var query =
        em.createQuery(
            "SELECT COUNT(p) FROM Problem p" + where(scope, sort, category, status), Long.class);
    bind(query, scope, sort, category, status);
    return query.getSingleResult();
  }

  private static String where(
      Place scope, ProblemSort sort, Category category, ProblemStatus status) {
    var jpql =
        new StringBuilder(
            " WHERE p.moderation = org.vedika.problem.entity.ModerationState.VISIBLE");
    if (scope != null) {
      jpql.append(
          switch (scope.getLevel()) {
            case PROVINCE -> " AND p.provinceCode = :scope";
            case DISTRICT -> " AND p.districtCode = :scope";
            case COMMUNE -> " AND p.communeCode = :scope";
            case VILLAGE -> " AND p.place.code = :scope";
          });
    }
    if (category != null) {
      jpql.append(" AND p.category = :category");
    }
    if (status != null) {
      jpql.append(" AND p.status = :status");
    }
    if (sort.period() != null) {
      jpql.append(" AND p.createdAt >= :since");
    }
    if (sort == ProblemSort.WAITING) {
      jpql.append(
          " AND p.answeredAt IS NULL AND p.status IN"
              + " (org.vedika.problem.entity.ProblemStatus.OPEN,"
              + " org.vedika.problem.entity.ProblemStatus.ACKNOWLEDGED)");
    }
    if (sort == ProblemSort.SOLVED) {
      jpql.append(" AND p.solvedAt IS NOT NULL");
    }
    return jpql.toString();
  }

  private static void bind(
      jakarta.persistence.TypedQuery<?> query,
      Place scope,
      ProblemSort sort,
      Category category,
      ProblemStatus status) {
    if (scope != null) {
      query.setParameter("scope", scope.getCode());
    }
    if (category != null) {
      query.setParameter("category", category);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    if (sort.period() != null) {
      query.setParameter("since", Instant.now().minus(sort.period()));
    }
  }

  /**
   * Published problems whose title, description or replies share words with the query or with its
   * words' concept groups (IDPoor, ប័ណ្ណសមធម៌ and ប័ណ្ណក្រីក្រ are one), the words typed first,
   * then the best match; within a place when one is given. Khmer and English alike (see {@link
   * SearchText}).
   */
  public List<Problem> search(String query, Place scope, int limit) {
    return search(query, scope, false, limit);
  }

  /** As {@link #search(String, Place, int)}; only solved problems when {@code solvedOnly}. */
  public List<Problem> search(String query, Place scope, boolean solvedOnly, int limit) {
    var exact = SearchText.queryAny(query);
    var expanded = SearchText.queryExpanded(query);
    if (exact.isEmpty() || expanded.isEmpty()) {
      return List.of();
    }
    // what the concept groups add (IDPoor → ប័ណ្ណសមធម៌) is found too; the words typed count twice
    var sql =
        "SELECT id FROM problem WHERE moderation = ?"
            + " AND MATCH(search_text) AGAINST(? IN BOOLEAN MODE)"
            + (scope == null ? "" : " AND " + scopeColumn(scope) + " = ?")
            + (solvedOnly ? " AND solved_at IS NOT NULL" : "")
            + " ORDER BY MATCH(search_text) AGAINST(? IN BOOLEAN MODE)"
            + " + MATCH(search_text) AGAINST(? IN BOOLEAN MODE) DESC, vote_count DESC, id DESC"
            + " LIMIT ?";
    var matches =
        em.createNativeQuery(sql)
            .setParameter(1, ModerationState.VISIBLE.name())
            .setParameter(2, expanded.get());
    int next = 3;
    if (scope != null) {
      matches.setParameter(next++, scope.getCode());
    }
    matches
        .setParameter(next++, exact.get())
        .setParameter(next++, expanded.get())
        .setParameter(next, limit);
    List<Long> ids =
        ((List<?>) matches.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    return inOrder(ids);
  }

  /**
   * Up to {@code limit} published problems like the text being written: those of the same commune
   * first, then of the same district, then anywhere; within each, the closest match first.
   */
  public List<Problem> similar(String text, Place place, int limit) {
    var candidates = search(text, null, 50);
    if (place == null) {
      return candidates.stream().limit(limit).toList();
    }
    var commune = place.getCode().substring(0, Math.min(6, place.getCode().length()));
    var district = place.getCode().substring(0, Math.min(4, place.getCode().length()));
    return candidates.stream()
        .sorted(
            java.util.Comparator.comparingInt(
                p ->
                    p.getCommuneCode().equals(commune)
                        ? 0
                        : p.getCommuneCode().startsWith(district) ? 1 : 2))
        .limit(limit)
        .toList();
  }

  private List<Problem> inOrder(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    var byId =
        em.createQuery(
                "SELECT p FROM Problem p JOIN FETCH p.author WHERE p.id IN :ids", Problem.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(java.util.stream.Collectors.toMap(Problem::getId, p -> p));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  private static String scopeColumn(Place scope) {
    return switch (scope.getLevel()) {
      case PROVINCE -> "province_code";
      case DISTRICT -> "district_code";
      case COMMUNE -> "commune_code";
      case VILLAGE -> "place_code";
    };
  }

  /**
   * A problem's thread as the page shows it to a reader (null: anonymous): visible and hidden
   * replies, and the reader's own waiting for review, oldest first.
   */
  public List<Reply> thread(long problemId, Long readerId, int first, int max) {
    return em.createNamedQuery(Reply.THREAD_OF_PROBLEM, Reply.class)
        .setParameter("problem", problemId)
        .setParameter("reader", readerId == null ? -1L : readerId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** The members with replies on this problem waiting for review. */
  public Set<Long> authorsWaiting(long problemId) {
    return Set.copyOf(
        em.createQuery(
                "SELECT DISTINCT r.author.id FROM Reply r WHERE r.problemId = :problem"
                    + " AND r.moderation = org.vedika.problem.entity.ModerationState.PENDING"
                    + " AND r.deleted = FALSE",
                Long.class)
            .setParameter("problem", problemId)
            .getResultList());
  }

  /** The text of a reply of this problem, as its author typed it (for the edit form). */
  public Optional<String> replyText(long problemId, long replyId) {
    return Optional.ofNullable(em.find(Reply.class, replyId))
        .filter(reply -> reply.getProblemId() == problemId && !reply.isDeleted())
        .map(Reply::getBody);
  }

  /** How many replies {@link #thread} shows this reader in all, for its last page. */
  public long threadSize(long problemId, Long readerId) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Reply r WHERE r.problemId = :problem AND r.deleted = FALSE AND"
                + " (r.moderation <> org.vedika.problem.entity.ModerationState.PENDING OR r.author.id = :reader)",
            Long.class)
        .setParameter("problem", problemId)
        .setParameter("reader", readerId == null ? -1L : readerId)
        .getSingleResult();
  }

  /**
   * Published problems raised from {@code from} to {@code to}, the newest first, at most {@code
   * max}: of these categories and statuses (empty: any), or only these ids (empty: any) — what
   * Open311's {@code requests.json} asks.
   */
  public List<Problem> raisedBetween(
      Instant from,
      Instant to,
      Set<Category> categories,
      Set<ProblemStatus> statuses,
      Set<Long> ids,
      int max) {
    var jpql =
        new StringBuilder(
            "SELECT p FROM Problem p WHERE p.moderation ="
                + " org.vedika.problem.entity.ModerationState.VISIBLE"
                + " AND p.createdAt >= :from AND p.createdAt < :to");
    if (!categories.isEmpty()) {
      jpql.append(" AND p.category IN :categories");
    }
    if (!statuses.isEmpty()) {
      jpql.append(" AND p.status IN :statuses");
    }
    if (!ids.isEmpty()) {
      jpql.append(" AND p.id IN :ids");
    }
    var query =
        em.createQuery(
                jpql.append(" ORDER BY p.createdAt DESC, p.id DESC").toString(), Problem.class)
            .setParameter("from", from)
            .setParameter("to", to);
    if (!categories.isEmpty()) {
      query.setParameter("categories", categories);
    }
    if (!statuses.isEmpty()) {
      query.setParameter("statuses", statuses);
    }
    if (!ids.isEmpty()) {
      query.setParameter("ids", ids);
    }
    return query.setMaxResults(max).getResultList();
  }

  /** The latest published official answer of each of these problems that has one, by problem. */
  public java.util.Map<Long, Reply> latestOfficialAnswers(java.util.Collection<Long> problemIds) {
    if (problemIds.isEmpty()) {
      return java.util.Map.of();
    }
    var latest = new java.util.HashMap<Long, Reply>();
    em.createQuery(
            "SELECT r FROM Reply r WHERE r.problemId IN :problems AND r.official = TRUE"
                + " AND r.moderation = org.vedika.problem.entity.ModerationState.VISIBLE"
                + " AND r.deleted = FALSE ORDER BY r.createdAt, r.id",
            Reply.class)
        .setParameter("problems", problemIds)
        .getResultList()
        .forEach(reply -> latest.put(reply.getProblemId(), reply));
    return latest;
  }

  /** The problem's published official answers, oldest first (shown under the problem itself). */
  public List<Reply> officialAnswers(long problemId) {
    return em.createQuery(
            "SELECT r FROM Reply r JOIN FETCH r.author WHERE r.problemId = :problem AND r.official = TRUE"
                + " AND r.moderation = org.vedika.problem.entity.ModerationState.VISIBLE AND r.deleted = FALSE"
                + " ORDER BY r.createdAt, r.id",
            Reply.class)
        .setParameter("problem", problemId)
        .getResultList();
  }

  /** The reader's own problem that waits for review (only its author sees it). */
  public Optional<Problem> findOwnPending(long id, Long readerId) {
    return Optional.ofNullable(em.find(Problem.class, id))
        .filter(p -> p.isPending() && readerId != null && p.getAuthor().getId().equals(readerId));
  }

  /** A problem a moderator hid, for its "hidden by a moderator" notice. */
  public Optional<Problem> findHidden(long id) {
    return Optional.ofNullable(em.find(Problem.class, id)).filter(Problem::isHidden);
  }

  /** The visible replies of a problem, oldest first. */
  public List<Reply> replies(long problemId) {
    return em.createNamedQuery(Reply.OF_PROBLEM, Reply.class)
        .setParameter("problem", problemId)
        .getResultList();
  }

  /** The problem's public timeline (its status changes), oldest first. */
  public List<org.vedika.problem.entity.StatusChange> timeline(long problemId) {
    return em.createNamedQuery(
            org.vedika.problem.entity.StatusChange.OF_PROBLEM,
            org.vedika.problem.entity.StatusChange.class)
        .setParameter("problem", problemId)
        .getResultList();
  }

  /** Adds a reply; an official's reply in a commune they answer for is an official answer. */
  public Reply reply(
      Member author,
      long problemId,
      @NotBlank(message = "{reply.body.required}")
          @Size(min = Reply.BODY_MIN, max = Reply.BODY_MAX, message = "{reply.body.size}")
          String body) {
    var problem = lockPublished(problemId);
    var official = members.answersFor(author.getId(), problem.getCommuneCode());
    var text = PrivacyMask.mask(body.strip()).text();
    limits.checkReply(author, problemId, text);
    var reply = new Reply(problem, author, text, official);
    if (!official && premoderation.holds(author, text)) {
      // nobody else sees it, counts it or hears of it until a moderator approves it; only its
      // author's page changes (kept pages learn that the author has a reply waiting)
      reply.holdForReview();
      em.persist(reply);
      em.flush();
      changed.fire(new ProblemChanged(problemId));
      return reply;
    }
    em.persist(reply);
    em.flush();
    counters.replyShown(problemId, reply.getBody(), official);
    events.fire(new ProblemEvent.Replied(problemId, author.getId(), reply.getId(), official));
    return reply;
  }

  /**
   * The author rewrites their reply within {@link Reply#EDIT_WINDOW}; phone and ID numbers masked.
   */
  public Reply editReply(
      Member author,
      long replyId,
      @NotBlank(message = "{reply.body.required}")
          @Size(min = Reply.BODY_MIN, max = Reply.BODY_MAX, message = "{reply.body.size}")
          String body) {
    var found = em.find(Reply.class, replyId);
    if (found == null || found.isDeleted()) {
      throw new NoSuchProblemException(replyId);
    }
    // the problem's search words are rewritten with the reply: its row is locked first
    lock(found.getProblemId());
    var reply = em.find(Reply.class, replyId);
    reply.edit(author.getId(), PrivacyMask.mask(body.strip()).text(), Instant.now());
    if (reply.isCounted()) {
      counters.replyEdited(reply.getProblemId());
    } else {
      changed.fire(new ProblemChanged(reply.getProblemId()));
    }
    return reply;
  }

  /** The author takes their reply back; the problem counts one reply less if it counted it. */
  public void deleteReply(Member author, long replyId) {
    var found = em.find(Reply.class, replyId);
    if (found == null || found.isDeleted()) {
      return;
    }
    var problem = lock(found.getProblemId());
    var reply = em.find(Reply.class, replyId);
    var counted = reply.isCounted();
    reply.delete(author.getId());
    // the solution is gone with its reply: the problem is no longer "solved"
    problem.unmarkSolution(replyId);
    if (counted) {
      counters.replyGone(reply.getProblemId());
    } else {
      // a hidden or waiting reply counts for nothing, but its row still shows in the thread
      changed.fire(new ProblemChanged(reply.getProblemId()));
    }
  }

  /**
   * Marks the reply that solved the problem, or takes the mark back ({@code solved} false): only
   * the problem's author or the commune's official (a grant covering its commune) may; the
   * followers hear of a new solution. Taking back a mark that is not there changes nothing.
   *
   * @throws Refusal when the actor may not, or the reply is not a public one of this problem
   */
  public void markSolution(Member actor, long problemId, long replyId, boolean solved) {
    WritingLimits.mustNotBeSuspended(actor);
    var problem = lockPublished(problemId);
    if (!mayMarkSolution(actor.getId(), problem)) {
      throw new Refusal(
          "solution.notYours", actor.getId() + " may not mark the solution of " + problemId);
    }
    if (!solved) {
      if (problem.unmarkSolution(replyId)) {
        changed.fire(new ProblemChanged(problemId));
      }
      return;
    }
    var reply =
        Optional.ofNullable(em.find(Reply.class, replyId))
            .orElseThrow(() -> new Refusal("solution.gone", "no reply " + replyId));
    problem.markSolution(reply, Instant.now());
    em.flush();
    events.fire(new ProblemEvent.Solved(problemId, actor.getId(), replyId));
    changed.fire(new ProblemChanged(problemId));
  }

  /** Whether this member may mark the problem's solution: its author or its commune's official. */
  public boolean mayMarkSolution(long memberId, Problem problem) {
    return problem.getAuthor().getId() == memberId
        || members.answersFor(memberId, problem.getCommuneCode());
  }

  /**
   * A member marks a reply "helpful", or takes the mark back: one mark per member (the row's
   * primary key), counted on the reply in the same transaction, the problem's row locked first
   * ({@link #lock}). Not on one's own reply, nor on a reply that is not public.
   *
   * @return the reply's count of marks afterwards
   */
  public int markHelpful(Member member, long problemId, long replyId, boolean helpful) {
    lockPublished(problemId);
    var reply =
        Optional.ofNullable(em.find(Reply.class, replyId))
            .filter(r -> r.getProblemId() == problemId && r.isCounted())
            .orElseThrow(() -> new Refusal("solution.gone", "no public reply " + replyId));
    if (reply.getAuthor().getId().equals(member.getId())) {
      throw new Refusal("helpful.own", member.getId() + " marks their own reply " + replyId);
    }
    if (helpful) {
      limits.checkHelpful(member);
    }
    var changedRows =
        em.createNativeQuery(
                helpful
                    ? "INSERT IGNORE INTO helpful (reply_id, member_id) VALUES (?, ?)"
                    : "DELETE FROM helpful WHERE reply_id = ? AND member_id = ?")
            .setParameter(1, replyId)
            .setParameter(2, member.getId())
            .executeUpdate();
    if (changedRows == 1) {
      counters.helpful(problemId, replyId, helpful ? 1 : -1);
    }
    return ((Number)
            em.createNativeQuery("SELECT helpful_count FROM reply WHERE id = ?")
                .setParameter(1, replyId)
                .getSingleResult())
        .intValue();
  }

  /** Which of these replies the member marked helpful. */
  public Set<Long> markedHelpful(long memberId, java.util.Collection<Long> replyIds) {
    if (replyIds.isEmpty()) {
      return Set.of();
    }
    var query =
        em.createNativeQuery(
                "SELECT reply_id FROM helpful WHERE member_id = ? AND reply_id IN ("
                    + String.join(",", java.util.Collections.nCopies(replyIds.size(), "?"))
                    + ")")
            .setParameter(1, memberId);
    var position = 2;
    for (var id : replyIds) {
      query.setParameter(position++, id);
    }
    var marked = new java.util.HashSet<Long>();
    for (var id : (List<?>) query.getResultList()) {
      marked.add(((Number) id).longValue());
    }
    return marked;
  }

  /** The reply that solved a problem, and the page of the thread it is on. */
  public record Solution(Reply reply, int page) {}

  /** The problem's solution as everyone sees it; empty when it has none. */
  public Optional<Solution> solution(Problem problem) {
    if (problem.getSolutionId() == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT r FROM Reply r JOIN FETCH r.author WHERE r.id = :id AND r.problemId = :problem",
            Reply.class)
        .setParameter("id", problem.getSolutionId())
        .setParameter("problem", problem.getId())
        .getResultStream()
        .filter(Reply::isCounted)
        .findFirst()
        .map(
            reply -> {
              // its place in the thread everyone reads (the reader's own waiting ones aside)
              var before =
                  em.createQuery(
                          "SELECT COUNT(r) FROM Reply r WHERE r.problemId = :problem"
                              + " AND r.deleted = FALSE"
                              + " AND r.moderation <> org.vedika.problem.entity.ModerationState.PENDING"
                              + " AND (r.createdAt < :at OR (r.createdAt = :at AND r.id < :id))",
                          Long.class)
                      .setParameter("problem", problem.getId())
                      .setParameter("at", reply.getCreatedAt())
                      .setParameter("id", reply.getId())
                      .getSingleResult();
              return new Solution(reply, (int) (before / ProblemBacking.THREAD_PAGE));
            });
  }

  /**
   * A member deleted their account choosing to erase what they wrote: each of their replies is
   * erased (and counted no more; a solution it was is unmarked), each of their problems erased and
   * hidden, and the search words of every problem touched read again from what remains. Without
   * that choice their posts stay, shown as a former member's.
   */
  void on(@jakarta.enterprise.event.Observes org.vedika.account.entity.MemberDeleted deleted) {
    // every page that names them says "a former member" from now on
    for (var id :
        em.createNativeQuery(
                "SELECT id FROM problem WHERE author_id = ?"
                    + " UNION SELECT problem_id FROM reply WHERE author_id = ?"
                    + " UNION SELECT problem_id FROM status_change WHERE actor_id = ?")
            .setParameter(1, deleted.memberId())
            .setParameter(2, deleted.memberId())
            .setParameter(3, deleted.memberId())
            .getResultList()) {
      changed.fire(new ProblemChanged(((Number) id).longValue()));
    }
    if (!deleted.eraseText()) {
      return;
    }
    var touched = new java.util.TreeSet<Long>();
    var replies =
        em.createQuery(
                "SELECT r.id, r.problemId FROM Reply r WHERE r.author.id = :member"
                    + " AND r.deleted = FALSE",
                Object[].class)
            .setParameter("member", deleted.memberId())
            .getResultList();
    for (var row : replies) {
      var problem = lock((Long) row[1]);
      var reply = em.find(Reply.class, row[0]);
      var counted = reply.isCounted();
      reply.eraseByAuthor();
      problem.unmarkSolution(reply.getId());
      if (counted) {
        counters.replyGone(problem.getId());
      }
      touched.add(problem.getId());
    }
    var own =
        em.createQuery("SELECT p.id FROM Problem p WHERE p.author.id = :member", Long.class)
            .setParameter("member", deleted.memberId())
            .getResultList();
    for (var id : own) {
      lock(id).eraseByAuthor();
      touched.add(id);
    }
    em.flush();
    touched.forEach(counters::reindex);
  }

  /**
   * Solved problems of a category, the most affected first: what the raise page shows before its
   * form, so that a problem already answered is read rather than raised again.
   */
  public List<Problem> solved(Category category, int max) {
    return em.createQuery(
            "SELECT p FROM Problem p WHERE p.category = :category AND p.solutionId IS NOT NULL"
                + " AND p.moderation = org.vedika.problem.entity.ModerationState.VISIBLE"
                + " AND p.mergedInto IS NULL ORDER BY p.voteCount DESC, p.solvedAt DESC",
            Problem.class)
        .setParameter("category", category)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * A commune's published problems that got their first official answer, or were resolved, in a
   * period: what the commune answered, for its notice board. Oldest answer first.
   */
  public List<Problem> answeredIn(String communeCode, Instant from, Instant to, int max) {
    return em.createQuery(
            "SELECT p FROM Problem p JOIN FETCH p.author WHERE p.communeCode = :commune"
                + " AND p.moderation = org.vedika.problem.entity.ModerationState.VISIBLE"
                + " AND ((p.answeredAt >= :from AND p.answeredAt < :to)"
                + " OR (p.resolvedAt >= :from AND p.resolvedAt < :to))"
                + " ORDER BY p.answeredAt, p.id",
            Problem.class)
        .setParameter("commune", communeCode)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }

  /** What the member wrote: their problems, their replies and their helpful marks. */
  public jakarta.json.JsonObject dataOf(long memberId) {
    return jakarta.json.Json.createObjectBuilder()
        .add(
            "problems",
            org.vedika.JsonRows.of(
                em.createNativeQuery(
                        "SELECT id, title, body, category, place_code, status, moderation,"
                            + " session_reports, created_at FROM problem WHERE author_id = ?"
                            + " ORDER BY id")
                    .setParameter(1, memberId)
                    .getResultList(),
                "id",
                "title",
                "body",
                "category",
                "place",
                "status",
                "moderation",
                "sessionReports",
                "createdAt"))
        .add(
            "replies",
            org.vedika.JsonRows.of(
                em.createNativeQuery(
                        "SELECT id, problem_id, body, official, moderation, deleted, created_at,"
                            + " edited_at FROM reply WHERE author_id = ? ORDER BY id")
                    .setParameter(1, memberId)
                    .getResultList(),
                "id",
                "problem",
                "body",
                "official",
                "moderation",
                "deleted",
                "createdAt",
                "editedAt"))
        .add(
            "helpful",
            org.vedika.JsonRows.of(
                em.createNativeQuery(
                        "SELECT reply_id, created_at FROM helpful WHERE member_id = ?"
                            + " ORDER BY created_at")
                    .setParameter(1, memberId)
                    .getResultList(),
                "reply",
                "createdAt"))
        .add(
            "trainerSessions",
            org.vedika.JsonRows.of(
                em.createNativeQuery(
                        "SELECT problem_id, held_on, place_code, people, created_at"
                            + " FROM trainer_session WHERE trainer_id = ? ORDER BY id")
                    .setParameter(1, memberId)
                    .getResultList(),
                "problem",
                "heldOn",
                "place",
                "people",
                "createdAt"))
        .build();
  }

  // ---- for the features that act on problems they do not own (moderation, votes, lifecycle)

  /**
   * Takes the problem's row lock, whatever its moderation state: every writer of a problem, its
   * counters or its child rows (replies, votes, status changes) locks the row first, through this
   * one method, so concurrent writers queue instead of deadlocking.
   *
   * @throws NoSuchProblemException when there is no such problem
   */
  public Problem lock(long problemId) {
    var problem = em.find(Problem.class, problemId, LockModeType.PESSIMISTIC_WRITE);
    if (problem == null) {
      throw new NoSuchProblemException(problemId);
    }
    return problem;
  }

  /** {@link #lock} for a published problem only. */
  public Problem lockPublished(long problemId) {
    var problem = lock(problemId);
    if (!problem.isPublished()) {
      throw new NoSuchProblemException(problemId);
    }
    return problem;
  }

  /** A reply of a problem, its problem locked first ({@link #lock}); empty when there is none. */
  public Optional<Reply> lockReply(long problemId, long replyId) {
    lock(problemId);
    return Optional.ofNullable(em.find(Reply.class, replyId))
        .filter(reply -> reply.getProblemId() == problemId);
  }

  /**
   * A moderator's step on a problem or reply (hide, restore, approve), with what follows from it: a
   * reply that becomes public or stops being public counts on its problem; an approved reply is
   * announced to the followers like any new reply. The caller checked the moderator's places.
   */
  public void moderate(long problemId, Long replyId, Moderating step) {
    var problem = lock(problemId);
    if (replyId == null) {
      step.apply(problem);
      changed.fire(new ProblemChanged(problemId));
      return;
    }
    var reply =
        Optional.ofNullable(em.find(Reply.class, replyId))
            .filter(r -> r.getProblemId() == problemId)
            .orElseThrow(() -> new NoSuchProblemException(problemId));
    var wasCounted = reply.isCounted();
    var wasPending = reply.isPending();
    step.apply(reply);
    em.flush();
    if (reply.isCounted() && !wasCounted) {
      counters.replyShown(problemId, reply.getBody(), reply.isOfficial());
      if (wasPending) {
        // the followers hear of it now, as of any reply
        events.fire(
            new ProblemEvent.Replied(
                problemId, reply.getAuthor().getId(), replyId, reply.isOfficial()));
      }
    } else if (wasCounted && !reply.isCounted()) {
      problem.unmarkSolution(replyId);
      counters.replyGone(problemId);
    } else {
      changed.fire(new ProblemChanged(problemId));
    }
  }

  /** One moderation step, applied to a problem or to one of its replies. */
  public interface Moderating {
    void apply(Problem problem);

    void apply(Reply reply);

    static Moderating approve() {
      return of(Problem::approve, Reply::approve);
    }

    static Moderating restore() {
      return of(Problem::restore, Reply::restore);
    }

    static Moderating hide(String reasonKey, String note) {
      return of(p -> p.hide(reasonKey, note), r -> r.hide(reasonKey, note));
    }

    private static Moderating of(
        java.util.function.Consumer<Problem> onProblem,
        java.util.function.Consumer<Reply> onReply) {
      return new Moderating() {
        @Override
        public void apply(Problem problem) {
          onProblem.accept(problem);
        }

        @Override
        public void apply(Reply reply) {
          onReply.accept(reply);
        }
      };
    }
  }

  /** A moderator locks a problem (no more replies or votes) or unlocks it. */
  public void setLocked(long problemId, boolean locked) {
    var problem = lock(problemId);
    if (locked) {
      problem.lock();
    } else {
      problem.unlock();
    }
    changed.fire(new ProblemChanged(problemId));
  }

  /** A moderator moves a problem to another village or commune, and/or into another category. */
  public void relocate(long problemId, Place to, Category category) {
    var problem = lock(problemId);
    var from = problem.getPlace().getCode();
    problem.relocate(to, category);
    // written before the change is told: who hears it reads the problem's new place
    em.flush();
    changed.fire(new ProblemChanged(problemId, from));
  }

  /**
   * Moves a published problem through its lifecycle: the commune's official (a grant covering its
   * commune) any step the lifecycle allows, its author a reopening; the entity decides ({@link
   * Problem#moveTo}). The step is kept on the timeline and the followers hear of it.
   *
   * @throws org.vedika.problem.entity.IllegalTransition when the step is not allowed
   */
  public StatusChange move(
      Member actor, long problemId, ProblemStatus to, CloseReason reason, String note) {
    var problem = lockPublished(problemId);
    var official = members.answersFor(actor.getId(), problem.getCommuneCode());
    var from = problem.getStatus();
    var change = problem.moveTo(to, reason, note, actor, official, Instant.now());
    em.persist(change);
    em.flush();
    events.fire(new ProblemEvent.StatusChanged(problemId, actor.getId(), from, to));
    changed.fire(new ProblemChanged(problemId));
    return change;
  }

  /**
   * Merges a duplicate into another problem: the duplicate takes the lifecycle's closing step (as a
   * duplicate, so a closed problem is refused), the features that own votes and follows move them
   * on {@link ProblemEvent.Merged} (nobody counted twice), both counters are counted again from the
   * rows, and the duplicate's followers hear of the status change. Both rows are locked, the lower
   * id first.
   */
  public StatusChange merge(long duplicateId, long targetId, Member actor, String note) {
    if (duplicateId == targetId) {
      throw new Refusal("moderation.merge.same", "merge into itself");
    }
    var first = lock(Math.min(duplicateId, targetId));
    var second = lock(Math.max(duplicateId, targetId));
    var duplicate = duplicateId < targetId ? first : second;
    var target = duplicateId < targetId ? second : first;
    var from = duplicate.getStatus();
    var change = duplicate.mergeInto(target, actor, note, Instant.now());
    em.persist(change);
    em.flush();
    events.fire(new ProblemEvent.Merged(duplicateId, actor.getId(), targetId));
    counters.recountVotes(targetId);
    counters.recountVotes(duplicateId);
    events.fire(new ProblemEvent.StatusChanged(duplicateId, actor.getId(), from, change.getTo()));
    return change;
  }

  // ---- for the recurring feature: which group a problem is in (column problem.recurring_id)

  /** The grouping pass compared this problem with the others. */
  public void markSuggested(long problemId) {
    em.createNativeQuery("UPDATE problem SET suggested_at = NOW(3) WHERE id = ?")
        .setParameter(1, problemId)
        .executeUpdate();
  }

  /** Puts a public, unmerged problem in no group into the group; false when it cannot join. */
  public boolean joinGroup(long groupId, long problemId) {
    var joined =
        em.createNativeQuery(
                    "UPDATE problem SET recurring_id = ? WHERE id = ? AND recurring_id IS NULL"
                        + " AND moderation = ? AND merged_into IS NULL")
                .setParameter(1, groupId)
                .setParameter(2, problemId)
                .setParameter(3, ModerationState.VISIBLE.name())
                .executeUpdate()
            == 1;
    if (joined) {
      changed.fire(new ProblemChanged(problemId));
    }
    return joined;
  }

  /** Every problem of one group joins another (groups merged). */
  public void regroup(long fromGroup, long intoGroup) {
    em.createNativeQuery("UPDATE problem SET recurring_id = ? WHERE recurring_id = ?")
        .setParameter(1, intoGroup)
        .setParameter(2, fromGroup)
        .executeUpdate();
  }

  /** These problems are now in the group ({@code null}: in none). */
  public void setGroup(Long groupId, List<Long> problemIds) {
    if (problemIds.isEmpty()) {
      return;
    }
    var query =
        em.createNativeQuery(
            "UPDATE problem SET recurring_id = ? WHERE id IN ("
                + String.join(", ", java.util.Collections.nCopies(problemIds.size(), "?"))
                + ")");
    query.setParameter(1, groupId);
    for (var i = 0; i < problemIds.size(); i++) {
      query.setParameter(i + 2, problemIds.get(i));
    }
    query.executeUpdate();
    problemIds.forEach(id -> changed.fire(new ProblemChanged(id)));
  }

  /** There is no (published) problem with this id: it was never there, or a moderator hid it. */
  public static class NoSuchProblemException extends Refusal {
    public NoSuchProblemException(long id) {
      super("problem.refused.gone", "no published problem " + id);
    }
  }
}
