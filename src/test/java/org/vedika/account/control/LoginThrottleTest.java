package org.vedika.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic; its counting in MariaDB, across nodes, is in LoginThrottleIT. */
class LoginThrottleTest {

  @Test
  void theLoginWaitsUntilTheFifthNewestFailureLeavesTheWindow() {
    assertThat(LoginThrottle.wait(Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(40));
    assertThat(LoginThrottle.wait(Duration.ofSeconds(60))).isEqualTo(Duration.ZERO);
    assertThat(LoginThrottle.wait(Duration.ofSeconds(75))).isEqualTo(Duration.ZERO);
  }

  @Test
  void theKeyIsAHashNotTheLogin() {
    assertThat(LoginThrottle.key("012345678")).hasSize(32).isNotEqualTo("012345678".getBytes());
    assertThat(LoginThrottle.key("012345678")).isEqualTo(LoginThrottle.key("012345678"));
    assertThat(LoginThrottle.key("012345678")).isNotEqualTo(LoginThrottle.key("reset:012345678"));
  }
}
