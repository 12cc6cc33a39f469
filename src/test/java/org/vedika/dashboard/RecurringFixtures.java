package org.vedika.dashboard;

import org.vedika.testing.Fixtures;

/** Recurring problems for tests outside this package. */
public final class RecurringFixtures {

  private RecurringFixtures() {}

  /** A recurring problem holding this problem; its id. */
  public static long group(long problemId) {
    var group =
        Fixtures.insert(
            "INSERT INTO recurring_problem (title_km, title_en, category) VALUES (?, ?, ?)",
            "មណ្ឌលសុខភាពសុំលុយ",
            "Health centres ask for money",
            "HEF_HEALTH_CARE");
    Fixtures.execute("UPDATE problem SET recurring_id = " + group + " WHERE id = " + problemId);
    return group;
  }
}
