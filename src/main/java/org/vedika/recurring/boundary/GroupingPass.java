package org.vedika.recurring.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.vedika.problem.entity.ModerationState;

/**
 * The periodic grouping pass, run by the dashboard's aggregation. It holds no transaction itself
 * (the transaction rule: said once, on the class): each problem is looked at in a transaction of
 * its own ({@link Grouping#suggestFor}), so the pass never holds a problem row that people are
 * voting on for longer than one problem's look.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GroupingPass {

  @PersistenceContext EntityManager em;
  @Inject Grouping grouping;

  /** Looks at up to {@code limit} public problems never looked at; how many. */
  public int suggestPending(int limit) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM problem WHERE suggested_at IS NULL AND moderation = ? ORDER BY id LIMIT ?")
            .setParameter(1, ModerationState.VISIBLE.name())
            .setParameter(2, limit)
            .getResultList();
    ids.forEach(id -> grouping.suggestFor(id.longValue()));
    return ids.size();
  }
}
