package org.vedika.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vedika.Refusal;

class ApiTokenTest {

  static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

  ApiToken token = new ApiToken(7, "notebook", "ab".repeat(32), "vdk_abcdef", NOW);

  @Test
  void onlyItsMemberRevokesIt() {
    assertThatThrownBy(() -> token.revokeBy(8, NOW))
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).bundleKey())
        .isEqualTo("token.unknown");
    assertThat(token.isLive()).isTrue();
    token.revokeBy(7, NOW);
    assertThat(token.isLive()).isFalse();
  }

  @Test
  void revokingAgainKeepsTheFirstTime() {
    token.revokeBy(7, NOW);
    token.revokeBy(7, NOW.plusSeconds(3600));
    assertThat(token.getRevokedAt()).isEqualTo(NOW);
  }

  @Test
  void aUseIsWrittenDownAtMostOnceAMinute() {
    assertThat(token.used(NOW)).isTrue();
    assertThat(token.used(NOW.plusSeconds(30))).isFalse();
    assertThat(token.getLastUsedAt()).isEqualTo(NOW);
    assertThat(token.used(NOW.plusSeconds(61))).isTrue();
    assertThat(token.getLastUsedAt()).isEqualTo(NOW.plusSeconds(61));
  }
}
