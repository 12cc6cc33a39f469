package org.vedika.problem.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.vedika.problem.control.HotRank;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemChanged;
import org.vedika.search.control.SearchText;

/**
 * The only writer of a problem's counters ({@code vote_count}, {@code people} — its author and its
 * voters, each once — and {@code reply_count}) and of its replies' {@code helpful_count}, its hot
 * score, its last activity, its first official answer and its search words. Each change is one
 * atomic {@code UPDATE} in the caller's transaction, after the caller took the problem's row lock
 * ({@link Problems#lock}), so a counter always equals its rows; each fires {@link ProblemChanged}.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ProblemCounters {

  /**
   * A member's vote changes the people it affects unless the member is its author (counted anyway):
   * the parameters are the member and the change.
   */
  private static final String PEOPLE = "people = people + IF(author_id = ?, 0, ?)";

  @PersistenceContext EntityManager em;
  @Inject Event<ProblemChanged> changed;

  /** A member's vote was added (positive) or taken back (negative). */
  public void votes(long problemId, long memberId, int change) {
    if (change == 0) {
      return;
    }
    em.createNativeQuery(
            "UPDATE problem FORCE INDEX (PRIMARY) SET vote_count = vote_count + ?, "
                + PEOPLE
                + ", hot = "
                + HotRank.SQL
                + " WHERE id = ?")
        .setParameter(1, change)
        .setParameter(2, memberId)
        .setParameter(3, change)
        .setParameter(4, problemId)
        .executeUpdate();
    changed.fire(new ProblemChanged(problemId));
  }

  /**
   * A vote counted on a problem that takes votes, as one atomic {@code UPDATE} that also takes the
   * row's lock until the transaction ends: the voting transaction then inserts the vote row (whose
   * foreign key would otherwise share-lock the row first, and two voters holding that shared lock
   * and both wanting the exclusive one is a deadlock). False, and nothing changed, when the problem
   * is not there or takes no votes ({@link Problem#TAKES_VOTES}); the caller asks the problem why.
   */
  public boolean countVote(long problemId, long memberId, int change) {
    // FORCE INDEX (PRIMARY): with the row's conditions in the WHERE, MariaDB plans this on the
    // secondary index (merged_into, id) and locks that index's entries too; by the key it locks
    // the one row (docs/benchmarks.md, the votes' regression)
    var counted =
        em.createNativeQuery(
                "UPDATE problem FORCE INDEX (PRIMARY) SET vote_count = vote_count + ?, "
                    + PEOPLE
                    + ", hot = "
                    + HotRank.SQL
                    + " WHERE id = ? AND "
                    + Problem.TAKES_VOTES)
            .setParameter(1, change)
            .setParameter(2, memberId)
            .setParameter(3, change)
            .setParameter(4, problemId)
            .executeUpdate();
    if (counted == 1) {
      changed.fire(new ProblemChanged(problemId));
    }
    return counted == 1;
  }

  /** Votes moved in or out wholesale (a merge): counted again from the rows. */
  public void recountVotes(long problemId) {
    // MariaDB sets left to right: people counts the new vote_count
    em.createNativeQuery(
            "UPDATE problem SET vote_count = (SELECT COUNT(*) FROM vote WHERE problem_id = ?),"
                + " people = vote_count + (NOT EXISTS (SELECT 1 FROM vote v"
                + " WHERE v.problem_id = problem.id AND v.member_id = problem.author_id))"
                + " WHERE id = ?")
        .setParameter(1, problemId)
        .setParameter(2, problemId)
        .executeUpdate();
    rescore(problemId);
  }

  /**
   * A reply became public (new, or approved, or restored): one more reply, new activity, its words
   * searchable; an official's reply stamps the first official answer.
   */
  public void replyShown(long problemId, String body, boolean official) {
    em.createNativeQuery(
            "UPDATE problem SET reply_count = reply_count + 1, last_activity_at = CURRENT_TIMESTAMP(3)"
                + ", search_text = CONCAT(search_text, ' ', ?)"
                + (official ? ", answered_at = IFNULL(answered_at, CURRENT_TIMESTAMP(3))" : "")
                + ", hot = "
                + HotRank.SQL
                + " WHERE id = ?")
        .setParameter(1, SearchText.index(body))
        .setParameter(2, problemId)
        .executeUpdate();
    changed.fire(new ProblemChanged(problemId));
  }

  /** A public reply was hidden or deleted: one reply less, and its words no longer find it. */
  public void replyGone(long problemId) {
    em.createNativeQuery(
            "UPDATE problem SET reply_count = reply_count - 1, hot = "
                + HotRank.SQL
                + " WHERE id = ?")
        .setParameter(1, problemId)
        .executeUpdate();
    reindex(problemId);
  }

  /** A public reply was rewritten: the problem is found by its new words, not its old ones. */
  public void replyEdited(long problemId) {
    reindex(problemId);
  }

  /** A member's "helpful" mark on a reply was added (positive) or taken back (negative). */
  public void helpful(long problemId, long replyId, int change) {
    em.createNativeQuery("UPDATE reply SET helpful_count = helpful_count + ? WHERE id = ?")
        .setParameter(1, change)
        .setParameter(2, replyId)
        .executeUpdate();
    changed.fire(new ProblemChanged(problemId));
  }

  /**
   * The problem's search words again from its rows: its title and text and its public replies
   * (after text was erased, none of it may stay findable).
   */
  public void reindex(long problemId) {
    em.flush(); // the reply just changed, deleted or hidden in this transaction is read as it is
    // now
    var problem =
        (Object[])
            em.createNativeQuery("SELECT title, body FROM problem WHERE id = ?")
                .setParameter(1, problemId)
                .getSingleResult();
    var words = new StringBuilder(SearchText.index(problem[0] + "\n" + problem[1]));
    for (var reply :
        em.createNativeQuery(
                "SELECT body FROM reply WHERE problem_id = ? AND moderation = 'VISIBLE'"
                    + " AND deleted = FALSE ORDER BY created_at, id")
            .setParameter(1, problemId)
            .getResultList()) {
      words.append(' ').append(SearchText.index(String.valueOf(reply)));
    }
    em.createNativeQuery("UPDATE problem SET search_text = ? WHERE id = ?")
        .setParameter(1, words.toString())
        .setParameter(2, problemId)
        .executeUpdate();
    changed.fire(new ProblemChanged(problemId));
  }

  /** A trainer recorded another session where people reported it: its count grows by as many. */
  public void sessionReported(long problemId, int people) {
    em.createNativeQuery("UPDATE problem SET session_reports = session_reports + ? WHERE id = ?")
        .setParameter(1, people)
        .setParameter(2, problemId)
        .executeUpdate();
    changed.fire(new ProblemChanged(problemId));
  }

  /** A new problem: its first score and its words. */
  public void raised(long problemId, String text) {
    em.createNativeQuery(
            "UPDATE problem SET search_text = ?, hot = " + HotRank.SQL + " WHERE id = ?")
        .setParameter(1, SearchText.index(text))
        .setParameter(2, problemId)
        .executeUpdate();
    changed.fire(new ProblemChanged(problemId));
  }

  /** The score again from the row (after a wholesale change). */
  public void rescore(long problemId) {
    em.createNativeQuery("UPDATE problem SET hot = " + HotRank.SQL + " WHERE id = ?")
        .setParameter(1, problemId)
        .executeUpdate();
    changed.fire(new ProblemChanged(problemId));
  }
}
