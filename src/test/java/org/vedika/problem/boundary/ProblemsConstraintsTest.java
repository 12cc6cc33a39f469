package org.vedika.problem.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.executable.ExecutableValidator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vedika.account.entity.Member;
import org.vedika.place.entity.Place;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.Problem;
import org.vedika.problem.entity.Reply;

/**
 * Validation where the data is: the facade's own constraints (the entity's constants, the pages'
 * messages) refuse what a page would, whoever calls it.
 */
class ProblemsConstraintsTest {

  static final ExecutableValidator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator().forExecutables();
  static final Member AUTHOR = new Member("012345001", "Author", "hash", "05070101");
  static final Place VILLAGE =
      new Place(
          "05070101",
          org.vedika.place.entity.PlaceLevel.VILLAGE,
          "ភូមិ",
          "Phum",
          "អំពិលផ្អែម",
          "Ampil Ph'aem");

  @Test
  void aReplyHasItsLengthOnTheFacade() throws NoSuchMethodException {
    var reply = Problems.class.getMethod("reply", Member.class, long.class, String.class);
    assertThat(
            messages(
                VALIDATOR.validateParameters(
                    new Problems(),
                    reply,
                    new Object[] {AUTHOR, 1L, "x".repeat(Reply.BODY_MAX + 1)})))
        .containsExactly("{reply.body.size}");
    assertThat(
            VALIDATOR.validateParameters(
                new Problems(), reply, new Object[] {AUTHOR, 1L, "x".repeat(Reply.BODY_MAX)}))
        .isEmpty();
    assertThat(
            messages(
                VALIDATOR.validateParameters(
                    new Problems(), reply, new Object[] {AUTHOR, 1L, "  "})))
        .contains("{reply.body.required}");
  }

  @Test
  void aProblemHasItsTitleAndDescriptionLengthsOnTheFacade() throws NoSuchMethodException {
    var raise =
        Problems.class.getMethod(
            "raise",
            Member.class,
            Place.class,
            String.class,
            String.class,
            Category.class,
            int.class);
    assertThat(
            messages(
                VALIDATOR.validateParameters(
                    new Problems(),
                    raise,
                    new Object[] {
                      AUTHOR,
                      VILLAGE,
                      "Too short",
                      "x".repeat(Problem.BODY_MAX + 1),
                      Category.NSSF_PENSION,
                      0
                    })))
        .containsExactlyInAnyOrder("{problem.title.size}", "{problem.body.size}");
    assertThat(
            VALIDATOR.validateParameters(
                new Problems(),
                raise,
                new Object[] {
                  AUTHOR,
                  VILLAGE,
                  "x".repeat(Problem.TITLE_MAX),
                  "x".repeat(Problem.BODY_MIN),
                  Category.NSSF_PENSION,
                  0
                }))
        .isEmpty();
  }

  private static java.util.List<String> messages(Set<ConstraintViolation<Problems>> violations) {
    return violations.stream().map(ConstraintViolation::getMessageTemplate).toList();
  }
}
