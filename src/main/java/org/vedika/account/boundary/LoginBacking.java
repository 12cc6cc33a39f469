package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.vedika.LocalPath;
import org.vedika.account.control.LoginName;
import org.vedika.account.control.LoginThrottle;
import org.vedika.i18n.boundary.Messages;

/** {@code /login}: phone number or e-mail, and password; back to where the member was. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject CurrentMember me;
  @Inject LoginThrottle throttle;
  @Inject Messages messages;
  @Inject HttpServletRequest request;

  @NotBlank private String login;
  @NotBlank private String password;
  private String next;

  public void logIn() throws IOException {
    var faces = FacesContext.getCurrentInstance();
    var key = LoginName.normalise(login).orElse(login);
    var wait = throttle.retryAfter(key);
    if (wait.isPresent()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(429);
      messages.error(null, "account.login.throttled", Math.max(1, wait.get().toSeconds()));
      return;
    }
    var status = me.logIn(login, password);
    if (status == AuthenticationStatus.SUCCESS) {
      faces.getExternalContext().redirect(request.getContextPath() + LocalPath.orHome(next));
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else {
      messages.error(null, "account.login.failed");
    }
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
