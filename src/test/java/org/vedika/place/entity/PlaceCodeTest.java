package org.vedika.place.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlaceCodeTest {

  @Test
  void wellFormedCodesHaveTwoFourSixOrEightDigits() {
    assertThat(PlaceCode.isWellFormed("05")).isTrue();
    assertThat(PlaceCode.isWellFormed("0507")).isTrue();
    assertThat(PlaceCode.isWellFormed("050701")).isTrue();
    assertThat(PlaceCode.isWellFormed("05070101")).isTrue();

    assertThat(PlaceCode.isWellFormed(null)).isFalse();
    assertThat(PlaceCode.isWellFormed("")).isFalse();
    assertThat(PlaceCode.isWellFormed("5")).isFalse();
    assertThat(PlaceCode.isWellFormed("050")).isFalse();
    assertThat(PlaceCode.isWellFormed("0507010101")).isFalse();
    assertThat(PlaceCode.isWellFormed("០៥")).as("Khmer digits are not codes").isFalse();
    assertThat(PlaceCode.isWellFormed("05\n")).isFalse();
  }

  @Test
  void ancestorsRunFromTheProvinceDown() {
    assertThat(PlaceCode.ancestors("05070101")).containsExactly("05", "0507", "050701");
    assertThat(PlaceCode.ancestors("05")).isEmpty();
  }

  @Test
  void levelFollowsTheCodeLength() {
    assertThat(PlaceLevel.ofCode("12")).isEqualTo(PlaceLevel.PROVINCE);
    assertThat(PlaceLevel.ofCode("1201")).isEqualTo(PlaceLevel.DISTRICT);
    assertThat(PlaceLevel.ofCode("120101")).isEqualTo(PlaceLevel.COMMUNE);
    assertThat(PlaceLevel.ofCode("12010101")).isEqualTo(PlaceLevel.VILLAGE);
    assertThat(PlaceLevel.COMMUNE.child()).isEqualTo(PlaceLevel.VILLAGE);
    assertThat(PlaceLevel.VILLAGE.child()).isNull();
    assertThat(PlaceLevel.DISTRICT.key()).isEqualTo("district");
    assertThatThrownBy(() -> PlaceLevel.ofCode("123")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlaceLevel.ofDepth(5)).isInstanceOf(IllegalArgumentException.class);
  }
}
