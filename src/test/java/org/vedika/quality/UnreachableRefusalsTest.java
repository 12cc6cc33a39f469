package org.vedika.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vedika.testing.Entities.withId;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.vedika.Refusal;
import org.vedika.account.boundary.Members;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.RoleGrant;
import org.vedika.moderation.boundary.Moderation;
import org.vedika.moderation.entity.Action;
import org.vedika.moderation.entity.Reason;
import org.vedika.place.entity.Place;
import org.vedika.place.entity.PlaceLevel;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.Problem;
import org.vedika.workshop.boundary.Workshops;
import org.vedika.workshop.entity.Workshop;

/**
 * The refusals no member can meet through HTTP ({@link RefusalsIT#UNREACHABLE} says why), each
 * thrown by its own code path: the facade built with {@code new}, its collaborators stand-ins that
 * answer as the real ones would in that state.
 */
class UnreachableRefusalsTest {

  static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  static final Member AUTHOR = withId(new Member("012345101", "Author", "hash", "07050101"), 101L);
  static final Member ACTOR = withId(new Member("012345102", "Actor", "hash", "07050101"), 102L);

  @Test
  void sessionReportsFromSomeoneWhoDoesNotTrainThere() {
    var problems = new Problems();
    set(
        problems,
        "members",
        new Members() {
          @Override
          public boolean trains(long memberId, String placeCode) {
            return false;
          }
        });
    refuses(
        () ->
            problems.raise(
                AUTHOR,
                village(),
                "The hospital refused my NSSF card",
                "Body of the problem.",
                Category.NSSF_HEALTH_WORKERS,
                12),
        "raise.sessionReports.notTrainer");
  }

  @Test
  void aSuspensionOfDaysTheFormDoesNotOffer() {
    var member = withId(new Member("012345103", "Member", "hash", "07050101"), 103L);
    refuses(() -> member.suspend(0, NOW), "moderation.days.invalid");
    refuses(() -> member.suspend(Member.SUSPENSION_DAYS_MAX + 1, NOW), "moderation.days.invalid");
  }

  @Test
  void moderatingAPostOutsideTheModeratorsPlaces() {
    var problem = problem(201L);
    var moderation = new Moderation();
    set(
        moderation,
        "problems",
        new Problems() {
          @Override
          public Problem lock(long problemId) {
            return problem;
          }
        });
    set(
        moderation,
        "members",
        new Members() {
          @Override
          public List<RoleGrant> grants(long memberId) {
            return List.of(
                new RoleGrant(memberId, org.vedika.account.entity.Role.MODERATOR, "0706", null));
          }
        });
    refuses(
        () ->
            moderation.act(
                ACTOR, new Moderation.Target(201L, null), Action.HIDE, Reason.ABUSE, null),
        "moderation.notYours");
  }

  @Test
  void outcomesOfAWorkshopNotYetMetOrUnknown() {
    var workshop =
        new Workshop(
            "070501",
            NOW.plus(Duration.ofDays(7)),
            "Commune hall",
            "Late cash transfers",
            ACTOR,
            List.of(problem(301L)),
            NOW);
    var workshops = new Workshops();
    set(
        workshops,
        "members",
        new Members() {
          @Override
          public boolean answersFor(long memberId, String communeCode) {
            return true;
          }
        });
    set(workshops, "em", entityManager(Map.of(7L, workshop)));
    refuses(
        () -> workshops.recordOutcomes(ACTOR, 7L, Map.of(301L, "Paid on the 5th."), Map.of()),
        "workshop.notYet");
    refuses(
        () -> workshops.recordOutcomes(ACTOR, 8L, Map.of(301L, "Paid on the 5th."), Map.of()),
        "workshop.unknown");
  }

  @Test
  void aModeratorAskingTheGroupingModelToRelearn() {
    var models = new org.vedika.recurring.boundary.SimilarityModels();
    set(
        models,
        "members",
        new Members() {
          @Override
          public List<RoleGrant> grants(long memberId) {
            return List.of(
                new RoleGrant(memberId, org.vedika.account.entity.Role.MODERATOR, "0705", 1L));
          }
        });
    refuses(() -> models.refitNow(ACTOR), "recurring.refit.adminsOnly");
  }

  @Test
  void publishingAGuideVersionOnesOwnself() {
    var guide = new org.vedika.guide.entity.Guide(ACTOR, null, NOW);
    guide.write(
        new org.vedika.guide.entity.GuideText(
            Category.NSSF_PENSION,
            "សោធននិវត្តន៍",
            "អត្ថបទ",
            "Pension",
            "Text",
            "https://example.org/source",
            java.time.LocalDate.parse("2026-11-20"),
            false,
            "First version"),
        ACTOR,
        NOW,
        java.time.LocalDate.parse("2026-12-05"));
    withId(guide.newest(), 91L);
    var guides = new org.vedika.guide.boundary.Guides();
    set(
        guides,
        "members",
        new Members() {
          @Override
          public java.util.Set<org.vedika.account.entity.Role> roles(long memberId) {
            return java.util.Set.of(org.vedika.account.entity.Role.OFFICIAL);
          }
        });
    set(guides, "em", entityManager(Map.of(9L, guide)));
    refuses(() -> guides.publish(ACTOR, 9L, 1), "guide.ownVersion");
    // another official may; the version is then the one readers see
    var other = withId(new Member("012345104", "Other", "hash", "07050101"), 104L);
    set(guides, "events", new NoEvents<org.vedika.guide.entity.GuideEvent>());
    guides.publish(other, 9L, 1);
    assertThat(guide.getPublished().getNumber()).isEqualTo(1);
  }

  private static void refuses(ThrowingCallable call, String key) {
    assertThatThrownBy(call)
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo(key);
  }

  /** An entity manager that finds these entities by id, and does nothing else. */
  private static EntityManager entityManager(Map<Long, Object> entities) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("find")) {
                return entities.get(((Number) arguments[1]).longValue());
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static Place village() {
    return new Place(
        "07050101", PlaceLevel.VILLAGE, "ភូមិ", "Phum", "ត្រពាំងតាមាស", "Trapeang Ta Meas");
  }

  private static Problem problem(long id) {
    return withId(
        new Problem(
            village(),
            AUTHOR,
            "The hospital refused my NSSF card",
            "Body of the problem.",
            Category.NSSF_HEALTH_WORKERS),
        id);
  }

  /** Sets a field the container would inject (or the database assign). */
  private static <T> T set(T target, String name, Object value) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      try {
        var field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
        return target;
      } catch (NoSuchFieldException notHere) {
        // a superclass declares it
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no field " + name + " in " + target.getClass());
  }

  /** An event that tells no one (the observers are the container's). */
  static final class NoEvents<T> implements jakarta.enterprise.event.Event<T> {
    @Override
    public void fire(T event) {}

    @Override
    public <U extends T> java.util.concurrent.CompletionStage<U> fireAsync(U event) {
      return java.util.concurrent.CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends T> java.util.concurrent.CompletionStage<U> fireAsync(
        U event, jakarta.enterprise.event.NotificationOptions options) {
      return java.util.concurrent.CompletableFuture.completedFuture(event);
    }

    @Override
    public jakarta.enterprise.event.Event<T> select(java.lang.annotation.Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> jakarta.enterprise.event.Event<U> select(
        Class<U> subtype, java.lang.annotation.Annotation... qualifiers) {
      return new NoEvents<>();
    }

    @Override
    public <U extends T> jakarta.enterprise.event.Event<U> select(
        jakarta.enterprise.util.TypeLiteral<U> subtype,
        java.lang.annotation.Annotation... qualifiers) {
      return new NoEvents<>();
    }
  }
}
