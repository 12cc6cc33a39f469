package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.vedika.Refusal;
import org.vedika.account.entity.Member;
import org.vedika.i18n.boundary.Messages;

/**
 * {@code /leave}: a member deletes their account, after typing their password again and choosing
 * whether the text of their problems and replies goes too ({@link Members#delete}); then they are
 * logged out and told it is done ({@code /left}).
 */
@Named
@RequestScoped
public class LeaveBacking {

  @Inject Members members;
  @Inject CurrentMember me;
  @Inject Messages messages;
  @Inject HttpServletRequest request;

  @NotBlank(message = "{account.password.required}")
  @jakarta.validation.constraints.Size(max = Member.PASSWORD_MAX)
  private String password;

  private boolean erase;

  /** View action: members only. */
  public void load() throws IOException {
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
    }
  }

  public void leave() throws IOException {
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
      return;
    }
    try {
      members.delete(me.getId(), password, erase);
    } catch (Refusal refused) {
      messages.refused(refused);
      return;
    }
    try {
      request.logout();
    } catch (ServletException alreadyOut) {
      // the session ends below anyway
    }
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    org.vedika.Pages.redirect("/left");
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isErase() {
    return erase;
  }

  public void setErase(boolean erase) {
    this.erase = erase;
  }
}
