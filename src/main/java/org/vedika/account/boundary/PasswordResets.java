package org.vedika.account.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.Refusal;
import org.vedika.account.control.LoginName;
import org.vedika.account.control.LoginThrottle;
import org.vedika.account.control.PasswordHashing;
import org.vedika.account.control.ResetMessenger;
import org.vedika.account.control.Secrets;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.PasswordReset;
import org.vedika.account.entity.Role;
import org.vedika.account.entity.RoleGrant;

/**
 * Setting a new password without the old one (issue 20, item 3): by a link sent to the member's
 * e-mail address ({@link #request}), or by a code an admin — or an official or trainer for the
 * member's place — hands over after checking who the person is ({@link #issueCode}). Both are
 * one-time secrets of {@link PasswordReset}: unguessable (256 random bits for a link; 8 digits for
 * a code, which ends after {@value PasswordReset#MAX_ATTEMPTS} wrong tries), kept only as their
 * SHA-256, expiring (an hour; a day), used once; a new one, or the new password, ends the others.
 * Asking gives the same answer whether or not the account exists or has an address.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

  private static final Logger AUDIT = Logger.getLogger("org.vedika.audit");
  private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());

  /** One e-mail per member in this long, however often someone asks. */
  static final Duration RESEND_AFTER = Duration.ofMinutes(2);

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Members members;
  @Inject PasswordHashing hashing;
  @Inject LoginThrottle throttle;
  @Inject ResetMessenger messenger;
  @Inject Event<LinkToSend> links;
  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "vedika.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** A link to send once the reset committed: its member and its secret. */
  public record LinkToSend(long memberId, String token) {}

  /** What typing a code did. */
  public enum CodeOutcome {
    /** the password is changed */
    CHANGED,
    /** no such login, no open code, or the wrong code: the same answer for all three */
    REFUSED
  }

  /**
   * Someone asks for a link to set a new password for a login (a phone number or e-mail address) or
   * an e-mail address: the account's address gets one when it has one (at most one per {@link
   * #RESEND_AFTER}). Nothing says which happened; asking too often for one login is throttled as
   * logins are.
   */
  public void request(String typed) {
    var key = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty() || throttle.retryAfter("reset:" + key).isPresent()) {
      return;
    }
    throttle.failed("reset:" + key); // each ask counts: five a minute
    var now = Instant.now();
    for (var member : accountsOf(key)) {
      if (!member.isActive() || !messenger.reaches(member) || sentLately(member.getId(), now)) {
        continue;
      }
      var token = secret(32);
      em.persist(
          new PasswordReset(member.getId(), PasswordReset.Kind.EMAIL, hash(token), null, now));
      links.fire(new LinkToSend(member.getId(), token));
    }
  }

  /**
   * The accounts a typed login or address names: its login, else the accounts with that address.
   */
  private List<Member> accountsOf(String typed) {
    var byLogin = LoginName.normalise(typed).flatMap(members::findByLogin);
    if (byLogin.isPresent()) {
      return List.of(byLogin.get());
    }
    if (!typed.contains("@")) {
      return List.of();
    }
    return em.createQuery("SELECT m FROM Member m WHERE LOWER(m.email) = :email", Member.class)
        .setParameter("email", typed)
        .setMaxResults(5)
        .getResultList();
  }

  private boolean sentLately(long memberId, Instant now) {
    return em.createQuery(
                "SELECT COUNT(r) FROM PasswordReset r WHERE r.memberId = :member"
                    + " AND r.kind = org.vedika.account.entity.PasswordReset.Kind.EMAIL"
                    + " AND r.createdAt > :since",
                Long.class)
            .setParameter("member", memberId)
            .setParameter("since", now.minus(RESEND_AFTER))
            .getSingleResult()
        > 0;
  }

  /** After the commit, off the request's thread: the link goes out. */
  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) LinkToSend link) {
    var url = publicUrl.replaceAll("/+$", "") + "/reset?token=" + link.token();
    executor.execute(
        () -> {
          try {
            var member = members.find(link.memberId()).orElseThrow();
            messenger.send(member, url, Locale.forLanguageTag(member.getLanguage()));
          } catch (Exception failed) {
            LOG.log(Level.WARNING, "A reset link to member " + link.memberId() + " failed", failed);
          }
        });
  }

  /**
   * Whether this staff member may hand a reset code to that member: an admin for anyone; an
   * official or a trainer for a plain citizen whose village their grant covers (never for a member
   * holding a role: a commune could otherwise take over a moderator's or an admin's account).
   */
  public boolean mayAssist(long staffId, Member member) {
    if (member.isFormer()) {
      return false;
    }
    var grants = members.grants(staffId);
    if (grants.stream().anyMatch(g -> g.getRole() == Role.ADMIN)) {
      return true;
    }
    var village = member.getHomeVillage();
    var coversVillage =
        RoleGrant.any(grants, Role.OFFICIAL, village)
            || RoleGrant.any(grants, Role.TRAINER, village);
    return coversVillage
        && members.grants(member.getId()).stream().allMatch(g -> g.getRole() == Role.CITIZEN)
        && member.getId() != staffId;
  }

  /**
   * A staff member who checked the person hands them a code (shown once, here): it ends the
   * member's other open resets, and lasts a day. Audited: the row keeps who issued it, and the
   * audit log says so.
   *
   * @return the code, eight digits
   * @throws Refusal when the staff member may not ({@link #mayAssist})
   */
  public String issueCode(long staffId, long memberId) {
    var member =
        Optional.ofNullable(em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> new Refusal("assist.notYours", "no member " + memberId));
    if (!mayAssist(staffId, member)) {
      throw new Refusal("assist.notYours", staffId + " may not assist member " + memberId);
    }
    var now = Instant.now();
    openResets(memberId, now).forEach(reset -> reset.close(now));
    var code = String.format("%08d", RANDOM.nextInt(100_000_000));
    em.persist(new PasswordReset(memberId, PasswordReset.Kind.CODE, hash(code), staffId, now));
    AUDIT.info(() -> "member " + staffId + " issued a password reset code to member " + memberId);
    return code;
  }

  /**
   * The member sets a new password with the link's token.
   *
   * @throws Refusal when the link is unknown, used, ended or expired
   */
  public void resetWithToken(String token, String newPassword) {
    var reset =
        find(token, PasswordReset.Kind.EMAIL)
            .filter(found -> found.isOpen(Instant.now()))
            .orElseThrow(() -> new Refusal("reset.link.invalid", "no open reset for that token"));
    change(reset.getMemberId(), newPassword);
  }

  /**
   * The member sets a new password with the code they were handed: a wrong code counts against it
   * (and against the login, as a failed login does); the answer is the same for an unknown login.
   */
  public CodeOutcome resetWithCode(String typedLogin, String code, String newPassword) {
    var login = LoginName.normalise(typedLogin == null ? "" : typedLogin).orElse("");
    if (throttle.retryAfter("code:" + login).isPresent()) {
      return CodeOutcome.REFUSED;
    }
    var member = members.findByLogin(login).orElse(null);
    var now = Instant.now();
    var open = member == null ? List.<PasswordReset>of() : openResets(member.getId(), now);
    var digits = code == null ? "" : code.replaceAll("[\\s-]", "");
    var typed = hash(digits);
    for (var reset : open) {
      if (reset.getKind() == PasswordReset.Kind.CODE
          && MessageDigest.isEqual(
              reset.getSecretHash().getBytes(StandardCharsets.US_ASCII),
              typed.getBytes(StandardCharsets.US_ASCII))) {
        change(member.getId(), newPassword);
        throttle.succeeded("code:" + login);
        return CodeOutcome.CHANGED;
      }
    }
    open.stream()
        .filter(r -> r.getKind() == PasswordReset.Kind.CODE)
        .forEach(PasswordReset::failedAttempt);
    throttle.failed("code:" + login);
    return CodeOutcome.REFUSED;
  }

  /** The new password, and every open reset of the member ended. */
  private void change(long memberId, String newPassword) {
    var now = Instant.now();
    var member = em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    member.rehash(hashing.hash(newPassword));
    openResets(memberId, now).forEach(reset -> reset.close(now));
    throttle.succeeded(member.getLogin());
    AUDIT.info(() -> "member " + memberId + " set a new password with a reset");
  }

  private List<PasswordReset> openResets(long memberId, Instant now) {
    return em
        .createQuery(
            "SELECT r FROM PasswordReset r WHERE r.memberId = :member AND r.usedAt IS NULL"
                + " AND r.expiresAt > :now",
            PasswordReset.class)
        .setParameter("member", memberId)
        .setParameter("now", now)
        .getResultList()
        .stream()
        .filter(reset -> reset.isOpen(now))
        .toList();
  }

  private Optional<PasswordReset> find(String secret, PasswordReset.Kind kind) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT r FROM PasswordReset r WHERE r.secretHash = :hash AND r.kind = :kind",
            PasswordReset.class)
        .setParameter("hash", hash(secret.strip()))
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst();
  }

  /**
   * Whether a link's token is one that can still set a password (the page asks before the form).
   */
  public boolean isOpen(String token) {
    return find(token, PasswordReset.Kind.EMAIL).filter(r -> r.isOpen(Instant.now())).isPresent();
  }

  private static String secret(int bytes) {
    return Secrets.random(bytes);
  }

  static String hash(String secret) {
    return Secrets.sha256Hex(secret);
  }
}
