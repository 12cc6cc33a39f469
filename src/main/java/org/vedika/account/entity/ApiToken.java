package org.vedika.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.vedika.Refusal;

/**
 * A personal API token: lets a program read the API as its member, within the member's grants as
 * they are at each call (a token is never wider than its member). Only the secret's SHA-256 is
 * kept; the secret is shown once, when it is made.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.OF_MEMBER,
    query =
        "SELECT t FROM ApiToken t WHERE t.memberId = :member ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.secretHash = :hash")
@NamedQuery(
    name = ApiToken.LIVE_COUNT,
    query = "SELECT COUNT(t) FROM ApiToken t WHERE t.memberId = :member AND t.revokedAt IS NULL")
public class ApiToken {

  public static final String OF_MEMBER = "ApiToken.ofMember";
  public static final String BY_HASH = "ApiToken.byHash";
  public static final String LIVE_COUNT = "ApiToken.liveCount";

  /** The longest name a member gives a token. */
  public static final int NAME_MAX = 60;

  /** Tokens a member may hold at once (revoked ones not counted). */
  public static final int LIVE_MAX = 5;

  /** Every token starts so: a secret scanner, and the member, can tell it for what it is. */
  public static final String PREFIX = "vdk_";

  /** How many of the token's first characters the profile shows. */
  public static final int HINT_LENGTH = 10;

  /** A use is written down at most this often (each call would otherwise be a write). */
  static final Duration USE_PRECISION = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(nullable = false, length = NAME_MAX, updatable = false)
  private String name;

  @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
  private String secretHash;

  @Column(nullable = false, length = 12, updatable = false)
  private String hint;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(long memberId, String name, String secretHash, String hint, Instant now) {
    this.memberId = memberId;
    this.name = Objects.requireNonNull(name, "A token's name is required.");
    this.secretHash = Objects.requireNonNull(secretHash, "A token's hash is required.");
    this.hint = Objects.requireNonNull(hint, "A token's hint is required.");
    this.createdAt = Objects.requireNonNull(now);
  }

  /** Whether it still opens the API. */
  public boolean isLive() {
    return revokedAt == null;
  }

  /**
   * Its member revokes it; a revoked token stays revoked (revoking again changes nothing).
   *
   * @throws Refusal when the token is not that member's
   */
  public void revokeBy(long member, Instant now) {
    if (member != memberId) {
      throw new Refusal("token.unknown", "member " + member + ", token " + id);
    }
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  /**
   * Notes a use; returns whether anything changed (a use within a minute of the last is not written
   * again).
   */
  public boolean used(Instant now) {
    if (lastUsedAt != null && lastUsedAt.plus(USE_PRECISION).isAfter(now)) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public String getName() {
    return name;
  }

  public String getHint() {
    return hint;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
