package org.vedika.pagecache.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import java.util.UUID;

/**
 * The change log's writing side: one {@code page_change} row per changed problem and transaction,
 * written in the writer's transaction, so the other nodes see it exactly when the change commits.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class PageChangeLog {

  /** This node, in the log: its own rows are not read back (it dropped those pages already). */
  public static final String NODE = UUID.randomUUID().toString();

  @PersistenceContext EntityManager em;

  /**
   * The place a problem was raised in: one primary-key read of one column, in the writer's
   * transaction (a vote holds the problem's row meanwhile, so it is kept short; loading the entity
   * would read its author and place too).
   */
  public Optional<String> placeOf(long problemId) {
    return em
        .createNativeQuery("SELECT place_code FROM problem WHERE id = ?")
        .setParameter(1, problemId)
        .getResultList()
        .stream()
        .findFirst()
        .map(String::valueOf);
  }

  /** Tells the other nodes, once this transaction commits, to drop the pages of these tags. */
  public void record(String tags) {
    em.createNativeQuery("INSERT INTO page_change (node, tags) VALUES (?, ?)")
        .setParameter(1, NODE)
        .setParameter(2, tags)
        .executeUpdate();
  }
}
