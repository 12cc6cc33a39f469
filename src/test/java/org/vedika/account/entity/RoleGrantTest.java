package org.vedika.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleGrantTest {

  @Test
  void aGrantCoversThePlacesInsideItsOwn() {
    var official = new RoleGrant(1L, Role.OFFICIAL, "050701", null);
    assertThat(official.covers("050701")).isTrue();
    assertThat(official.covers("05070103")).isTrue();
    assertThat(official.covers("050702")).isFalse();
    assertThat(new RoleGrant(1L, Role.POLICYMAKER, null, null).covers("12")).isTrue();
  }

  @Test
  void officialsAnswerForACommuneAndModeratorsCoverLargerAreas() {
    assertThatThrownBy(() -> new RoleGrant(1L, Role.OFFICIAL, "0507", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RoleGrant(1L, Role.OFFICIAL, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RoleGrant(1L, Role.MODERATOR, "050701", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RoleGrant(1L, Role.MODERATOR, "0507", null).getPlaceCode()).isEqualTo("0507");
  }
}
