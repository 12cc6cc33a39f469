package org.vedika.problem.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vedika.testing.Entities.withId;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vedika.Refusal;
import org.vedika.account.entity.Member;
import org.vedika.place.entity.Place;
import org.vedika.place.entity.PlaceLevel;

/** The rules other features meet on a problem and its replies: merge, moderation, what it takes. */
class ProblemRulesTest {

  static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  static final Member AUTHOR = withId(new Member("012345001", "Author", "hash", "05070101"), 1L);
  static final Member MODERATOR =
      withId(new Member("012345002", "Moderator", "hash", "05070101"), 2L);
  static final Member OTHER = withId(new Member("012345003", "Other", "hash", "05070101"), 3L);

  @Test
  void aMergeIsTheLifecyclesClosingStepAndTheDuplicateTakesNoMoreVotesOrReplies() {
    var duplicate = problem(10L);
    var target = problem(11L);
    var change = duplicate.mergeInto(target, MODERATOR, null, NOW);
    assertThat(change.getTo()).isEqualTo(ProblemStatus.CLOSED);
    assertThat(duplicate.getCloseReason()).isEqualTo(CloseReason.DUPLICATE);
    assertThat(duplicate.getMergedInto()).isEqualTo(11L);
    assertThat(duplicate.acceptsVotes()).isFalse();
    assertThat(duplicate.acceptsReplies()).isFalse();
    assertThatThrownBy(duplicate::mustTakeVotes)
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("problem.refused.merged");
    assertThatThrownBy(() -> new Reply(duplicate, OTHER, "Me too.", false))
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("problem.refused.merged");
    assertThatThrownBy(() -> problem(12L).mergeInto(duplicate, MODERATOR, null, NOW))
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("moderation.merge.already");
  }

  @Test
  void aClosedProblemIsNotClosedAgainByAMerge() {
    var closed = problem(20L);
    closed.moveTo(ProblemStatus.CLOSED, CloseReason.OFF_TOPIC, "Off topic.", MODERATOR, true, NOW);
    assertThatThrownBy(() -> closed.mergeInto(problem(21L), MODERATOR, null, NOW))
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("moderation.merge.closed");
    assertThat(closed.getMergedInto()).isNull();
    assertThatThrownBy(() -> problem(22L).mergeInto(problem(22L), MODERATOR, null, NOW))
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("moderation.merge.same");
  }

  @Test
  void moderationStepsRefuseWhatThereIsNothingToDoAbout() {
    var problem = problem(30L);
    assertThatThrownBy(problem::restore)
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("moderation.nothingToDo");
    assertThatThrownBy(problem::approve)
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("moderation.nothingToDo");
    problem.hide("ABUSE", null);
    assertThat(problem.acceptsVotes()).isFalse();
    assertThatThrownBy(problem::mustTakeReplies)
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("problem.refused.hidden");
    assertThatThrownBy(() -> problem.hide("ABUSE", null)).isInstanceOf(Refusal.class);
    problem.restore();
    problem.lock();
    assertThatThrownBy(problem::mustTakeVotes)
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("problem.refused.locked");
    problem.unlock();
    assertThat(problem.acceptsVotes()).isTrue();
  }

  @Test
  void repliesAreEditedInTheirWindowAndDeletedByTheirAuthorOnly() {
    var reply = new Reply(problem(40L), AUTHOR, "A reply.", false);
    assertThatThrownBy(
            () ->
                reply.edit(
                    AUTHOR.getId(),
                    "Too late.",
                    Instant.now().plus(Reply.EDIT_WINDOW).plusSeconds(1)))
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("reply.edit.tooLate");
    assertThatThrownBy(() -> reply.delete(OTHER.getId()))
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("reply.delete.notYours");
    assertThat(reply.isCounted()).isTrue();
    reply.delete(AUTHOR.getId());
    assertThat(reply.isCounted()).isFalse();
  }

  @Test
  void aSuspensionIsLiftedOnlyWhenThereIsOne() {
    var member = withId(new Member("012345009", "Member", "hash", "05070101"), 9L);
    assertThatThrownBy(() -> member.lift(NOW))
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("moderation.notSuspended");
    assertThatThrownBy(() -> member.suspend(0, NOW)).isInstanceOf(Refusal.class);
    member.suspend(7, NOW);
    assertThat(member.isSuspended(NOW.plusSeconds(3600))).isTrue();
    member.lift(NOW);
    assertThat(member.isSuspended(NOW)).isFalse();
  }

  private static Problem problem(long id) {
    var village =
        new Place("05070101", PlaceLevel.VILLAGE, "ភូមិ", "Phum", "អំពិលផ្អែម", "Ampil Ph'aem");
    var problem =
        new Problem(
            village,
            AUTHOR,
            "The hospital refused my NSSF card",
            "Body of the problem.",
            Category.NSSF_HEALTH_WORKERS);
    return withId(problem, id);
  }
}
