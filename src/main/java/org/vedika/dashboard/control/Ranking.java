package org.vedika.dashboard.control;

import java.util.Comparator;

/**
 * The one formula that ranks recurring problems for policymakers (DESIGN.md §3). A problem rises
 * with the people it affects, how widely it is spread, how much of it is still unresolved and for
 * how long, and whether it is growing:
 *
 * <pre>
 * score = ln(1 + people + √sessionPeople)           people affected: authors and voters online,
 *                                                    plus √ of those counted by trainers at sessions
 *       × (1 + ln(1 + communes) / 2 + ln(1 + provinces) / 4)    how widely it is spread
 *       × (0.25 + unresolvedShare)                   still open (a solved problem keeps a quarter)
 *       × (1 + min(waitDays, 180) / 180)             how long the unresolved ones have waited
 *       × (1.25 if rising, 0.85 if falling, else 1)  last 30 days against the 30 before
 * </pre>
 *
 * Logarithms keep one viral thread from burying a problem reported in forty communes; the square
 * root keeps one trainer's count (37 people at one session) from outranking a problem reported by
 * people of four communes in two provinces (RankingTest pins both); the parts are shown next to
 * every ranked row ("412 people · 37 communes in 9 provinces · 80% unresolved · rising"), and
 * online and session counts are always shown apart.
 */
public final class Ranking {

  /** Rising: at least this many new reports and votes in the last 30 days ... */
  static final int RISING_MIN = 3;

  /** ... and this many times those of the 30 days before. */
  static final double RISING_FACTOR = 1.2;

  static final int WAIT_CAP_DAYS = 180;

  /** Whether a problem is growing: the last 30 days against the 30 before. */
  public enum Trend {
    RISING,
    STEADY,
    FALLING;

    public static Trend of(long last30Days, long previous30Days) {
      if (last30Days >= RISING_MIN && last30Days > previous30Days * RISING_FACTOR) {
        return RISING;
      }
      if (previous30Days >= RISING_MIN && last30Days * RISING_FACTOR < previous30Days) {
        return FALLING;
      }
      return STEADY;
    }

    double weight() {
      return switch (this) {
        case RISING -> 1.25;
        case STEADY -> 1.0;
        case FALLING -> 0.85;
      };
    }
  }

  /**
   * The parts of a ranked row, each shown to the reader.
   *
   * @param people distinct members affected online: authors and voters
   * @param sessionPeople people counted by trainers at awareness sessions (never mixed into people)
   * @param unresolvedShare share of its problems still open, acknowledged or in progress (0 to 1)
   * @param waitDays median days its unresolved problems have waited
   */
  public record Parts(
      long people,
      long sessionPeople,
      int communes,
      int provinces,
      double unresolvedShare,
      long waitDays,
      Trend trend) {

    public Parts {
      if (people < 0 || sessionPeople < 0 || communes < 0 || provinces < 0 || waitDays < 0) {
        throw new IllegalArgumentException("Counts are never negative.");
      }
      if (unresolvedShare < 0 || unresolvedShare > 1) {
        throw new IllegalArgumentException("A share lies between 0 and 1.");
      }
    }

    public double score() {
      return Ranking.score(this);
    }
  }

  /** Highest score first; ties: more people, then more communes. */
  public static final Comparator<Parts> ORDER =
      Comparator.comparingDouble(Ranking::score)
          .thenComparingLong(p -> p.people() + p.sessionPeople())
          .thenComparingInt(Parts::communes)
          .reversed();

  private Ranking() {}

  public static double score(Parts parts) {
    // a trainer's count of n people at a session weighs as the square root of n people online: it
    // is one report of many, heard together, not n members each saying so (issue 20, item 6)
    var affected = Math.log1p(parts.people() + Math.sqrt(parts.sessionPeople()));
    var spread = 1 + Math.log1p(parts.communes()) / 2 + Math.log1p(parts.provinces()) / 4;
    var open = 0.25 + parts.unresolvedShare();
    var waiting = 1 + Math.min(parts.waitDays(), WAIT_CAP_DAYS) / (double) WAIT_CAP_DAYS;
    return affected * spread * open * waiting * parts.trend().weight();
  }
}
