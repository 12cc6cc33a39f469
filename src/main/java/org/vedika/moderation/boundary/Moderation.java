package org.vedika.moderation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.Refusal;
import org.vedika.account.boundary.Members;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;
import org.vedika.moderation.entity.Action;
import org.vedika.moderation.entity.ModerationNotice;
import org.vedika.moderation.entity.Reason;
import org.vedika.place.boundary.Places;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.boundary.Problems.Moderating;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.ModerationState;
import org.vedika.schema.control.RetryOnLockConflict;

/**
 * Reports, the review queue and moderators' actions. Every action is checked here against the
 * moderator's places (never only in the page), is written once to {@code moderation_action}, and
 * tells the author (and, when reports are resolved, the reporters). Nothing is deleted: a hidden
 * post keeps its text and comes back on restore.
 */
@ApplicationScoped
@Transactional
@RetryOnLockConflict
public class Moderation {

  /**
   * The longest note a moderator or a reporter writes (the report and moderation_action columns;
   * the forms' maxlength).
   */
  public static final int NOTE_MAX = 500;

  /**
   * Posts waiting for review join the queue's reported posts (with no reporters); {@code ?6} is
   * {@link ModerationState#PENDING}, bound by {@link #bindPending}.
   */
  private static final String PENDING_POSTS =
      " UNION ALL SELECT id, NULL, 0, NULL, created_at FROM problem WHERE moderation = ?6"
          + " UNION ALL SELECT problem_id, id, 0, NULL, created_at FROM reply"
          + " WHERE moderation = ?6 AND deleted = FALSE";

  private static final Logger AUDIT = Logger.getLogger("org.vedika.audit");

  /** A post being moderated: the problem, and the reply when it is one. */
  public record Target(long problemId, Long replyId) {
    public boolean isReply() {
      return replyId != null;
    }
  }

  /** One line of the review queue. */
  public record QueueItem(
      long problemId,
      Long replyId,
      String title,
      String text,
      long authorId,
      String author,
      String placeCode,
      String state,
      long reporters,
      String reasons,
      Instant since,
      long authorPosts,
      long authorActions) {

    /** The reasons given by the reporters, as keys ({@code SPAM}, {@code ABUSE}, …). */
    public List<String> reasonList() {
      return reasons == null || reasons.isBlank() ? List.of() : List.of(reasons.split(","));
    }
  }

  /** One line of the audit log. */
  public record Entry(
      long id,
      String actor,
      String action,
      long problemId,
      Long replyId,
      String member,
      String placeCode,
      String reason,
      String note,
      Instant at) {}

  /**
   * One open report of a post, as the review page lists it (JavaBean getters: EL cannot read record
   * properties).
   */
  public record Report(String reason, String note, Instant at) {
    public String getReason() {
      return reason;
    }

    public String getNote() {
      return note;
    }

    public Instant getAt() {
      return at;
    }
  }

  @PersistenceContext EntityManager em;
  @Inject Members members;
  @Inject Places places;
  @Inject Problems problems;
  @Inject Event<ModerationNotice> notices;

  @Inject
  @ConfigProperty(name = "vedika.moderation.hold-reports", defaultValue = "3")
  int holdReports;

  // ---- reports

  /**
   * A member reports a post. One open report per member per post; not one's own. Enough distinct
   * reporters hold the post (hidden pending review).
   */
  public void report(Member reporter, Target target, Reason reason, String note) {
    org.vedika.problem.control.WritingLimits.mustNotBeSuspended(reporter);
    if (reason == null || reason == Reason.AUTO_HOLD) {
      throw new Refusal("report.reason.required", "no reason");
    }
    var cleanNote = clean(note);
    if (reason == Reason.OTHER && cleanNote == null) {
      throw new Refusal("report.note.required", "other without a note");
    }
    var post = post(target, true);
    if (post.authorId() == reporter.getId()) {
      throw new Refusal("report.own", "own post");
    }
    var added =
        em.createNativeQuery(
                "INSERT IGNORE INTO report (problem_id, reply_id, reporter_id, reason, note) VALUES (?, ?, ?, ?, ?)")
            .setParameter(1, target.problemId())
            .setParameter(2, target.replyId())
            .setParameter(3, reporter.getId())
            .setParameter(4, reason.name())
            .setParameter(5, cleanNote)
            .executeUpdate();
    if (added == 0) {
      throw new Refusal("report.already", "an open report exists");
    }
    if (post.state() == ModerationState.VISIBLE && openReporters(target) >= holdReports) {
      problems.moderate(
          target.problemId(), target.replyId(), Moderating.hide(Reason.AUTO_HOLD.name(), null));
      record(null, Action.HOLD, target, post, Reason.AUTO_HOLD, null);
      tell(post.authorId(), target.problemId(), null, Action.HOLD.name());
    }
  }

  // ---- the queue

  /** Reported and held posts in the moderator's places, most reporters first, then the oldest. */
  @SuppressWarnings("unchecked")
  public List<QueueItem> queue(long moderatorId, Reason reason, int first, int size) {
    var scope = scope(moderatorId);
    if (scope.isEmpty()) {
      return List.of();
    }
    var sql =
        "SELECT q.problem_id, q.reply_id, p.title, COALESCE(r.body, p.body),"
            + " COALESCE(r.author_id, p.author_id), m.display_name, p.place_code,"
            + " COALESCE(r.moderation, p.moderation), q.reporters, q.reasons, q.since,"
            + " (SELECT COUNT(*) FROM problem x WHERE x.author_id = m.id)"
            + " + (SELECT COUNT(*) FROM reply y WHERE y.author_id = m.id),"
            + " (SELECT COUNT(*) FROM moderation_action a WHERE a.member_id = m.id)"
            + " FROM (SELECT problem_id, reply_id, COUNT(DISTINCT reporter_id) AS reporters,"
            + "   GROUP_CONCAT(DISTINCT reason ORDER BY reason) AS reasons, MIN(created_at) AS since"
            + "   FROM report WHERE resolved_at IS NULL"
            + (reason == null ? "" : " AND reason = ?5")
            + "   GROUP BY problem_id, reply_id"
            + (reason == null ? PENDING_POSTS : "")
            + ") q"
            + " JOIN problem p ON p.id = q.problem_id"
            + " LEFT JOIN reply r ON r.id = q.reply_id"
            + " JOIN member m ON m.id = COALESCE(r.author_id, p.author_id)"
            + scopeSql(scope)
            + " ORDER BY q.reporters DESC, q.since ASC, q.problem_id, q.reply_id"
            + " LIMIT ?1 OFFSET ?2";
    var query = em.createNativeQuery(sql).setParameter(1, size).setParameter(2, first);
    bindScope(query, scope);
    if (reason != null) {
      query.setParameter(5, reason.name());
    } else {
      bindPending(query);
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(Moderation::queueItem).toList();
  }

  /**
   * One post for its review page, reported or not (a hidden post is restored from here too); empty
   * outside the moderator's places.
   */
  public Optional<QueueItem> item(long moderatorId, Target target) {
    var scope = scope(moderatorId);
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    var query =
        em.createNativeQuery(
                "SELECT p.id, r.id, p.title, COALESCE(r.body, p.body), m.id, m.display_name, p.place_code,"
                    + " COALESCE(r.moderation, p.moderation),"
                    + " (SELECT COUNT(DISTINCT reporter_id) FROM report x WHERE x.resolved_at IS NULL"
                    + "   AND x.problem_id = p.id AND x.reply_id <=> r.id),"
                    + " (SELECT GROUP_CONCAT(DISTINCT reason ORDER BY reason) FROM report x WHERE x.resolved_at IS NULL"
                    + "   AND x.problem_id = p.id AND x.reply_id <=> r.id),"
                    + " COALESCE(r.created_at, p.created_at),"
                    + " (SELECT COUNT(*) FROM problem x WHERE x.author_id = m.id)"
                    + " + (SELECT COUNT(*) FROM reply y WHERE y.author_id = m.id),"
                    + " (SELECT COUNT(*) FROM moderation_action a WHERE a.member_id = m.id)"
                    + " FROM problem p LEFT JOIN reply r ON r.problem_id = p.id AND r.id = ?3"
                    + " JOIN member m ON m.id = COALESCE(r.author_id, p.author_id)"
                    + scopeSql(scope)
                    + " AND p.id = ?4 AND (?3 IS NULL OR r.id IS NOT NULL)")
            .setParameter(3, target.replyId())
            .setParameter(4, target.problemId());
    bindScope(query, scope);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().findFirst().map(Moderation::queueItem);
  }

  private static QueueItem queueItem(Object[] row) {
    return new QueueItem(
        number(row[0]),
        row[1] == null ? null : number(row[1]),
        (String) row[2],
        (String) row[3],
        number(row[4]),
        (String) row[5],
        (String) row[6],
        (String) row[7],
        number(row[8]),
        (String) row[9],
        ((Timestamp) row[10]).toInstant(),
        number(row[11]),
        number(row[12]));
  }

  public int queueSize(long moderatorId, Reason reason) {
    var scope = scope(moderatorId);
    if (scope.isEmpty()) {
      return 0;
    }
    var query =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM (SELECT problem_id, reply_id, 0, NULL, MIN(created_at) FROM report"
                + " WHERE resolved_at IS NULL"
                + (reason == null ? "" : " AND reason = ?5")
                + " GROUP BY problem_id, reply_id"
                + (reason == null ? PENDING_POSTS : "")
                + ") q JOIN problem p ON p.id = q.problem_id"
                + scopeSql(scope));
    bindScope(query, scope);
    if (reason != null) {
      query.setParameter(5, reason.name());
    } else {
      bindPending(query);
    }
    return (int) number(query.getSingleResult());
  }

  /**
   * The open reports of a post: reason, note, when (reporters are not named to moderators'
   * readers).
   */
  @SuppressWarnings("unchecked")
  public List<Report> reports(Target target) {
    List<Object[]> rows =
        onTarget(
                em.createNativeQuery(
                    "SELECT reason, note, created_at FROM report WHERE resolved_at IS NULL"
                        + targetSql(target)
                        + " ORDER BY created_at"),
                target,
                1)
            .getResultList();
    return rows.stream().map(Moderation::report).toList();
  }

  private static Report report(Object[] row) {
    return new Report((String) row[0], (String) row[1], ((Timestamp) row[2]).toInstant());
  }

  // ---- actions

  /**
   * A moderator acts on a post in their places: hide (with a reason), restore, dismiss the reports,
   * lock or unlock a problem. Refused outside their places and on their own posts. The post changes
   * through the problem feature's own methods ({@link Problems#moderate}); this feature keeps the
   * reports and the audit log, and tells the author.
   */
  public void act(Member moderator, Target target, Action action, Reason reason, String note) {
    var post = post(target, false);
    mustModerate(moderator.getId(), post);
    var cleanNote = clean(note);
    switch (action) {
      case APPROVE -> {
        problems.moderate(target.problemId(), target.replyId(), Moderating.approve());
        tell(post.authorId(), target.problemId(), moderator.getId(), "APPROVE");
      }
      case HIDE -> {
        if (reason == null || reason == Reason.AUTO_HOLD) {
          throw new Refusal("moderation.reason.required", "hide without a reason");
        }
        if (reason == Reason.OTHER && cleanNote == null) {
          throw new Refusal("report.note.required", "other without a note");
        }
        problems.moderate(
            target.problemId(), target.replyId(), Moderating.hide(reason.name(), cleanNote));
        resolveReports(target, "UPHELD", moderator.getId());
        tell(post.authorId(), target.problemId(), moderator.getId(), "HIDE:" + reason.name());
      }
      case RESTORE -> {
        problems.moderate(target.problemId(), target.replyId(), Moderating.restore());
        resolveReports(target, "DISMISSED", moderator.getId());
        tell(post.authorId(), target.problemId(), moderator.getId(), "RESTORE");
      }
      case DISMISS -> {
        if (Reason.AUTO_HOLD.name().equals(post.reason())) {
          problems.moderate(target.problemId(), target.replyId(), Moderating.restore());
          tell(post.authorId(), target.problemId(), moderator.getId(), "RESTORE");
        }
        resolveReports(target, "DISMISSED", moderator.getId());
      }
      case LOCK, UNLOCK -> {
        if (target.isReply()) {
          throw new Refusal("moderation.nothingToDo", "replies are not locked");
        }
        problems.setLocked(target.problemId(), action == Action.LOCK);
        tell(post.authorId(), target.problemId(), moderator.getId(), action.name());
      }
      case HOLD, MOVE, MERGE, WARN, SUSPEND, LIFT ->
          throw new Refusal("moderation.nothingToDo", action + " has its own operation");
    }
    record(moderator.getId(), action, target, post, reason, cleanNote);
  }

  /**
   * A moderator acts on the author of a post in their places: a warning, a suspension of {@code
   * days} (1 to 365; they keep reading), or lifting one (refused when there is none). Each with a
   * reason the member is told; the member changes through the account feature's own methods.
   */
  public void actOnAuthor(
      Member moderator, Target target, Action action, Reason reason, String note, int days) {
    var post = post(target, false);
    mustModerate(moderator.getId(), post);
    var cleanNote = clean(note);
    if (action != Action.LIFT && (reason == null || reason == Reason.AUTO_HOLD)) {
      throw new Refusal("moderation.reason.required", action + " without a reason");
    }
    switch (action) {
      case WARN ->
          tell(post.authorId(), target.problemId(), moderator.getId(), "WARN:" + reason.name());
      case SUSPEND -> {
        members.suspend(post.authorId(), days);
        tell(post.authorId(), target.problemId(), moderator.getId(), "SUSPEND:" + reason.name());
        cleanNote = (cleanNote == null ? "" : cleanNote + " ") + "(" + days + " d)";
      }
      case LIFT -> {
        members.lift(post.authorId());
        tell(post.authorId(), target.problemId(), moderator.getId(), "LIFT");
      }
      default -> throw new Refusal("moderation.nothingToDo", action + " is not about the author");
    }
    record(moderator.getId(), action, target, post, reason, cleanNote);
  }

  /**
   * Moves a problem to another village or commune (inside the moderator's places too) and/or
   * category; the author is told.
   */
  public void move(
      Member moderator,
      long problemId,
      String placeCode,
      String category,
      Reason reason,
      String note) {
    var target = new Target(problemId, null);
    var post = post(target, false);
    mustModerate(moderator.getId(), post);
    var place = places.find(placeCode == null ? "" : placeCode.strip()).filter(p -> p.hasForum());
    if (place.isEmpty() || !moderates(moderator.getId(), place.get().getCode())) {
      throw new Refusal("moderation.move.place.invalid", "cannot move to " + placeCode);
    }
    if (reason == null || reason == Reason.AUTO_HOLD) {
      throw new Refusal("moderation.reason.required", "move without a reason");
    }
    problems.relocate(
        problemId, place.get(), Category.of(category == null ? "" : category).orElse(null));
    var code = place.get().getCode();
    tell(post.authorId(), problemId, moderator.getId(), "MOVE:" + reason.name());
    record(
        moderator.getId(),
        Action.MOVE,
        target,
        post,
        reason,
        (clean(note) == null ? "" : clean(note) + " ") + "→ " + code);
  }

  /**
   * Merges a duplicate into another problem, both in the moderator's places: the problem feature
   * closes the duplicate through its lifecycle and moves votes and followers ({@link
   * Problems#merge}); here the author is told and the audit log written.
   */
  public void merge(Member moderator, long duplicateId, long targetId, String note) {
    if (duplicateId == targetId) {
      throw new Refusal("moderation.merge.same", "merge into itself");
    }
    // both rows locked, the lower id first, as every writer that locks two problems does
    var first = post(new Target(Math.min(duplicateId, targetId), null), false);
    var second = post(new Target(Math.max(duplicateId, targetId), null), false);
    var duplicate = duplicateId < targetId ? first : second;
    var target = duplicateId < targetId ? second : first;
    mustModerate(moderator.getId(), duplicate);
    if (!moderates(moderator.getId(), target.placeCode())) {
      throw new Refusal(
          "moderation.merge.target", "target " + targetId + " outside the moderator's places");
    }
    var cleanNote = clean(note);
    problems.merge(duplicateId, targetId, moderator, cleanNote);
    tell(duplicate.authorId(), duplicateId, moderator.getId(), "MERGE");
    record(
        moderator.getId(),
        Action.MERGE,
        new Target(duplicateId, null),
        duplicate,
        null,
        (cleanNote == null ? "" : cleanNote + " ") + "→ #" + targetId);
  }

  /** Whether the member may moderate in this place: a moderator covering it, or an admin. */
  public boolean moderates(long memberId, String placeCode) {
    return members.grants(memberId).stream()
        .anyMatch(
            g ->
                (g.getRole() == Role.MODERATOR && g.covers(placeCode))
                    || g.getRole() == Role.ADMIN);
  }

  // ---- the audit log

  /** The actions in the member's places, newest first; filtered by action when one is given. */
  @SuppressWarnings("unchecked")
  public List<Entry> log(long moderatorId, Action action, int first, int size) {
    var scope = scope(moderatorId);
    if (scope.isEmpty()) {
      return List.of();
    }
    var query =
        em.createNativeQuery(
                "SELECT a.id, actor.display_name, a.action, a.problem_id, a.reply_id, who.display_name,"
                    + " a.place_code, a.reason, a.note, a.created_at FROM moderation_action a"
                    + " LEFT JOIN member actor ON actor.id = a.actor_id"
                    + " LEFT JOIN member who ON who.id = a.member_id"
                    + " JOIN problem p ON p.id = a.problem_id"
                    + scopeSql(scope)
                    + (action == null ? "" : " AND a.action = ?5")
                    + " ORDER BY a.created_at DESC, a.id DESC LIMIT ?1 OFFSET ?2")
            .setParameter(1, size)
            .setParameter(2, first);
    bindScope(query, scope);
    if (action != null) {
      query.setParameter(5, action.name());
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(Moderation::entry).toList();
  }

  private static Entry entry(Object[] row) {
    return new Entry(
        number(row[0]),
        (String) row[1],
        (String) row[2],
        number(row[3]),
        row[4] == null ? null : number(row[4]),
        (String) row[5],
        (String) row[6],
        (String) row[7],
        (String) row[8],
        ((Timestamp) row[9]).toInstant());
  }

  // ---- internals

  /** The state of a post: its author, moderation state, hidden reason and place. */
  record Post(long authorId, ModerationState state, String reason, String placeCode) {}

  /** The post, its problem's row locked first (as every writer of a problem does). */
  private Post post(Target target, boolean publishedOnly) {
    Post post;
    try {
      if (target.isReply()) {
        var reply =
            problems
                .lockReply(target.problemId(), target.replyId())
                .filter(r -> !r.isDeleted())
                .orElseThrow(() -> new Refusal("moderation.unknown", "no such reply " + target));
        var problem = problems.lock(target.problemId());
        post =
            new Post(
                reply.getAuthor().getId(),
                reply.getModeration(),
                reply.getHiddenReason(),
                problem.getPlace().getCode());
      } else {
        var problem = problems.lock(target.problemId());
        post =
            new Post(
                problem.getAuthor().getId(),
                problem.getModeration(),
                problem.getHiddenReason(),
                problem.getPlace().getCode());
      }
    } catch (Problems.NoSuchProblemException none) {
      throw new Refusal("moderation.unknown", "no such post " + target);
    }
    if (publishedOnly && post.state() != ModerationState.VISIBLE) {
      throw new Refusal("moderation.unknown", "not published " + target);
    }
    return post;
  }

  private void mustModerate(long memberId, Post post) {
    if (!moderates(memberId, post.placeCode())) {
      throw new Refusal(
          "moderation.notYours", "member " + memberId + " does not moderate " + post.placeCode());
    }
    if (post.authorId() == memberId) {
      throw new Refusal("moderation.ownContent", "member " + memberId + " on their own post");
    }
  }

  private long openReporters(Target target) {
    return number(
        onTarget(
                em.createNativeQuery(
                    "SELECT COUNT(DISTINCT reporter_id) FROM report WHERE resolved_at IS NULL"
                        + targetSql(target)),
                target,
                1)
            .getSingleResult());
  }

  @SuppressWarnings("unchecked")
  private void resolveReports(Target target, String resolution, long moderatorId) {
    var where = " WHERE resolved_at IS NULL" + targetSql(target);
    List<Object> reporters =
        onTarget(em.createNativeQuery("SELECT reporter_id FROM report" + where), target, 1)
            .getResultList();
    onTarget(
            em.createNativeQuery(
                    "UPDATE report SET resolved_at = CURRENT_TIMESTAMP(3), resolution = ?" + where)
                .setParameter(1, resolution),
            target,
            2)
        .executeUpdate();
    reporters.forEach(
        reporter ->
            notices.fire(
                ModerationNotice.toReporter(
                    number(reporter), target.problemId(), moderatorId, resolution)));
  }

  /** The reports of one post: the problem's own, or one reply's. */
  private static String targetSql(Target target) {
    return target.isReply()
        ? " AND problem_id = ? AND reply_id = ?"
        : " AND problem_id = ? AND reply_id IS NULL";
  }

  /** Binds {@link #targetSql} from parameter {@code from} on. */
  private static jakarta.persistence.Query onTarget(
      jakarta.persistence.Query query, Target target, int from) {
    query.setParameter(from, target.problemId());
    if (target.isReply()) {
      query.setParameter(from + 1, target.replyId());
    }
    return query;
  }

  private void record(
      Long actorId, Action action, Target target, Post post, Reason reason, String note) {
    em.createNativeQuery(
            "INSERT INTO moderation_action (actor_id, action, problem_id, reply_id, member_id, place_code, reason, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, actorId)
        .setParameter(2, action.name())
        .setParameter(3, target.problemId())
        .setParameter(4, target.replyId())
        .setParameter(5, post.authorId())
        .setParameter(6, post.placeCode())
        .setParameter(7, reason == null ? null : reason.name())
        .setParameter(8, note)
        .executeUpdate();
    AUDIT.info(
        () ->
            "moderation: "
                + (actorId == null ? "automatic" : "member " + actorId)
                + " "
                + action
                + " "
                + target
                + (reason == null ? "" : " for " + reason));
  }

  /** The author is told (the notification feature observes the notice). */
  private void tell(long authorId, long problemId, Long actorId, String detail) {
    notices.fire(ModerationNotice.toAuthor(authorId, problemId, actorId, detail));
  }

  /** The place prefixes a member moderates: "" for everywhere; empty when none. */
  private List<String> scope(long memberId) {
    var prefixes = new ArrayList<String>();
    for (var grant : members.grants(memberId)) {
      if (grant.getRole() == Role.ADMIN
          || (grant.getRole() == Role.MODERATOR && grant.getPlaceCode() == null)) {
        return List.of("");
      }
      if (grant.getRole() == Role.MODERATOR) {
        prefixes.add(grant.getPlaceCode());
      }
    }
    return prefixes;
  }

  /** A WHERE clause over {@code p.place_code} for the prefixes (parameters from 10 on). */
  private static String scopeSql(List<String> scope) {
    if (scope.contains("")) {
      return " WHERE 1 = 1";
    }
    var or = new StringBuilder(" WHERE (");
    for (int i = 0; i < scope.size(); i++) {
      or.append(i == 0 ? "" : " OR ").append("p.place_code LIKE ?").append(10 + i);
    }
    return or.append(")").toString();
  }

  /** Binds {@link #PENDING_POSTS}. */
  private static void bindPending(jakarta.persistence.Query query) {
    query.setParameter(6, ModerationState.PENDING.name());
  }

  private static void bindScope(jakarta.persistence.Query query, List<String> scope) {
    if (scope.contains("")) {
      return;
    }
    for (int i = 0; i < scope.size(); i++) {
      query.setParameter(10 + i, Places.escapeLike(scope.get(i)) + "%");
    }
  }

  private static String clean(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    var text = note.strip();
    if (text.length() > NOTE_MAX) {
      throw new Refusal("moderation.note.size", "note of " + text.length());
    }
    return text;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** The target of a page's parameters, if they name one. */
  public static Optional<Target> target(String problem, String reply) {
    try {
      return Optional.of(
          new Target(
              Long.parseLong(problem),
              reply == null || reply.isBlank() ? null : Long.valueOf(reply)));
    } catch (NumberFormatException | NullPointerException notAnId) {
      return Optional.empty();
    }
  }

  /** The reports the member made, for their data download. */
  public jakarta.json.JsonArray dataOf(long memberId) {
    return org.vedika.JsonRows.of(
        em.createNativeQuery(
                "SELECT problem_id, reply_id, reason, note, created_at, resolution FROM report"
                    + " WHERE reporter_id = ? ORDER BY id")
            .setParameter(1, memberId)
            .getResultList(),
        "problem",
        "reply",
        "reason",
        "note",
        "createdAt",
        "resolution");
  }
}
