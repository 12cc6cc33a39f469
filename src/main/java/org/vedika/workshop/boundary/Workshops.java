package org.vedika.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.vedika.account.boundary.Members;
import org.vedika.account.entity.Member;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.ProblemStatus;
import org.vedika.response.boundary.Lifecycle;
import org.vedika.workshop.entity.Workshop;
import org.vedika.workshop.entity.WorkshopEvent;
import org.vedika.workshop.entity.WorkshopItem;

/** Plans commune workshops, counts who will attend, and records what they decided. */
@ApplicationScoped
@Transactional
public class Workshops {

  /** How many of the commune's top open problems the planning form proposes. */
  public static final int PROPOSED = 8;

  private static final Logger AUDIT = Logger.getLogger("org.vedika.audit");

  /** Refused: not the commune's official, or not yet/no longer possible. Nothing changes. */
  public static class Refused extends org.vedika.Refusal {
    public Refused(String bundleKey, String detail) {
      super(bundleKey, detail);
    }
  }

  @Inject Event<WorkshopEvent> events;
  @PersistenceContext EntityManager em;

  @jakarta.inject.Inject
  jakarta.enterprise.event.Event<org.vedika.workshop.entity.WorkshopScheduled> scheduled;

  @Inject Members members;
  @Inject Lifecycle lifecycle;

  /** The commune's open problems, the most affected first: the agenda the form proposes. */
  public List<Problem> proposedAgenda(String communeCode) {
    return em.createQuery(
            "SELECT p FROM Problem p WHERE p.communeCode = :commune"
                + " AND p.moderation = org.vedika.problem.entity.ModerationState.VISIBLE"
                + " AND p.status IN :open ORDER BY p.voteCount DESC, p.sessionReports DESC, p.id",
            Problem.class)
        .setParameter("commune", communeCode)
        .setParameter(
            "open",
            List.of(ProblemStatus.OPEN, ProblemStatus.ACKNOWLEDGED, ProblemStatus.IN_PROGRESS))
        .setMaxResults(PROPOSED)
        .getResultList();
  }

  public Workshop schedule(
      Member official,
      String communeCode,
      Instant startsAt,
      String venue,
      String topic,
      List<Long> problemIds) {
    mustAnswerFor(official, communeCode);
    var agenda =
        problemIds.stream()
            .distinct()
            .map(id -> em.find(Problem.class, id))
            .filter(p -> p != null && p.isPublished())
            .toList();
    try {
      var workshop =
          new Workshop(communeCode, startsAt, venue, topic, official, agenda, Instant.now());
      em.persist(workshop);
      em.flush();
      agenda.forEach(
          problem ->
              events.fire(
                  new WorkshopEvent.Planned(workshop.getId(), official.getId(), problem.getId())));
      scheduled.fire(
          new org.vedika.workshop.entity.WorkshopScheduled(
              workshop.getId(), official.getId(), communeCode, agenda.get(0).getId()));
      AUDIT.info(
          () ->
              "member "
                  + official.getId()
                  + " scheduled workshop "
                  + workshop.getId()
                  + " in "
                  + communeCode);
      return workshop;
    } catch (IllegalArgumentException invalid) {
      throw new Refused(
          agenda.isEmpty() ? "workshop.agenda.required" : "workshop.invalid", invalid.getMessage());
    }
  }

  public Workshop find(long id) {
    return em.find(Workshop.class, id);
  }

  /** Upcoming workshops of a commune, the soonest first. */
  public List<Workshop> upcoming(String communeCode) {
    return em.createQuery(
            "SELECT w FROM Workshop w WHERE w.communeCode = :commune AND w.startsAt > :now ORDER BY w.startsAt",
            Workshop.class)
        .setParameter("commune", communeCode)
        .setParameter("now", Instant.now())
        .getResultList();
  }

  /** Past workshops of a commune, the latest first (they stay listed). */
  public List<Workshop> past(String communeCode) {
    return em.createQuery(
            "SELECT w FROM Workshop w WHERE w.communeCode = :commune AND w.startsAt <= :now ORDER BY w.startsAt DESC",
            Workshop.class)
        .setParameter("commune", communeCode)
        .setParameter("now", Instant.now())
        .setMaxResults(20)
        .getResultList();
  }

  /** "I'll attend": once per member; the count stays equal to the rows. */
  public void attend(long memberId, long workshopId) {
    lock(workshopId);
    var added =
        em.createNativeQuery(
                "INSERT IGNORE INTO workshop_attendee (workshop_id, member_id) VALUES (?, ?)")
            .setParameter(1, workshopId)
            .setParameter(2, memberId)
            .executeUpdate();
    count(workshopId, added);
  }

  public void withdraw(long memberId, long workshopId) {
    lock(workshopId);
    var removed =
        em.createNativeQuery(
                "DELETE FROM workshop_attendee WHERE workshop_id = ? AND member_id = ?")
            .setParameter(1, workshopId)
            .setParameter(2, memberId)
            .executeUpdate();
    count(workshopId, -removed);
  }

  public boolean attends(long memberId, long workshopId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM workshop_attendee WHERE workshop_id = ? AND member_id = ?")
        .setParameter(1, workshopId)
        .setParameter(2, memberId)
        .getResultList()
        .isEmpty();
  }

  /**
   * The commune's official records what the workshop decided, per agenda item; an item may also
   * move its problem through the lifecycle, with the outcome as the note (the timeline shows both).
   */
  public void recordOutcomes(
      Member official,
      long workshopId,
      Map<Long, String> outcomes,
      Map<Long, ProblemStatus> moves) {
    var workshop = lock(workshopId);
    mustAnswerFor(official, workshop.getCommuneCode());
    var now = Instant.now();
    if (!workshop.hasStarted(now)) {
      throw new Refused("workshop.notYet", "workshop " + workshopId + " has not started");
    }
    for (var item : workshop.getAgenda()) {
      var problemId = item.getProblem().getId();
      var outcome = outcomes.get(problemId);
      if (outcome == null || outcome.isBlank()) {
        continue;
      }
      try {
        item.record(outcome, now);
      } catch (IllegalArgumentException tooLong) {
        throw new Refused("workshop.outcome.size", tooLong.getMessage());
      }
      var move = moves.get(problemId);
      if (move != null && move != item.getProblem().getStatus()) {
        // the status change tells the followers, with the outcome as its note
        lifecycle.move(official, problemId, move, null, outcome);
      } else {
        events.fire(new WorkshopEvent.OutcomeRecorded(workshopId, official.getId(), problemId));
      }
    }
    AUDIT.info(() -> "member " + official.getId() + " recorded outcomes of workshop " + workshopId);
  }

  /** The workshops a problem was on the agenda of, the earliest first (for its timeline). */
  public List<WorkshopItem> itemsOf(long problemId) {
    return em.createNamedQuery(WorkshopItem.OF_PROBLEM, WorkshopItem.class)
        .setParameter("problem", problemId)
        .getResultList();
  }

  private void mustAnswerFor(Member official, String communeCode) {
    if (!members.answersFor(official.getId(), communeCode)) {
      throw new Refused(
          "workshop.notYours", "member " + official.getId() + " is not official of " + communeCode);
    }
  }

  private Workshop lock(long workshopId) {
    var workshop = em.find(Workshop.class, workshopId, LockModeType.PESSIMISTIC_WRITE);
    if (workshop == null) {
      throw new Refused("workshop.unknown", "no workshop " + workshopId);
    }
    return workshop;
  }

  private void count(long workshopId, int change) {
    if (change != 0) {
      em.createNativeQuery("UPDATE workshop SET attendees = attendees + ? WHERE id = ?")
          .setParameter(1, change)
          .setParameter(2, workshopId)
          .executeUpdate();
    }
  }

  /** The workshops the member attended, for their data download. */
  public jakarta.json.JsonArray dataOf(long memberId) {
    return org.vedika.JsonRows.of(
        em.createNativeQuery(
                "SELECT workshop_id, created_at FROM workshop_attendee WHERE member_id = ?"
                    + " ORDER BY created_at")
            .setParameter(1, memberId)
            .getResultList(),
        "workshop",
        "createdAt");
  }
}
