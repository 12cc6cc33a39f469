package org.vedika.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A role a member holds over a place: an official over a commune, a moderator or policymaker over a
 * district, province or (no place) the whole country.
 */
@Entity
@Table(name = "role_grant")
@NamedQuery(
    name = RoleGrant.FOR_MEMBER,
    query = "SELECT g FROM RoleGrant g WHERE g.memberId = :member ORDER BY g.role, g.placeCode")
@NamedQuery(
    name = RoleGrant.ALL,
    query = "SELECT g FROM RoleGrant g ORDER BY g.memberId, g.role, g.placeCode")
public class RoleGrant {

  public static final String FOR_MEMBER = "RoleGrant.forMember";
  public static final String ALL = "RoleGrant.all";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Role role;

  /** null: the whole country */
  @Column(name = "place_code", length = 8)
  private String placeCode;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "granted_by")
  private Long grantedBy;

  protected RoleGrant() {}

  public RoleGrant(Long memberId, Role role, String placeCode, Long grantedBy) {
    this.memberId = Objects.requireNonNull(memberId, "A member is required.");
    this.role = Objects.requireNonNull(role, "A role is required.");
    if (role == Role.OFFICIAL && (placeCode == null || placeCode.length() != 6)) {
      throw new IllegalArgumentException("An official answers for one commune (6-digit code).");
    }
    if ((role == Role.MODERATOR || role == Role.POLICYMAKER)
        && placeCode != null
        && placeCode.length() > 4) {
      throw new IllegalArgumentException(
          "A " + role + " covers a district, a province or the country.");
    }
    if (role == Role.TRAINER && placeCode != null && placeCode.length() > 6) {
      throw new IllegalArgumentException(
          "A trainer covers a commune, a district, a province or the country.");
    }
    this.placeCode = placeCode;
    this.grantedBy = grantedBy;
    this.grantedAt = Instant.now();
  }

  /** Whether any of these grants gives the role over the place with the given code. */
  public static boolean any(Collection<RoleGrant> grants, Role role, String placeCode) {
    return grants.stream().anyMatch(grant -> grant.getRole() == role && grant.covers(placeCode));
  }

  /**
   * The place-code prefixes that any of these roles gives: {@code ""} (the whole country) alone
   * when one of them covers the country or is an admin's, else their places, sorted. Empty: none.
   */
  public static List<String> prefixes(Collection<RoleGrant> grants, Set<Role> roles) {
    var prefixes = new TreeSet<String>();
    for (var grant : grants) {
      if (roles.contains(grant.getRole())) {
        prefixes.add(
            grant.getRole() == Role.ADMIN || grant.getPlaceCode() == null
                ? ""
                : grant.getPlaceCode());
      }
    }
    return prefixes.contains("") ? List.of("") : List.copyOf(prefixes);
  }

  /** Whether this grant reaches the place with the given code (a place inside its own). */
  public boolean covers(String code) {
    return placeCode == null || (code != null && code.startsWith(placeCode));
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Role getRole() {
    return role;
  }

  public String getPlaceCode() {
    return placeCode;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Long getGrantedBy() {
    return grantedBy;
  }
}
