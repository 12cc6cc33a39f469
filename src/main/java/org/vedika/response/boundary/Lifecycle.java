package org.vedika.response.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.vedika.account.entity.Member;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.entity.CloseReason;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemStatus;
import org.vedika.problem.entity.StatusChange;

/** Moves problems through their lifecycle, for the commune's official (or the author reopening). */
@ApplicationScoped
@Transactional
public class Lifecycle {

  private static final Logger AUDIT = Logger.getLogger("org.vedika.audit");

  @Inject Problems problems;

  /**
   * Moves the problem; the entity decides whether the step is legal for this actor.
   *
   * @throws org.vedika.problem.entity.IllegalTransition when it is not (nothing changes)
   */
  public StatusChange move(
      Member actor, long problemId, ProblemStatus to, CloseReason reason, String note) {
    var change = problems.move(actor, problemId, to, reason, note);
    AUDIT.info(
        () ->
            "member "
                + actor.getId()
                + " moved problem "
                + problemId
                + " "
                + change.getFrom()
                + " → "
                + to);
    return change;
  }

  /**
   * The steps this member may take on this problem now (empty: show no status form), given whether
   * they answer for its commune (the page knows from the reader's grants, read once per request;
   * {@link #move} decides again in its transaction).
   */
  public static Set<ProblemStatus> choices(long memberId, boolean answersFor, Problem problem) {
    if (answersFor) {
      return problem.getStatus().next();
    }
    if (problem.getStatus() == ProblemStatus.RESOLVED
        && problem.getAuthor().getId().equals(memberId)) {
      return EnumSet.of(ProblemStatus.OPEN);
    }
    return EnumSet.noneOf(ProblemStatus.class);
  }
}
