package org.vedika.recurring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.vedika.Refusal;
import org.vedika.account.boundary.Members;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;
import org.vedika.recurring.control.LogisticRegression.Example;
import org.vedika.recurring.control.ModelRefit;
import org.vedika.recurring.control.SimilarityModel;

/**
 * The grouping model in use and its refits (issue 16): the newest adopted refit ({@code
 * similarity_model}), or the model shipped with Vedika while there is none. A refit learns from
 * curators' confirm/reject decisions — each suggestion keeps the measures its pair had — including
 * the pairs sampled below the threshold ({@link Grouping}), weighed for the pairs they stand for
 * ({@link ModelRefit} decides whether it is better). Refits run on a schedule ({@link
 * RefitSchedule}) or when an admin asks; each is a row with its figures, and a log line.
 */
@ApplicationScoped
@Transactional
public class SimilarityModels {

  private static final Logger LOG = Logger.getLogger(SimilarityModels.class.getName());

  /** One refit at a time, even with several nodes on one database (a MariaDB named lock). */
  static final String LOCK = "vedika.similarity-refit";

  @PersistenceContext EntityManager em;
  @Inject Members members;

  /** The adopted row last read and its model: read again only when a newer one is adopted. */
  private record Cached(long id, SimilarityModel model) {}

  private volatile Cached cached = new Cached(0, SimilarityModel.shipped());

  /** The model grouping uses now. */
  public SimilarityModel current() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, model FROM similarity_model WHERE adopted = TRUE ORDER BY id DESC LIMIT 1")
            .getResultList();
    if (rows.isEmpty()) {
      return SimilarityModel.shipped();
    }
    var id = ((Number) rows.get(0)[0]).longValue();
    var known = cached;
    if (known.id() != id) {
      known = new Cached(id, SimilarityModel.parse((String) rows.get(0)[1]));
      cached = known;
    }
    return known.model();
  }

  /** A refit as its row keeps it. */
  public record Refit(
      long id,
      Instant fittedAt,
      int labels,
      int same,
      int sampled,
      Double currentPrecision,
      Double currentRecall,
      Double refitPrecision,
      Double refitRecall,
      boolean adopted,
      String note) {}

  /** The newest refits, newest first. */
  public List<Refit> history(int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, fitted_at, labels, same_issue, sampled, current_precision,"
                    + " current_recall, refit_precision, refit_recall, adopted, note"
                    + " FROM similarity_model ORDER BY id DESC LIMIT ?")
            .setParameter(1, max)
            .getResultList();
    return rows.stream().map(SimilarityModels::refitOf).toList();
  }

  private static Refit refitOf(Object[] r) {
    return new Refit(
        ((Number) r[0]).longValue(),
        r[1] instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) r[1],
        ((Number) r[2]).intValue(),
        ((Number) r[3]).intValue(),
        ((Number) r[4]).intValue(),
        r[5] == null ? null : ((Number) r[5]).doubleValue(),
        r[6] == null ? null : ((Number) r[6]).doubleValue(),
        r[7] == null ? null : ((Number) r[7]).doubleValue(),
        r[8] == null ? null : ((Number) r[8]).doubleValue(),
        Boolean.TRUE.equals(r[9]) || (r[9] instanceof Number n && n.intValue() != 0),
        (String) r[10]);
  }

  /** An admin's refit, now; empty if another is running. */
  public java.util.Optional<Refit> refitNow(Member admin) {
    if (members.grants(admin.getId()).stream().noneMatch(g -> g.getRole() == Role.ADMIN)) {
      throw new Refusal("recurring.refit.adminsOnly", admin.getId() + " is no admin");
    }
    return fit(admin.getId());
  }

  /**
   * The scheduled refit, if the last scheduled one is {@code hours} old or older and no other node
   * is refitting; empty if it was not due.
   */
  public java.util.Optional<Refit> refitIfDue(int hours) {
    var due =
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM similarity_model WHERE fitted_by IS NULL"
                            + " AND fitted_at > NOW(3) - INTERVAL ? HOUR")
                    .setParameter(1, hours)
                    .getSingleResult())
            .intValue();
    return due == 0 ? fit(null) : java.util.Optional.empty();
  }

  private java.util.Optional<Refit> fit(Long by) {
    var locked =
        em.createNativeQuery("SELECT GET_LOCK(?, 0)").setParameter(1, LOCK).getSingleResult();
    if (!(locked instanceof Number n) || n.intValue() != 1) {
      return java.util.Optional.empty();
    }
    try {
      var labels = new ArrayList<Example>();
      var sampled = 0;
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT measures, decision, sampled_one_in FROM recurring_suggestion"
                      + " WHERE decision IS NOT NULL AND measures IS NOT NULL ORDER BY id")
              .getResultList();
      for (var row : rows) {
        var measures = ModelRefit.parse((String) row[0]);
        if (measures.isEmpty()) {
          continue; // measured by an earlier model's measures
        }
        var oneIn = row[2] == null ? 1 : ((Number) row[2]).intValue();
        sampled += oneIn > 1 ? 1 : 0;
        labels.add(new Example(measures.get(), "CONFIRMED".equals(row[1]), oneIn));
      }
      var outcome = ModelRefit.of(labels, current());
      em.createNativeQuery(
              "INSERT INTO similarity_model (fitted_by, labels, same_issue, sampled,"
                  + " current_precision, current_recall, refit_precision, refit_recall, adopted,"
                  + " note, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .setParameter(1, by)
          .setParameter(2, outcome.labels())
          .setParameter(3, outcome.same())
          .setParameter(4, sampled)
          .setParameter(5, outcome.current() == null ? null : outcome.current().precision())
          .setParameter(6, outcome.current() == null ? null : outcome.current().recall())
          .setParameter(7, outcome.refit() == null ? null : outcome.refit().figures().precision())
          .setParameter(8, outcome.refit() == null ? null : outcome.refit().figures().recall())
          .setParameter(9, outcome.adopted())
          .setParameter(10, outcome.note())
          .setParameter(
              11,
              outcome.refit() == null
                  ? null
                  : outcome.refit().format("refit on " + outcome.labels() + " curators' decisions"))
          .executeUpdate();
      var sampledLabels = sampled;
      LOG.info(
          () ->
              "Grouping model refit on "
                  + outcome.labels()
                  + " decisions ("
                  + outcome.same()
                  + " confirmed, "
                  + sampledLabels
                  + " sampled below the threshold): "
                  + outcome.note());
      return java.util.Optional.of(history(1).get(0));
    } finally {
      em.createNativeQuery("SELECT RELEASE_LOCK(?)").setParameter(1, LOCK).getSingleResult();
    }
  }
}
