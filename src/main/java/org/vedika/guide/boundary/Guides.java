package org.vedika.guide.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.Refusal;
import org.vedika.account.boundary.Members;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;
import org.vedika.guide.entity.Guide;
import org.vedika.guide.entity.GuideEvent;
import org.vedika.guide.entity.GuideText;
import org.vedika.guide.entity.GuideVersion;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.control.WritingLimits;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.Problem;
import org.vedika.search.control.SearchText;

/**
 * Writes, publishes and finds guides. Officials, trainers and admins write them (any place: a guide
 * is national); every save is a new version, kept for good; a version is public once a second
 * writer — never its own writer — published it. The rules hold here, whatever page asked.
 */
@ApplicationScoped
@Transactional
public class Guides {

  /** Who writes and publishes guides: the roles that answer, train and run Vedika. */
  public static final Set<Role> WRITERS = EnumSet.of(Role.OFFICIAL, Role.TRAINER, Role.ADMIN);

  private static final Logger AUDIT = Logger.getLogger("org.vedika.audit");

  @PersistenceContext EntityManager em;
  @Inject Members members;
  @Inject Problems problems;
  @Inject Event<GuideEvent> events;

  @Inject
  @ConfigProperty(name = "vedika.limits.guide-versions-per-day", defaultValue = "40")
  int versionsPerDay;

  /** Whether this member writes and publishes guides. */
  public boolean mayWrite(long memberId) {
    return members.roles(memberId).stream().anyMatch(WRITERS::contains);
  }

  /**
   * Saves a version: of a new guide when {@code guideId} is null (made from a solved problem when
   * {@code fromProblem} names one), else of that guide. It waits for a second writer.
   *
   * @throws Refusal {@code guide.notWriter}, {@code guide.gone}, {@code guide.invalid} (the text
   *     has {@link GuideText#problems}), a suspension or {@code limit.guide.perDay}
   */
  public GuideVersion write(Member writer, Long guideId, GuideText text, Long fromProblem) {
    mustWrite(writer);
    WritingLimits.mustNotBeSuspended(writer);
    var today = today();
    var problems = text.problems(today);
    if (!problems.isEmpty()) {
      // the page names each field's problem (GuideText.problems); this says "see below"
      throw new Refusal("guide.invalid", String.join(", ", problems));
    }
    if (!WritingLimits.isExempt()) {
      var recent =
          em.createQuery(
                  "SELECT COUNT(v) FROM GuideVersion v WHERE v.writer.id = :writer"
                      + " AND v.writtenAt > :since",
                  Long.class)
              .setParameter("writer", writer.getId())
              .setParameter("since", Instant.now().minus(Duration.ofDays(1)))
              .getSingleResult();
      if (recent >= versionsPerDay) {
        throw new WritingLimits.LimitReached("limit.guide.perDay", Duration.ofDays(1).toSeconds());
      }
    }
    Guide guide;
    if (guideId == null) {
      var source = fromProblem == null ? null : solvedProblem(fromProblem).getId();
      guide = new Guide(writer, source, Instant.now());
      em.persist(guide);
    } else {
      guide = lock(guideId);
    }
    var version = guide.write(text, writer, Instant.now(), today);
    em.flush();
    events.fire(new GuideEvent.Written(guide.getId(), version.getId(), writer.getId()));
    AUDIT.info(
        () ->
            "member "
                + writer.getId()
                + " wrote version "
                + version.getNumber()
                + " of guide "
                + guide.getId());
    return version;
  }

  /**
   * A second writer publishes the guide's newest version, the one they read ({@code number}: a
   * version saved meanwhile is not published unread).
   *
   * @throws Refusal {@code guide.notWriter}, {@code guide.gone}, {@code guide.ownVersion} (its
   *     writer cannot publish it), {@code guide.stale} (a newer version came, or it is published)
   */
  public GuideVersion publish(Member publisher, long guideId, int number) {
    mustWrite(publisher);
    WritingLimits.mustNotBeSuspended(publisher);
    var guide = lock(guideId);
    var waiting = guide.waiting().orElse(null);
    if (waiting == null || waiting.getNumber() != number) {
      throw new Refusal("guide.stale", "guide " + guideId + " has no waiting version " + number);
    }
    if (waiting.getWriter().getId().equals(publisher.getId())) {
      throw new Refusal(
          "guide.ownVersion", publisher.getId() + " wrote version " + number + " of " + guideId);
    }
    var text = waiting.text();
    var published =
        guide.publishNewest(
            publisher,
            Instant.now(),
            SearchText.index(
                String.join("\n", text.titleKm(), text.bodyKm(), text.titleEn(), text.bodyEn())));
    events.fire(new GuideEvent.Published(guideId, published.getId(), publisher.getId()));
    AUDIT.info(
        () ->
            "member "
                + publisher.getId()
                + " published version "
                + number
                + " of guide "
                + guideId);
    return published;
  }

  /** The day in Cambodia: a guide's facts cannot have been checked after it. */
  public static java.time.LocalDate today() {
    return java.time.LocalDate.now(org.vedika.i18n.control.RelativeTime.PHNOM_PENH);
  }

  public Optional<Guide> find(long id) {
    return Optional.ofNullable(em.find(Guide.class, id));
  }

  /** The published guides, by category in the taxonomy's order, the newest first in each. */
  public Map<Category, List<Guide>> index() {
    var byCategory = new TreeMap<Category, List<Guide>>();
    for (var guide : published()) {
      byCategory.computeIfAbsent(guide.getCategory(), c -> new java.util.ArrayList<>()).add(guide);
    }
    return byCategory;
  }

  /** The published guides of a category, the newest first. */
  public List<Guide> published(Category category) {
    return em.createQuery(
            "SELECT g FROM Guide g JOIN FETCH g.published WHERE g.category = :category"
                + " ORDER BY g.publishedAt DESC, g.id DESC",
            Guide.class)
        .setParameter("category", category.key())
        .getResultList();
  }

  private List<Guide> published() {
    return em.createQuery(
            "SELECT g FROM Guide g JOIN FETCH g.published ORDER BY g.publishedAt DESC, g.id DESC",
            Guide.class)
        .getResultList();
  }

  /** Guides with a version waiting for a second writer, the oldest wait first. */
  public List<Guide> waiting() {
    return em.createQuery(
            "SELECT g FROM Guide g WHERE EXISTS (SELECT v FROM GuideVersion v WHERE v.guide = g"
                + " AND v.publisher IS NULL AND v.number = (SELECT MAX(w.number) FROM GuideVersion w"
                + " WHERE w.guide = g)) ORDER BY g.id",
            Guide.class)
        .getResultList();
  }

  /** Published guides matching a search (its words' concept groups too), the closest first. */
  public List<Guide> search(String query, int limit) {
    var exact = SearchText.queryAny(query);
    var expanded = SearchText.queryExpanded(query);
    if (exact.isEmpty() || expanded.isEmpty()) {
      return List.of();
    }
    // as problems are searched: the concept groups' words found too, the words typed count twice
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM guide WHERE published_version IS NOT NULL"
                    + " AND MATCH(search_text) AGAINST(? IN BOOLEAN MODE)"
                    + " ORDER BY MATCH(search_text) AGAINST(? IN BOOLEAN MODE)"
                    + " + MATCH(search_text) AGAINST(? IN BOOLEAN MODE) DESC, id DESC LIMIT ?")
            .setParameter(1, expanded.get())
            .setParameter(2, exact.get())
            .setParameter(3, expanded.get())
            .setParameter(4, limit)
            .getResultList();
    return ids.stream()
        .map(id -> em.find(Guide.class, ((Number) id).longValue()))
        .filter(g -> g != null && g.getPublished() != null)
        .toList();
  }

  /**
   * What a guide made from a solved problem starts with: its title and text, and the reply that
   * solved it, in the problem's language's fields (the writer fills the other language).
   *
   * @throws Refusal {@code guide.notSolved} when the problem is not public or not solved
   */
  public GuideText draftFrom(long problemId) {
    var problem = solvedProblem(problemId);
    var solution = problems.solution(problem).orElseThrow();
    var khmer = problem.getTitle().codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF);
    var body = problem.getBody().strip() + "\n\n---\n\n" + solution.reply().getBody().strip();
    return new GuideText(
        problem.getCategory(),
        khmer ? problem.getTitle() : "",
        khmer ? body : "",
        khmer ? "" : problem.getTitle(),
        khmer ? "" : body,
        "",
        null,
        khmer,
        "");
  }

  /** Everything a member wrote or published in guides, for their data download. */
  public JsonArray dataOf(long memberId) {
    var rows = Json.createArrayBuilder();
    em.createQuery(
            "SELECT v FROM GuideVersion v WHERE v.writer.id = :member OR v.publisher.id = :member"
                + " ORDER BY v.id",
            GuideVersion.class)
        .setParameter("member", memberId)
        .getResultList()
        .forEach(
            v ->
                rows.add(
                    Json.createObjectBuilder()
                        .add("guide", v.getGuide().getId())
                        .add("version", v.getNumber())
                        .add("role", v.getWriter().getId() == memberId ? "written" : "published")
                        .add("titleKm", v.getTitleKm())
                        .add("titleEn", v.getTitleEn())
                        .add("changeNote", v.getChangeNote())
                        .add("writtenAt", v.getWrittenAt().toString())));
    return rows.build();
  }

  private Problem solvedProblem(long problemId) {
    return problems
        .find(problemId)
        .filter(Problem::isPublished)
        .filter(p -> p.getSolutionId() != null)
        .orElseThrow(() -> new Refusal("guide.notSolved", "problem " + problemId));
  }

  private void mustWrite(Member member) {
    if (member == null || !mayWrite(member.getId())) {
      throw new Refusal(
          "guide.notWriter",
          (member == null ? "nobody" : "member " + member.getId()) + " does not write guides");
    }
  }

  private Guide lock(long guideId) {
    var guide = em.find(Guide.class, guideId, LockModeType.PESSIMISTIC_WRITE);
    if (guide == null) {
      throw new Refusal("guide.gone", "no guide " + guideId);
    }
    return guide;
  }
}
