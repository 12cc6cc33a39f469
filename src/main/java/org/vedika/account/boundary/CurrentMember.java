package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;
import org.vedika.account.entity.RoleGrant;

/** Who is reading this request, if anyone is logged in. */
@Named
@RequestScoped
public class CurrentMember {

  @Inject SecurityContext security;
  @Inject MemberReads members;

  private Optional<Member> member;
  private List<RoleGrant> grants;
  private Boolean loggedIn;
  private Long id;

  public Optional<Member> get() {
    if (member == null) {
      var memberId = getId();
      member =
          memberId == null ? Optional.empty() : members.find(memberId).filter(Member::isActive);
    }
    return member;
  }

  /**
   * Logs in with a login and password through Jakarta Security (the form mechanism and {@link
   * MemberIdentityStore}); on success the session id changes, so a session id planted before the
   * login is worth nothing after it.
   */
  public AuthenticationStatus logIn(String login, String password) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    var status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(login, password)));
    if (status == AuthenticationStatus.SUCCESS) {
      request.changeSessionId();
      member = null;
      loggedIn = null;
      id = null;
    }
    return status;
  }

  /**
   * The reader's role grants, read once per request: the header, the page and its forms all ask (an
   * action's facade still checks on its own, in its transaction).
   */
  public List<RoleGrant> grants() {
    if (grants == null) {
      grants = isLoggedIn() ? members.grants(getId()) : List.of();
    }
    return grants;
  }

  /** Whether the reader holds the role anywhere. */
  public boolean has(Role role) {
    return grants().stream().anyMatch(grant -> grant.getRole() == role);
  }

  /** Whether the reader holds the role over this place. */
  public boolean has(Role role, String placeCode) {
    return RoleGrant.any(grants(), role, placeCode);
  }

  /** Moderates somewhere: a moderator of some places, or an admin (everywhere). */
  public boolean isModerator() {
    return has(Role.MODERATOR) || has(Role.ADMIN);
  }

  /**
   * An admin: the header's link to the admin pages. False while the database does not answer (the
   * header must still render); the admin pages check again.
   */
  public boolean isAdmin() {
    try {
      return has(Role.ADMIN);
    } catch (RuntimeException databaseDown) {
      return false;
    }
  }

  /** The communes the reader answers for as their official (codes), sorted. */
  public List<String> communesAnswered() {
    return grants().stream()
        .filter(grant -> grant.getRole() == Role.OFFICIAL)
        .map(RoleGrant::getPlaceCode)
        .sorted()
        .toList();
  }

  /**
   * Logged in: known from the session alone, so it holds while the database blinks. Asked once per
   * request (a member's page asks dozens of times; each answer from Jakarta Security looks beans up
   * through JNDI).
   */
  public boolean isLoggedIn() {
    if (loggedIn == null) {
      getId();
    }
    return loggedIn;
  }

  /** The name for the header; empty while the database does not answer. */
  public String getDisplayName() {
    try {
      return get().map(Member::getDisplayName).orElse("");
    } catch (RuntimeException databaseDown) {
      return "";
    }
  }

  /**
   * This request reads as the member a personal API token speaks for ({@link ApiTokenFilter}, API
   * requests only): as if they were logged in, for this request alone.
   */
  void actAs(long memberId) {
    loggedIn = true;
    id = memberId;
    member = null;
    grants = null;
  }

  /** The reader's member id, or null; asked of Jakarta Security once per request (see above). */
  public Long getId() {
    if (loggedIn == null) {
      var caller = security.getCallerPrincipal();
      loggedIn = caller != null;
      id = caller == null ? null : Long.valueOf(caller.getName());
    }
    return id;
  }
}
