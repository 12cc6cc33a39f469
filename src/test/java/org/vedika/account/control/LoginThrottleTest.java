package org.vedika.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  static class TestClock extends Clock {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void fiveFailuresInAMinuteMakeTheLoginWait() {
    var clock = new TestClock();
    var throttle = new LoginThrottle(clock);
    for (int i = 0; i < 4; i++) {
      throttle.failed("012345678");
      clock.now = clock.now.plusSeconds(5);
    }
    assertThat(throttle.retryAfter("012345678")).isEmpty();

    throttle.failed("012345678");
    assertThat(throttle.retryAfter("012345678")).hasValue(Duration.ofSeconds(40));
    assertThat(throttle.retryAfter("098765432")).as("other logins are not affected").isEmpty();

    clock.now = clock.now.plusSeconds(41);
    assertThat(throttle.retryAfter("012345678")).isEmpty();
  }

  @Test
  void successForgetsTheFailures() {
    var throttle = new LoginThrottle(new TestClock());
    for (int i = 0; i < 5; i++) {
      throttle.failed("a@b.org");
    }
    throttle.succeeded("a@b.org");
    assertThat(throttle.retryAfter("a@b.org")).isEmpty();
  }

  @Test
  void weakerHashesAreUpgraded() {
    assertThat(
            PasswordHashing.needsRehash(
                "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==", PasswordHashing.ITERATIONS))
        .isFalse();
    assertThat(
            PasswordHashing.needsRehash(
                "PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==", PasswordHashing.ITERATIONS))
        .isTrue();
    assertThat(
            PasswordHashing.needsRehash(
                "PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA==", PasswordHashing.ITERATIONS))
        .isTrue();
  }
}
