package org.vedika.workshop.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vedika.account.entity.Member;
import org.vedika.problem.entity.Problem;

/**
 * A commune workshop: when, where, about what, its agenda of problems and, afterwards, outcomes.
 */
@Entity
@Table(name = "workshop")
public class Workshop {

  public static final int VENUE_MAX = 200;
  public static final int TOPIC_MAX = 200;
  public static final int AGENDA_MAX = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "commune_code", nullable = false, updatable = false, length = 6)
  private String communeCode;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(nullable = false, length = VENUE_MAX)
  private String venue;

  @Column(nullable = false, length = TOPIC_MAX)
  private String topic;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organiser_id", nullable = false, updatable = false)
  private Member organiser;

  @Column(nullable = false, insertable = false, updatable = false)
  private int attendees;

  @OneToMany(mappedBy = "workshop", cascade = CascadeType.PERSIST, orphanRemoval = false)
  @OrderBy("position")
  private List<WorkshopItem> agenda = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Workshop() {}

  /**
   * Plans a workshop with its agenda, in order.
   *
   * @throws IllegalArgumentException for a workshop in the past, an empty or too long agenda, or a
   *     problem of another commune
   */
  public Workshop(
      String communeCode,
      Instant startsAt,
      String venue,
      String topic,
      Member organiser,
      List<Problem> agenda,
      Instant now) {
    this.communeCode = Objects.requireNonNull(communeCode);
    if (startsAt == null || !startsAt.isAfter(now)) {
      throw new IllegalArgumentException("A workshop is planned for a time still to come.");
    }
    if (agenda.isEmpty() || agenda.size() > AGENDA_MAX) {
      throw new IllegalArgumentException("An agenda has 1 to " + AGENDA_MAX + " problems.");
    }
    this.startsAt = startsAt;
    this.venue = Objects.requireNonNull(venue).strip();
    this.topic = Objects.requireNonNull(topic).strip();
    this.organiser = Objects.requireNonNull(organiser);
    this.createdAt = now;
    var position = 0;
    for (var problem : agenda) {
      if (!communeCode.equals(problem.getCommuneCode())) {
        throw new IllegalArgumentException(
            "Problem " + problem.getId() + " is not in " + communeCode);
      }
      this.agenda.add(new WorkshopItem(this, problem, ++position));
    }
  }

  /** Whether the workshop has begun, so its outcomes can be recorded. */
  public boolean hasStarted(Instant now) {
    return !startsAt.isAfter(now);
  }

  public Long getId() {
    return id;
  }

  public String getCommuneCode() {
    return communeCode;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public String getVenue() {
    return venue;
  }

  public String getTopic() {
    return topic;
  }

  public Member getOrganiser() {
    return organiser;
  }

  public int getAttendees() {
    return attendees;
  }

  public List<WorkshopItem> getAgenda() {
    return agenda;
  }
}
