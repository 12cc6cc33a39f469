package org.vedika.archfixture.vote.boundary;

import org.vedika.archfixture.problem.entity.Problem;

/**
 * Allowed: vote uses problem; writes its own table; locks a problem row ({@code FOR UPDATE} is no
 * write). Planted: the problem counter updated here, and a table named at run time (rule 4).
 */
public class Votes {

  public Problem problem;

  static final String LOCK = "SELECT id FROM problem WHERE id = ? FOR UPDATE";

  static final String CAST = "INSERT IGNORE INTO vote (problem_id, member_id) VALUES (?, ?)";

  static final String RETRACT = "DELETE FROM vote WHERE problem_id = ? AND member_id = ?";

  static final String MONTH =
      "INSERT INTO vote (problem_id, member_id) SELECT id, author_id FROM problem"
          + " ON DUPLICATE KEY UPDATE member_id = VALUES(member_id)";

  // UPDATE problem SET vote_count = 0 (a comment, not a statement)

  static String count() {
    return
        // the planted write of another feature's table
        "UPDATE problem SET vote_count = vote_count + 1"
            + " WHERE id = ?";
  }

  static String hide(String table) {
    return "UPDATE " + table + " SET moderation = 'HIDDEN' WHERE id = ?";
  }
}
