package org.vedika.place.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesTest {

  @Test
  void likeWildcardsAreEscaped() {
    assertThat(Places.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
  }

  @Test
  void typedTextIsNormalised() {
    assertThat(Places.normalise(null)).isEmpty();
    assertThat(Places.normalise("  សំរោង\u200Bទង ")).isEqualTo("សំរោងទង");
    // decomposed and composed forms of the same letters are one query
    assertThat(Places.normalise("Ta\u0300")).isEqualTo("Tà");
    assertThat(Places.normalise("x".repeat(500))).hasSize(Places.FINDER_MAX_LENGTH);
  }
}
