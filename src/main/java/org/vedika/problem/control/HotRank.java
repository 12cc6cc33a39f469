package org.vedika.problem.control;

/**
 * The "hot" order of a forum: votes and replies, decayed by age. The score is stored with the
 * problem and recomputed by the same SQL expression whenever a vote or reply changes it, so a place
 * page sorts by an index instead of scoring thousands of rows per view.
 *
 * <p>{@code hot = log10(1 + votes + replies / 2) + (created − 2026-01-01) / 45,000 s}: every 12.5
 * hours of age weigh as much as ten times the activity (the order Reddit uses), so the order of two
 * problems only changes when one of them gets a vote or reply — no periodic recomputation.
 */
public final class HotRank {

  /** Seconds of age that weigh as much as a tenfold rise in activity. */
  public static final int DECAY_SECONDS = 45_000;

  /** 2026-01-01T00:00:00Z: keeps the scores small. */
  public static final long EPOCH = 1_767_225_600L;

  /** The SQL expression over a {@code problem} row; the one place the formula lives. */
  public static final String SQL =
      "LOG10(1 + vote_count + reply_count / 2) + (UNIX_TIMESTAMP(created_at) - "
          + EPOCH
          + ") / "
          + DECAY_SECONDS;

  private HotRank() {}
}
