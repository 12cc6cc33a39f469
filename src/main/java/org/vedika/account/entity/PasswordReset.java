package org.vedika.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time secret that lets a member set a new password: a link sent to their e-mail address, or
 * a code handed to them by an admin, or by an official or trainer for their place, who checked who
 * they are ({@link #getIssuedBy}: the audit). Only the secret's SHA-256 is kept.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

  public enum Kind {
    /** a link to {@code /reset?token=…} sent by e-mail */
    EMAIL(Duration.ofHours(1)),
    /** a code shown once to the staff member who checked the person, typed on {@code /reset} */
    CODE(Duration.ofHours(24));

    private final Duration life;

    Kind(Duration life) {
      this.life = life;
    }

    public Duration life() {
      return life;
    }
  }

  /** Wrong codes typed for one reset before it ends. */
  public static final int MAX_ATTEMPTS = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8, updatable = false)
  private Kind kind;

  @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
  private String secretHash;

  @Column(name = "issued_by", updatable = false)
  private Long issuedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(nullable = false)
  private int attempts;

  protected PasswordReset() {}

  public PasswordReset(long memberId, Kind kind, String secretHash, Long issuedBy, Instant now) {
    this.memberId = memberId;
    this.kind = Objects.requireNonNull(kind);
    this.secretHash = Objects.requireNonNull(secretHash);
    this.issuedBy = issuedBy;
    this.createdAt = now;
    this.expiresAt = now.plus(kind.life());
  }

  /** Not used, not ended, not expired, and not guessed at too often. */
  public boolean isOpen(Instant now) {
    return usedAt == null && now.isBefore(expiresAt) && attempts < MAX_ATTEMPTS;
  }

  /** The member set a new password with it, or it was ended by a newer one. */
  public void close(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  /** A wrong code was typed for it. */
  public void failedAttempt() {
    attempts++;
  }

  public Long getId() {
    return id;
  }

  public long getMemberId() {
    return memberId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getSecretHash() {
    return secretHash;
  }

  public Long getIssuedBy() {
    return issuedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }

  public int getAttempts() {
    return attempts;
  }
}
