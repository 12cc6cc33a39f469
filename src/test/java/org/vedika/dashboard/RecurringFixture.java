package org.vedika.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.vedika.testing.Fixtures;

/**
 * A recurring problem inserted directly: one published problem per commune, each by its own author,
 * raised {@code daysAgo}, and the same {@code voters} voting on every one of them (so the people
 * affected are the authors plus the voters, each once).
 */
record RecurringFixture(long groupId, List<Long> problems, List<Long> voters) {

  static RecurringFixture create(
      String titleKm,
      String titleEn,
      String category,
      List<String> communes,
      int voterCount,
      int daysAgo) {
    var problems = new ArrayList<Long>();
    var voters = new ArrayList<Long>();
    for (var i = 0; i < voterCount; i++) {
      voters.add(Fixtures.member(Fixtures.newPhone(), "voter " + i, "05070101"));
    }
    var group =
        Fixtures.insert(
            "INSERT INTO recurring_problem (title_km, title_en, category) VALUES (?, ?, ?)",
            titleKm,
            titleEn,
            category);
    for (var commune : communes) {
      var author = Fixtures.member(Fixtures.newPhone(), "author in " + commune, "05070101");
      var id = Fixtures.problem(author, commune, category, titleKm + " (" + commune + ")");
      problems.add(id);
      for (var voter : voters) {
        Fixtures.execute(
            "INSERT INTO vote (problem_id, member_id) VALUES (" + id + ", " + voter + ")");
      }
      Fixtures.execute(
          "UPDATE problem SET recurring_id = "
              + group
              + ", vote_count = "
              + voterCount
              + ", created_at = NOW(3) - INTERVAL "
              + daysAgo
              + " DAY WHERE id = "
              + id);
    }
    return new RecurringFixture(group, problems, voters);
  }
}
