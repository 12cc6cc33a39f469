package org.vedika.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.vedika.Refusal;
import org.vedika.account.control.Secrets;
import org.vedika.account.entity.ApiToken;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;

/**
 * Personal API tokens (issue 19): policymakers and admins make them on their profile, see them
 * listed and revoke them; a program sends one as {@code Authorization: Bearer vdk_…} and reads the
 * API as its member, within the member's grants as they are at that call. Made and revoked in the
 * audit log.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

  private static final Logger AUDIT = Logger.getLogger("org.vedika.audit");

  @PersistenceContext EntityManager em;
  @Inject Members members;

  /** A token just made: the secret, shown once, and what is kept of it. */
  public record Made(ApiToken token, String secret) {}

  /** Whether a member may hold tokens: a policymaker or admin (what the token can read). */
  public boolean mayHold(long memberId) {
    var roles = members.roles(memberId);
    return roles.contains(Role.POLICYMAKER) || roles.contains(Role.ADMIN);
  }

  /**
   * Makes a token for the member.
   *
   * @throws Refusal when they are no policymaker or admin, the name is blank or too long, or they
   *     hold {@link ApiToken#LIVE_MAX} live tokens already
   */
  public Made make(long memberId, String name) {
    // one member's tokens are counted and made one at a time
    var member = em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    if (member == null || !member.isActive() || !mayHold(memberId)) {
      throw new Refusal("token.refused", "member " + memberId + " may not hold API tokens");
    }
    var trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > ApiToken.NAME_MAX) {
      throw new Refusal("token.name.size", "token name", ApiToken.NAME_MAX);
    }
    var live =
        em.createNamedQuery(ApiToken.LIVE_COUNT, Long.class)
            .setParameter("member", memberId)
            .getSingleResult();
    if (live >= ApiToken.LIVE_MAX) {
      throw new Refusal("token.limit", "member " + memberId + " holds " + live, ApiToken.LIVE_MAX);
    }
    var secret = ApiToken.PREFIX + Secrets.random(32);
    var token =
        new ApiToken(
            memberId,
            trimmed,
            Secrets.sha256Hex(secret),
            secret.substring(0, ApiToken.HINT_LENGTH),
            Instant.now());
    em.persist(token);
    em.flush();
    AUDIT.info(() -> "member " + memberId + " made API token " + token.getId());
    return new Made(token, secret);
  }

  /** The member's tokens, the newest first, revoked ones too. */
  public List<ApiToken> of(long memberId) {
    return em.createNamedQuery(ApiToken.OF_MEMBER, ApiToken.class)
        .setParameter("member", memberId)
        .getResultList();
  }

  /**
   * Revokes one of the member's own tokens.
   *
   * @throws Refusal when the token is not theirs
   */
  public void revoke(long memberId, long tokenId) {
    var token = em.find(ApiToken.class, tokenId, LockModeType.PESSIMISTIC_WRITE);
    if (token == null) {
      throw new Refusal("token.unknown", "member " + memberId + ", no token " + tokenId);
    }
    token.revokeBy(memberId, Instant.now());
    AUDIT.info(() -> "member " + memberId + " revoked API token " + tokenId);
  }

  /**
   * The member a token speaks for: a live token of an active member; its use is noted (at most a
   * minute apart). Empty for anything else, a malformed header value included.
   */
  public Optional<Long> memberOf(String secret) {
    if (secret == null || !secret.startsWith(ApiToken.PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    var token =
        em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
            .setParameter("hash", Secrets.sha256Hex(secret))
            .getResultStream()
            .findFirst()
            .filter(ApiToken::isLive);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    var member = em.find(Member.class, token.get().getMemberId());
    if (member == null || !member.isActive()) {
      return Optional.empty();
    }
    token.get().used(Instant.now());
    return Optional.of(member.getId());
  }
}
