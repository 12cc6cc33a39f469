package org.vedika.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@link #MAX_FAILURES} failed logins per login per {@link #WINDOW}; then the login waits
 * until the oldest failure leaves the window. Counted in this node's memory.
 */
@ApplicationScoped
public class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(1);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private Clock clock = Clock.systemUTC();

  public LoginThrottle() {}

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this login must wait before trying again, if it must. */
  public Optional<Duration> retryAfter(String login) {
    var recent = failures.get(login);
    if (recent == null) {
      return Optional.empty();
    }
    synchronized (recent) {
      prune(recent);
      if (recent.size() < MAX_FAILURES) {
        return Optional.empty();
      }
      var wait = Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW));
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }
  }

  public void failed(String login) {
    var recent = failures.computeIfAbsent(login, key -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent);
      recent.addLast(clock.instant());
    }
  }

  public void succeeded(String login) {
    failures.remove(login);
  }

  private void prune(Deque<Instant> recent) {
    var horizon = clock.instant().minus(WINDOW);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
      recent.removeFirst();
    }
  }
}
