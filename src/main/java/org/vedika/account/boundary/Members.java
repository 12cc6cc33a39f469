package org.vedika.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vedika.account.control.LoginName;
import org.vedika.account.control.PasswordHashing;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;
import org.vedika.account.entity.RoleGrant;
import org.vedika.place.boundary.Places;
import org.vedika.place.entity.PlaceLevel;

/** Members and their role grants. */
@ApplicationScoped
@Transactional
public class Members {

  /** The longest text the admin page's member search takes. */
  public static final int SEARCH_MAX = 100;

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;
  @Inject jakarta.enterprise.event.Event<org.vedika.account.entity.MemberDeleted> deleted;

  /** Why a sign-up or an account change was refused, as a bundle key. */
  public static class SignupRefused extends org.vedika.Refusal {
    public SignupRefused(String bundleKey) {
      super(bundleKey, bundleKey);
    }
  }

  /** Creates a member who is a citizen; the login must be free. */
  public Member signUp(String typedLogin, String displayName, String password, String homeVillage) {
    var login =
        LoginName.normalise(typedLogin)
            .orElseThrow(() -> new SignupRefused("account.login.invalid"));
    if (findByLogin(login).isPresent()) {
      throw new SignupRefused("account.login.taken");
    }
    var village = em.find(org.vedika.place.entity.Place.class, homeVillage);
    if (village == null || village.getLevel() != PlaceLevel.VILLAGE) {
      throw new SignupRefused("account.village.required");
    }
    var member = new Member(login, displayName.strip(), hashing.hash(password), homeVillage);
    em.persist(member);
    em.flush();
    em.persist(new RoleGrant(member.getId(), Role.CITIZEN, null, null));
    return member;
  }

  public Optional<Member> findByLogin(String normalisedLogin) {
    return em.createNamedQuery(Member.FIND_BY_LOGIN, Member.class)
        .setParameter("login", normalisedLogin)
        .getResultStream()
        .findFirst();
  }

  public Optional<Member> find(long id) {
    return Optional.ofNullable(em.find(Member.class, id));
  }

  public List<RoleGrant> grants(long memberId) {
    return em.createNamedQuery(RoleGrant.FOR_MEMBER, RoleGrant.class)
        .setParameter("member", memberId)
        .getResultList();
  }

  /** Saves a member's profile choices (see {@link Member#describe}). */
  /** A moderator suspends a member for {@code days} (they keep reading). */
  public void suspend(long memberId, int days) {
    lockMember(memberId).suspend(days, java.time.Instant.now());
  }

  /** A moderator lifts a member's suspension; refused when there is none. */
  public void lift(long memberId) {
    lockMember(memberId).lift(java.time.Instant.now());
  }

  private Member lockMember(long memberId) {
    var member =
        em.find(Member.class, memberId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (member == null) {
      throw new org.vedika.Refusal("moderation.unknown", "no member " + memberId);
    }
    return member;
  }

  public Member describe(
      long memberId,
      String displayName,
      String email,
      boolean emailNotifications,
      boolean workshopNotices) {
    var member = em.find(Member.class, memberId);
    member.describe(displayName, email, emailNotifications, workshopNotices);
    return member;
  }

  /** Whether the member is an official whose grant covers this commune. */
  public boolean answersFor(long memberId, String communeCode) {
    return RoleGrant.any(grants(memberId), Role.OFFICIAL, communeCode);
  }

  /** Whether the member is a trainer whose grant covers this place. */
  public boolean trains(long memberId, String placeCode) {
    return RoleGrant.any(grants(memberId), Role.TRAINER, placeCode);
  }

  /** The roles a member holds anywhere; every member is a citizen. */
  public Set<Role> roles(long memberId) {
    var roles = EnumSet.of(Role.CITIZEN);
    grants(memberId).forEach(grant -> roles.add(grant.getRole()));
    return roles;
  }

  /** Grants a role over a place (null: the whole country); granting it twice changes nothing. */
  public void grant(long memberId, Role role, String placeCode, Long grantedBy) {
    var held =
        grants(memberId).stream()
            .anyMatch(
                g -> g.getRole() == role && java.util.Objects.equals(g.getPlaceCode(), placeCode));
    if (!held) {
      em.persist(new RoleGrant(memberId, role, placeCode, grantedBy));
    }
  }

  /** Members whose login starts with, or whose display name contains, the text typed. */
  public List<Member> search(String typed, int limit) {
    var text = typed == null ? "" : typed.strip();
    var login = LoginName.normalise(text).orElse(text.toLowerCase(java.util.Locale.ROOT));
    return em.createNamedQuery(Member.SEARCH, Member.class)
        .setParameter("login", Places.escapeLike(login) + "%")
        .setParameter("name", "%" + Places.escapeLike(text) + "%")
        .setMaxResults(limit)
        .getResultList();
  }

  /** Takes a grant back; an admin cannot take away their own admin grant, so one always remains. */
  public void revoke(long grantId, long byMemberId) {
    var grant = em.find(RoleGrant.class, grantId);
    if (grant == null) {
      return;
    }
    if (grant.getRole() == Role.ADMIN && grant.getMemberId() == byMemberId) {
      throw new SignupRefused("admin.revoke.self");
    }
    em.remove(grant);
  }

  public Optional<RoleGrant> findGrant(long grantId) {
    return Optional.ofNullable(em.find(RoleGrant.class, grantId));
  }

  /**
   * The member deletes their account, after typing their password again: what other features keep
   * of them goes first ({@link org.vedika.account.entity.MemberDeleted}, in this transaction), then
   * their roles and API tokens, then everything of the person in the row ({@link Member#erase}).
   * Audited.
   *
   * @param eraseText also erase the text of their problems and replies (else they stay, as "a
   *     former member"'s)
   * @throws org.vedika.Refusal when the password is not theirs
   */
  public void delete(long memberId, String password, boolean eraseText) {
    var member = lockMember(memberId);
    if (member.isFormer()
        || password == null
        || !hashing.verify(password, member.getPasswordHash())) {
      throw new org.vedika.Refusal("account.delete.password", "member " + memberId);
    }
    deleted.fire(new org.vedika.account.entity.MemberDeleted(memberId, eraseText));
    em.createQuery("DELETE FROM RoleGrant g WHERE g.memberId = :member")
        .setParameter("member", memberId)
        .executeUpdate();
    em.createQuery(
            "UPDATE ApiToken t SET t.revokedAt = :now"
                + " WHERE t.memberId = :member AND t.revokedAt IS NULL")
        .setParameter("now", java.time.Instant.now())
        .setParameter("member", memberId)
        .executeUpdate();
    var random = new byte[32];
    new java.security.SecureRandom().nextBytes(random);
    member.erase(hashing.hash(java.util.HexFormat.of().formatHex(random)), java.time.Instant.now());
    java.util.logging.Logger.getLogger("org.vedika.audit")
        .info(
            () ->
                "member "
                    + memberId
                    + " deleted their account"
                    + (eraseText ? ", erasing their text" : ""));
  }

  /** The member's profile and roles, for their data download. */
  public jakarta.json.JsonObject dataOf(long memberId) {
    var profile =
        org.vedika.JsonRows.of(
            em.createNativeQuery(
                    "SELECT id, login, display_name, email, email_notifications, language,"
                        + " home_village, status, created_at FROM member WHERE id = ?")
                .setParameter(1, memberId)
                .getResultList(),
            "id",
            "login",
            "name",
            "email",
            "emailNotifications",
            "language",
            "homeVillage",
            "status",
            "createdAt");
    return jakarta.json.Json.createObjectBuilder()
        .add("profile", profile.isEmpty() ? jakarta.json.JsonValue.NULL : profile.get(0))
        .add(
            "roles",
            org.vedika.JsonRows.of(
                em.createNativeQuery(
                        "SELECT role, place_code, granted_at FROM role_grant WHERE member_id = ?"
                            + " ORDER BY role, place_code")
                    .setParameter(1, memberId)
                    .getResultList(),
                "role",
                "place",
                "grantedAt"))
        .build();
  }

  /** Replaces a hash made with weaker parameters, after the password was verified. */
  public void upgradeHash(long memberId, String password) {
    find(memberId).ifPresent(member -> member.rehash(hashing.hash(password)));
  }
}
