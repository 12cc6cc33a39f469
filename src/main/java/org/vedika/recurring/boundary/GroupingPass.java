package org.vedika.recurring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The periodic grouping pass, run by the dashboard's aggregation. It holds no transaction itself
 * (the transaction rule: said once, on the class): each problem is looked at in a transaction of
 * its own ({@link Grouping#suggestFor}), so the pass never holds a problem row that people are
 * voting on for longer than one problem's look. It holds no entity manager either: it runs on the
 * managed scheduler's thread, where Payara closes a transaction-less entity manager of a CDI bean
 * before its first query (the ids come from {@link Grouping#neverLookedAt}, in a transaction).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class GroupingPass {

  @Inject Grouping grouping;

  /** Looks at up to {@code limit} public problems never looked at; how many. */
  public int suggestPending(int limit) {
    var ids = grouping.neverLookedAt(limit);
    ids.forEach(grouping::suggestFor);
    return ids.size();
  }
}
