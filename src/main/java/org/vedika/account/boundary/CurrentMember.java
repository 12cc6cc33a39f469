package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.vedika.account.entity.Member;

/** Who is reading this request, if anyone is logged in. */
@Named
@RequestScoped
public class CurrentMember {

  @Inject SecurityContext security;
  @Inject Members members;

  private Optional<Member> member;

  public Optional<Member> get() {
    if (member == null) {
      var caller = security.getCallerPrincipal();
      member =
          caller == null
              ? Optional.empty()
              : members.find(Long.parseLong(caller.getName())).filter(Member::isActive);
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
    }
    return status;
  }

  /** Logged in: known from the session alone, so it holds while the database blinks. */
  public boolean isLoggedIn() {
    return security.getCallerPrincipal() != null;
  }

  /** The name for the header; empty while the database does not answer. */
  public String getDisplayName() {
    try {
      return get().map(Member::getDisplayName).orElse("");
    } catch (RuntimeException databaseDown) {
      return "";
    }
  }

  public Long getId() {
    var caller = security.getCallerPrincipal();
    return caller == null ? null : Long.valueOf(caller.getName());
  }
}
