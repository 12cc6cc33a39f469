package org.vedika.place.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlaceTest {

  static final Locale KM = Locale.forLanguageTag("km");

  @Test
  void titleIsInTheReadersLanguage() {
    var commune =
        new Place("050701", PlaceLevel.COMMUNE, "ឃុំ", "Commune", "រលាំងចក", "Roleang Chak");

    assertThat(commune.title(KM)).isEqualTo("ឃុំរលាំងចក");
    assertThat(commune.title(Locale.ENGLISH)).isEqualTo("Roleang Chak Commune");
    assertThat(commune.name(KM)).isEqualTo("រលាំងចក");
    assertThat(commune.name(Locale.ENGLISH)).isEqualTo("Roleang Chak");
    assertThat(commune.getParentCode()).isEqualTo("0507");
    assertThat(commune.ancestorCodes()).containsExactly("05", "0507");
    assertThat(commune.hasForum()).isTrue();
  }

  @Test
  void aNameThatStartsWithItsTypeIsNotDoubled() {
    var numbered =
        new Place("01060702", PlaceLevel.VILLAGE, "ភូមិ", "Village", "ភូមិ ១", "Phum Muoy");
    var newVillage =
        new Place("01060605", PlaceLevel.VILLAGE, "ភូមិ", "Village", "ភូមិថ្មី", "Phum Thmei");

    assertThat(numbered.title(KM)).isEqualTo("ភូមិ ១");
    assertThat(newVillage.title(KM)).isEqualTo("ភូមិថ្មី");
    assertThat(numbered.title(Locale.ENGLISH)).isEqualTo("Phum Muoy Village");
  }

  @Test
  void provincesHaveNoParentAndNoForumOfTheirOwn() {
    var province =
        new Place("05", PlaceLevel.PROVINCE, "ខេត្ត", "Province", "កំពង់ស្ពឺ", "Kampong Speu");

    assertThat(province.getParentCode()).isNull();
    assertThat(province.hasForum()).isFalse();
  }

  @Test
  void codeMustMatchTheLevel() {
    assertThatThrownBy(() -> new Place("0507", PlaceLevel.COMMUNE, "ឃុំ", "Commune", "x", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
