package org.vedika.response.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.vedika.place.entity.Place;
import org.vedika.problem.entity.ModerationState;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemStatus;

/**
 * How fast a commune (or a district or province, every commune beneath) answers: the median time to
 * a first official answer, the share answered within 7 days, the share resolved, and the open
 * problems waiting longest. Published problems only. Problems never answered count in every share's
 * denominator (they are the point) and not in the median (they have no time yet).
 */
@ApplicationScoped
@Transactional
public class ResponseTimes {

  public static final Duration PROMPT = Duration.ofDays(7);
  public static final int WAITING_LONGEST = 3;

  /** The figures of an area; {@code medianFirstAnswer} is null when nothing was answered yet. */
  public record Figures(
      String placeCode,
      long problems,
      long answered,
      long answeredWithin7Days,
      long resolved,
      Duration medianFirstAnswer,
      List<Problem> waitingLongest) {

    public double answeredWithin7DaysShare() {
      return problems == 0 ? 0 : (double) answeredWithin7Days / problems;
    }

    public double resolvedShare() {
      return problems == 0 ? 0 : (double) resolved / problems;
    }
  }

  @PersistenceContext EntityManager em;

  public Figures of(Place area) {
    var column = column(area);
    var counts =
        counts(
            em.createNativeQuery(
                    "SELECT COUNT(*),"
                        + " COUNT(answered_at),"
                        + " COALESCE(SUM(answered_at <= created_at + INTERVAL ? DAY), 0),"
                        + " COALESCE(SUM(status = ?), 0)"
                        + " FROM problem WHERE "
                        + column
                        + " = ? AND moderation = ?")
                .setParameter(1, PROMPT.toDays())
                .setParameter(2, ProblemStatus.RESOLVED.name())
                .setParameter(3, area.getCode())
                .setParameter(4, ModerationState.VISIBLE.name())
                .getSingleResult());
    var median =
        em.createNativeQuery(
                "SELECT MEDIAN(TIMESTAMPDIFF(SECOND, created_at, answered_at)) OVER ()"
                    + " FROM problem WHERE "
                    + column
                    + " = ? AND moderation = ?"
                    + " AND answered_at IS NOT NULL LIMIT 1")
            .setParameter(1, area.getCode())
            .setParameter(2, ModerationState.VISIBLE.name())
            .getResultList();
    var waiting =
        em.createQuery(
                "SELECT p FROM Problem p JOIN FETCH p.author WHERE p.moderation ="
                    + " org.vedika.problem.entity.ModerationState.VISIBLE AND p.answeredAt IS NULL"
                    + " AND p.status IN :unresolved AND p."
                    + field(area)
                    + " = :code"
                    + " ORDER BY p.createdAt ASC, p.id ASC",
                Problem.class)
            .setParameter(
                "unresolved",
                List.of(ProblemStatus.OPEN, ProblemStatus.ACKNOWLEDGED, ProblemStatus.IN_PROGRESS))
            .setParameter("code", area.getCode())
            .setMaxResults(WAITING_LONGEST)
            .getResultList();
    return new Figures(
        area.getCode(),
        counts.problems(),
        counts.answered(),
        counts.answeredWithin7Days(),
        counts.resolved(),
        median.isEmpty() || median.get(0) == null
            ? null
            : Duration.ofSeconds(Math.round(((Number) median.get(0)).doubleValue())),
        waiting);
  }

  /** An area's counts, as {@link #of} reads them in one row. */
  private record Counts(long problems, long answered, long answeredWithin7Days, long resolved) {}

  private static Counts counts(Object row) {
    var counts = (Object[]) row;
    return new Counts(number(counts[0]), number(counts[1]), number(counts[2]), number(counts[3]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static String column(Place area) {
    return switch (area.getLevel()) {
      case PROVINCE -> "province_code";
      case DISTRICT -> "district_code";
      case COMMUNE -> "commune_code";
      case VILLAGE -> "place_code";
    };
  }

  private static String field(Place area) {
    return switch (area.getLevel()) {
      case PROVINCE -> "provinceCode";
      case DISTRICT -> "districtCode";
      case COMMUNE -> "communeCode";
      case VILLAGE -> "place.code";
    };
  }
}
