package org.vedika.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * At most {@link #MAX_FAILURES} failed logins per login per {@link #WINDOW}; then the login waits
 * until the newest {@value #MAX_FAILURES}th failure leaves the window. Counted in MariaDB ({@code
 * login_failure}, by a hash of the login, on the database's clock), so every node of a cluster
 * counts the same failures. Each call is its own short transaction: a failure counts even when the
 * caller's work (a password reset's) rolls back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(1);

  /** Failures older than this are deleted, a few at a time, as new ones come. */
  static final Duration KEPT = Duration.ofHours(1);

  @PersistenceContext EntityManager em;

  /** How long this login must wait before trying again, if it must. */
  public Optional<Duration> retryAfter(String login) {
    List<?> ages =
        em.createNativeQuery(
                "SELECT TIMESTAMPDIFF(MICROSECOND, failed_at, NOW(3)) FROM login_failure"
                    + " WHERE login_key = ? AND failed_at > NOW(3) - INTERVAL ? SECOND"
                    + " ORDER BY failed_at DESC LIMIT 1 OFFSET ?")
            .setParameter(1, key(login))
            .setParameter(2, WINDOW.toSeconds())
            .setParameter(3, MAX_FAILURES - 1)
            .getResultList();
    return ages.isEmpty()
        ? Optional.empty()
        : Optional.of(wait(Duration.ofNanos(((Number) ages.get(0)).longValue() * 1_000)));
  }

  /**
   * The wait when the {@value #MAX_FAILURES}th newest failure in the window is {@code age} old:
   * until it leaves the window.
   */
  static Duration wait(Duration age) {
    var wait = WINDOW.minus(age);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  public void failed(String login) {
    em.createNativeQuery("INSERT INTO login_failure (login_key) VALUES (?)")
        .setParameter(1, key(login))
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM login_failure WHERE failed_at < NOW(3) - INTERVAL ? SECOND LIMIT 100")
        .setParameter(1, KEPT.toSeconds())
        .executeUpdate();
  }

  public void succeeded(String login) {
    em.createNativeQuery("DELETE FROM login_failure WHERE login_key = ?")
        .setParameter(1, key(login))
        .executeUpdate();
  }

  /** SHA-256 of the login as typed (normalised by the caller): no login is stored in clear. */
  static byte[] key(String login) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(login.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
