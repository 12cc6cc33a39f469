package org.vedika.response.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemStatus;

/**
 * An official's inbox: the open (unresolved, published) problems of the communes they answer for,
 * the most affected and the longest waiting first.
 */
@ApplicationScoped
@Transactional
public class Inbox {

  /** What the official narrowed the inbox to; null fields do not narrow. */
  public record Filter(
      List<String> communes, Category category, ProblemStatus status, String village) {}

  /** The orders the inbox offers. */
  public enum Order {
    /** most votes first, then the longest waiting */
    VOTES("p.voteCount DESC, p.createdAt ASC, p.id ASC"),
    /** the longest waiting first */
    WAITING("p.createdAt ASC, p.id ASC"),
    NEWEST("p.createdAt DESC, p.id DESC");

    final String jpql;

    Order(String jpql) {
      this.jpql = jpql;
    }
  }

  @PersistenceContext EntityManager em;

  public List<Problem> page(Filter filter, Order order, int first, int size) {
    if (filter.communes().isEmpty()) {
      return List.of();
    }
    var query =
        bind(
            em.createQuery(
                "SELECT p FROM Problem p JOIN FETCH p.author"
                    + where(filter)
                    + " ORDER BY "
                    + order.jpql,
                Problem.class),
            filter);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public int count(Filter filter) {
    if (filter.communes().isEmpty()) {
      return 0;
    }
    return bind(
            em.createQuery("SELECT COUNT(p) FROM Problem p" + where(filter), Long.class), filter)
        .getSingleResult()
        .intValue();
  }

  /** Open problems in these communes still waiting for a first official answer (the badge). */
  public long waitingForFirstAnswer(List<String> communes) {
    if (communes.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(p) FROM Problem p WHERE p.communeCode IN :communes"
                + " AND p.moderation = org.vedika.problem.entity.ModerationState.VISIBLE"
                + " AND p.status IN :unresolved AND p.answeredAt IS NULL",
            Long.class)
        .setParameter("communes", communes)
        .setParameter("unresolved", unresolved())
        .getSingleResult();
  }

  private static String where(Filter filter) {
    var where =
        new StringBuilder(
            " WHERE p.communeCode IN :communes"
                + " AND p.moderation = org.vedika.problem.entity.ModerationState.VISIBLE");
    where.append(
        filter.status() == null ? " AND p.status IN :unresolved" : " AND p.status = :status");
    if (filter.category() != null) {
      where.append(" AND p.category = :category");
    }
    if (filter.village() != null) {
      where.append(" AND p.place.code = :village");
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter) {
    query.setParameter("communes", filter.communes());
    if (filter.status() == null) {
      query.setParameter("unresolved", unresolved());
    } else {
      query.setParameter("status", filter.status());
    }
    if (filter.category() != null) {
      query.setParameter("category", filter.category());
    }
    if (filter.village() != null) {
      query.setParameter("village", filter.village());
    }
    return query;
  }

  private static List<ProblemStatus> unresolved() {
    return List.of(ProblemStatus.OPEN, ProblemStatus.ACKNOWLEDGED, ProblemStatus.IN_PROGRESS);
  }
}
