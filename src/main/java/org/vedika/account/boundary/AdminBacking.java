package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;
import org.omnifaces.cdi.Param;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;
import org.vedika.account.entity.RoleGrant;
import org.vedika.i18n.boundary.Messages;
import org.vedika.place.boundary.Places;
import org.vedika.place.entity.PlaceLevel;

/**
 * {@code /admin}: find members, grant them a role over a place, take grants back. Only for admins:
 * every action checks the caller's admin grant in MariaDB, not just the page.
 */
@Named
@RequestScoped
public class AdminBacking {

  static final int RESULTS = 20;
  private static final Logger AUDIT = Logger.getLogger("org.vedika.audit");

  @Inject Members members;
  @Inject Places places;
  @Inject CurrentMember me;
  @Inject Messages messages;
  @Inject org.vedika.place.boundary.PlaceNames placeNames;

  private String q;
  private String memberId;

  /** {@code ?member=ID}: the member chosen from the search results (a link). */
  @Inject
  @Param(name = "member")
  private String memberParam;

  private Member member;
  private Role role;
  private String placeCode;

  /** The place as typed in the grant form's picker (a name or a code). */
  private String placeText;

  /** View action: admins only (403 for anyone else, login first for strangers). */
  public void load() throws IOException {
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
      return;
    }
    if (!isAdmin()) {
      forbid();
      return;
    }
    member = selected();
  }

  public void grant() throws IOException {
    if (!isAdmin()) {
      forbid();
      return;
    }
    var target = selected();
    if (target == null || role == null || role == Role.CITIZEN) {
      messages.error(null, "admin.grant.invalid");
      return;
    }
    var code = placeOf(placeCode, placeText);
    if (code == null && placeText != null && !placeText.isBlank()) {
      messages.error("grant-form:placeText", "admin.grant.placeUnknown");
      return;
    }
    if (!fits(role, code)) {
      messages.error(null, "admin.grant.place");
      return;
    }
    members.grant(target.getId(), role, code, me.getId());
    AUDIT.info(
        () ->
            "member "
                + me.getId()
                + " granted "
                + role
                + " over "
                + code
                + " to member "
                + target.getId());
    confirm(
        "admin.granted",
        messages.text("Role." + role.name()),
        code == null ? messages.text("admin.country") : placeNames.path(code),
        target.getDisplayName());
    back(target.getId());
  }

  /**
   * The grant's place: the code the picker chose, or what was typed — a code, or a name only one
   * place has. Null for the whole country (nothing typed), or when the text names no one place.
   */
  String placeOf(String chosen, String typed) {
    if (chosen != null && !chosen.isBlank()) {
      return places.find(chosen.strip()).map(p -> p.getCode()).orElse(null);
    }
    return places.resolve(typed).map(p -> p.getCode()).orElse(null);
  }

  /** A staff action's confirmation, shown on the page the action redirects to. */
  private void confirm(String key, Object... arguments) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    messages.info(null, key, arguments);
  }

  public void revoke(long grantId) throws IOException {
    if (!isAdmin()) {
      forbid();
      return;
    }
    var grant = members.findGrant(grantId).orElse(null);
    if (grant == null) {
      back(selected() == null ? null : selected().getId());
      return;
    }
    try {
      members.revoke(grantId, me.getId());
    } catch (Members.SignupRefused refused) {
      messages.error(null, refused.bundleKey());
      return;
    }
    AUDIT.info(
        () ->
            "member "
                + me.getId()
                + " revoked "
                + grant.getRole()
                + " over "
                + grant.getPlaceCode()
                + " from member "
                + grant.getMemberId());
    confirm(
        "admin.revoked",
        messages.text("Role." + grant.getRole().name()),
        grant.getPlaceCode() == null
            ? messages.text("admin.country")
            : placeNames.path(grant.getPlaceCode()));
    back(grant.getMemberId());
  }

  /**
   * A role's place: an official a commune; a moderator or policymaker a district, province or the
   * country; a trainer (who counts people at awareness sessions) a commune, district, province or
   * the country.
   */
  boolean fits(Role role, String code) {
    if (code == null) {
      return role == Role.MODERATOR
          || role == Role.POLICYMAKER
          || role == Role.TRAINER
          || role == Role.ADMIN;
    }
    var level = places.find(code).map(p -> p.getLevel()).orElse(null);
    return switch (role) {
      case OFFICIAL -> level == PlaceLevel.COMMUNE;
      case MODERATOR, POLICYMAKER -> level == PlaceLevel.DISTRICT || level == PlaceLevel.PROVINCE;
      case TRAINER ->
          level == PlaceLevel.COMMUNE
              || level == PlaceLevel.DISTRICT
              || level == PlaceLevel.PROVINCE;
      default -> false;
    };
  }

  /** An admin, by the grants in MariaDB; when they cannot be read, nobody is. */
  public boolean isAdmin() {
    return me.isAdmin();
  }

  public List<Member> getResults() {
    if (results == null) {
      results = q == null || q.isBlank() ? List.of() : members.search(q, RESULTS);
    }
    return results;
  }

  private List<Member> results;

  public List<RoleGrant> getGrants() {
    return getMember() == null ? List.of() : members.grants(getMember().getId());
  }

  public List<Role> getRoles() {
    return List.of(Role.OFFICIAL, Role.TRAINER, Role.MODERATOR, Role.POLICYMAKER, Role.ADMIN);
  }

  private Member selected() {
    var id = memberId != null ? memberId : memberParam;
    try {
      return id == null ? null : members.find(Long.parseLong(id)).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void forbid() throws IOException {
    var faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, "Admins only");
    faces.responseComplete();
  }

  private static void back(Long memberId) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/admin"
            + (memberId == null ? "" : "?member=" + memberId));
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getMemberId() {
    return memberId;
  }

  public void setMemberId(String memberId) {
    this.memberId = memberId;
  }

  /** The chosen member, known in every phase: the forms post {@code member} back. */
  public Member getMember() {
    if (member == null) {
      member = selected();
    }
    return member;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getPlaceText() {
    return placeText;
  }

  public void setPlaceText(String placeText) {
    this.placeText = placeText;
  }

  /** Whether a search was made and found no one (the page says so). */
  public boolean isNothingFound() {
    return q != null && !q.isBlank() && getResults().isEmpty();
  }

  public String getPlaceCode() {
    return placeCode;
  }

  public void setPlaceCode(String placeCode) {
    this.placeCode = placeCode;
  }
}
