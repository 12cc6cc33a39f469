package org.vedika.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 at 600,000 iterations (OWASP 2023), 32-byte salt and key — Jakarta Security's
 * default of 2,048 iterations is far too weak. The stored form is {@code
 * algorithm:iterations:salt:hash}, so verification reads the parameters from the hash itself and
 * they can be raised later ({@link #needsRehash}). The benchmark, which logs thousands of members
 * in, lowers them with {@code VEDIKA_PASSWORD_ITERATIONS}; nothing else should.
 */
@ApplicationScoped
public class PasswordHashing {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  public static final int ITERATIONS = 600_000;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "vedika.password.iterations", defaultValue = "600000")
  int iterations = ITERATIONS;

  /** Verified when the login is unknown, so both answers cost the same time. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32"));
    decoy = pbkdf2.generate("decoy-password".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /** Checks a password against a stored hash, or against the decoy when there is none. */
  public boolean verify(String password, String storedHash) {
    var matches = pbkdf2.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
    return storedHash != null && matches;
  }

  /** A hash made with weaker parameters than today's. */
  public boolean needsRehash(String storedHash) {
    return needsRehash(storedHash, iterations);
  }

  static boolean needsRehash(String storedHash, int iterations) {
    var parts = storedHash.split(":");
    return parts.length != 4
        || !ALGORITHM.equals(parts[0])
        || Integer.parseInt(parts[1]) < iterations;
  }
}
