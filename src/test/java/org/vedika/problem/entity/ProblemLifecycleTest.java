package org.vedika.problem.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vedika.problem.entity.ProblemStatus.ACKNOWLEDGED;
import static org.vedika.problem.entity.ProblemStatus.CLOSED;
import static org.vedika.problem.entity.ProblemStatus.IN_PROGRESS;
import static org.vedika.problem.entity.ProblemStatus.OPEN;
import static org.vedika.problem.entity.ProblemStatus.RESOLVED;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vedika.account.entity.Member;
import org.vedika.place.entity.Place;
import org.vedika.place.entity.PlaceLevel;

/** Every step of the lifecycle, allowed and refused, for the official and for the author. */
class ProblemLifecycleTest {

  static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
  static final Member AUTHOR = member(1L);
  static final Member OFFICIAL = member(2L);
  static final Member NEIGHBOUR = member(3L);

  /** The steps an official may take: everything else is refused. */
  static final List<List<ProblemStatus>> ALLOWED =
      List.of(
          List.of(OPEN, ACKNOWLEDGED),
          List.of(OPEN, IN_PROGRESS),
          List.of(OPEN, RESOLVED),
          List.of(OPEN, CLOSED),
          List.of(ACKNOWLEDGED, IN_PROGRESS),
          List.of(ACKNOWLEDGED, RESOLVED),
          List.of(ACKNOWLEDGED, CLOSED),
          List.of(IN_PROGRESS, RESOLVED),
          List.of(IN_PROGRESS, CLOSED),
          List.of(RESOLVED, OPEN),
          List.of(RESOLVED, CLOSED),
          List.of(CLOSED, OPEN));

  static Stream<Arguments> everyStep() {
    return EnumSet.allOf(ProblemStatus.class).stream()
        .flatMap(
            from -> EnumSet.allOf(ProblemStatus.class).stream().map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "official: {0} → {1}")
  @MethodSource("everyStep")
  void theOfficialTakesExactlyTheAllowedSteps(ProblemStatus from, ProblemStatus to) {
    var problem = problemIn(from);
    var reason = to == CLOSED ? CloseReason.REFERRED_NSSF : null;
    if (ALLOWED.contains(List.of(from, to))) {
      var change = problem.moveTo(to, reason, "A note for the citizens.", OFFICIAL, true, NOW);
      assertThat(problem.getStatus()).isEqualTo(to);
      assertThat(change.getFrom()).isEqualTo(from);
      assertThat(change.getTo()).isEqualTo(to);
      assertThat(change.isOfficial()).isTrue();
      assertThat(change.getActor()).isSameAs(OFFICIAL);
    } else {
      assertThatThrownBy(() -> problem.moveTo(to, reason, "A note.", OFFICIAL, true, NOW))
          .isInstanceOf(IllegalTransition.class)
          .extracting(e -> ((IllegalTransition) e).bundleKey())
          .isEqualTo("status.illegal");
      assertThat(problem.getStatus()).isEqualTo(from);
    }
  }

  @ParameterizedTest(name = "author: {0} → {1}")
  @MethodSource("everyStep")
  void theAuthorOnlyReopensAResolvedProblem(ProblemStatus from, ProblemStatus to) {
    var problem = problemIn(from);
    if (from == RESOLVED && to == OPEN) {
      problem.moveTo(OPEN, null, null, AUTHOR, false, NOW);
      assertThat(problem.getStatus()).isEqualTo(OPEN);
      assertThat(problem.getResolvedAt()).isNull();
    } else {
      var reason = to == CLOSED ? CloseReason.DUPLICATE : null;
      assertThatThrownBy(() -> problem.moveTo(to, reason, "A note.", AUTHOR, false, NOW))
          .isInstanceOf(IllegalTransition.class);
      assertThat(problem.getStatus()).isEqualTo(from);
    }
  }

  @Test
  void nobodyElseMovesAProblemNotEvenToReopenIt() {
    var problem = problemIn(RESOLVED);
    assertThatThrownBy(() -> problem.moveTo(OPEN, null, null, NEIGHBOUR, false, NOW))
        .isInstanceOf(IllegalTransition.class)
        .extracting(e -> ((IllegalTransition) e).bundleKey())
        .isEqualTo("status.notYours");
    assertThat(problem.getStatus()).isEqualTo(RESOLVED);
  }

  @Test
  void resolvingAndClosingNeedANoteAndClosingAReason() {
    var problem = problemIn(IN_PROGRESS);
    assertThatThrownBy(() -> problem.moveTo(RESOLVED, null, "  ", OFFICIAL, true, NOW))
        .extracting(e -> ((IllegalTransition) e).bundleKey())
        .isEqualTo("status.noteRequired");
    assertThatThrownBy(
            () -> problem.moveTo(CLOSED, CloseReason.OFF_TOPIC, null, OFFICIAL, true, NOW))
        .extracting(e -> ((IllegalTransition) e).bundleKey())
        .isEqualTo("status.noteRequired");
    assertThatThrownBy(() -> problem.moveTo(CLOSED, null, "Not ours.", OFFICIAL, true, NOW))
        .extracting(e -> ((IllegalTransition) e).bundleKey())
        .isEqualTo("status.reasonRequired");
    assertThatThrownBy(
            () -> problem.moveTo(ACKNOWLEDGED, CloseReason.OFF_TOPIC, null, OFFICIAL, true, NOW))
        .isInstanceOf(IllegalTransition.class);
    assertThat(problem.getStatus()).isEqualTo(IN_PROGRESS);
  }

  @Test
  void resolvingRecordsWhenAndANoteAndClosingItsReason() {
    var problem = problemIn(OPEN);
    var change =
        problem.moveTo(
            RESOLVED, null, "  Cards delivered at the commune hall.  ", OFFICIAL, true, NOW);
    assertThat(problem.getResolvedAt()).isEqualTo(NOW);
    assertThat(change.getNote()).isEqualTo("Cards delivered at the commune hall.");
    problem.moveTo(
        CLOSED, CloseReason.REFERRED_DISTRICT, "Sent to the district.", OFFICIAL, true, NOW);
    assertThat(problem.getCloseReason()).isEqualTo(CloseReason.REFERRED_DISTRICT);
    problem.moveTo(OPEN, null, null, OFFICIAL, true, NOW);
    assertThat(problem.getCloseReason()).isNull();
    assertThat(problem.getResolvedAt()).isNull();
  }

  @Test
  void aNoteHasALimit() {
    var problem = problemIn(OPEN);
    var note = "ក".repeat(StatusChange.NOTE_MAX + 1);
    assertThatThrownBy(() -> problem.moveTo(RESOLVED, null, note, OFFICIAL, true, NOW))
        .extracting(e -> ((IllegalTransition) e).bundleKey())
        .isEqualTo("status.noteTooLong");
  }

  /** A problem brought to {@code status} by the official, the legal way. */
  private static Problem problemIn(ProblemStatus status) {
    var village =
        new Place("05070101", PlaceLevel.VILLAGE, "ភូមិ", "Phum", "អំពិលផ្អែម", "Ampil Ph'aem");
    var problem =
        new Problem(
            village,
            AUTHOR,
            "The hospital refused my NSSF card",
            "Body of the problem.",
            Category.NSSF_HEALTH_WORKERS);
    switch (status) {
      case OPEN -> {}
      case ACKNOWLEDGED, IN_PROGRESS, RESOLVED ->
          problem.moveTo(status, null, "Note.", OFFICIAL, true, NOW);
      case CLOSED -> problem.moveTo(CLOSED, CloseReason.DUPLICATE, "Note.", OFFICIAL, true, NOW);
    }
    return problem;
  }

  private static Member member(long id) {
    var member = new Member("01234500" + id, "Member " + id, "hash", "05070101");
    try {
      var field = Member.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(member, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return member;
  }
}
