package org.vedika.response.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.vedika.account.boundary.Members;
import org.vedika.account.entity.Member;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.entity.CloseReason;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemChanged;
import org.vedika.problem.entity.ProblemEvent;
import org.vedika.problem.entity.ProblemStatus;
import org.vedika.problem.entity.StatusChange;

/** Moves problems through their lifecycle, for the commune's official (or the author reopening). */
@Stateless
public class Lifecycle {

  private static final Logger AUDIT = Logger.getLogger("org.vedika.audit");

  @PersistenceContext EntityManager em;
  @Inject Members members;
  @Inject Event<ProblemEvent> events;
  @Inject Event<ProblemChanged> changed;
  @Inject Problems problems;

  /**
   * Moves the problem; the entity decides whether the step is legal for this actor.
   *
   * @throws org.vedika.problem.entity.IllegalTransition when it is not (nothing changes)
   */
  public StatusChange move(
      Member actor, long problemId, ProblemStatus to, CloseReason reason, String note) {
    var problem = problems.lockPublished(problemId);
    var official = members.answersFor(actor.getId(), problem.getCommuneCode());
    var from = problem.getStatus();
    var change = problem.moveTo(to, reason, note, actor, official, Instant.now());
    em.persist(change);
    em.flush();
    events.fire(new ProblemEvent.StatusChanged(problemId, actor.getId(), from, to));
    changed.fire(new ProblemChanged(problemId));
    AUDIT.info(() -> "member " + actor.getId() + " moved problem " + problemId + " " + from + " → " + to);
    return change;
  }

  /** The steps this member may take on this problem now (empty: show no status form). */
  public Set<ProblemStatus> choices(long memberId, Problem problem) {
    if (members.answersFor(memberId, problem.getCommuneCode())) {
      return problem.getStatus().next();
    }
    if (problem.getStatus() == ProblemStatus.RESOLVED
        && problem.getAuthor().getId().equals(memberId)) {
      return EnumSet.of(ProblemStatus.OPEN);
    }
    return EnumSet.noneOf(ProblemStatus.class);
  }
}
