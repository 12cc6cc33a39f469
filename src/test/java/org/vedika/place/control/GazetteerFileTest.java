package org.vedika.place.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerFileTest {

  @Test
  void namesLoseZeroWidthSpacesAndStraySpaces() {
    assertThat(V2__LoadGazetteer.clean("ទី៦\u200B \u200B«ក»")).isEqualTo("ទី៦ «ក»");
    assertThat(V2__LoadGazetteer.clean("  Roleang  Chak ")).isEqualTo("Roleang Chak");
  }

  @Test
  void theGazetteerShipsInTheWarWithItsLicence() {
    var loader = getClass().getClassLoader();
    assertThat(loader.getResource(V2__LoadGazetteer.CSV)).isNotNull();
    assertThat(loader.getResource("gazetteer/LICENSE-pumi-MIT.txt")).isNotNull();
  }
}
