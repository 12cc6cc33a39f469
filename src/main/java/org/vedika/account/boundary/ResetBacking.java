package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.vedika.Refusal;
import org.vedika.account.entity.Member;
import org.vedika.i18n.boundary.Messages;

/**
 * {@code /reset}: a new password, with the link's token ({@code ?token=…}, from the e-mail) or with
 * the phone number and the code a member was handed ({@link PasswordResets}). Then to the login
 * page, which says the password was changed.
 */
@Named
@RequestScoped
public class ResetBacking {

  @Inject PasswordResets resets;
  @Inject Messages messages;

  private String token;

  private String login;

  private String code;

  @NotBlank(message = "{account.password.required}")
  @Size(min = Member.PASSWORD_MIN, max = Member.PASSWORD_MAX, message = "{account.password.size}")
  private String password;

  private Boolean linkOpen;

  public void reset() throws IOException {
    if (isWithLink()) {
      try {
        resets.resetWithToken(token, password);
      } catch (Refusal refused) {
        messages.refused(refused);
        return;
      }
    } else {
      if (login == null || login.isBlank() || code == null || code.isBlank()) {
        messages.error(null, "reset.code.required");
        return;
      }
      if (resets.resetWithCode(login, code, password) != PasswordResets.CodeOutcome.CHANGED) {
        messages.error(null, "reset.code.invalid");
        return;
      }
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    messages.info(null, "reset.done");
    org.vedika.Pages.redirect("/login");
  }

  /** A link from an e-mail (its token), not a code. */
  public boolean isWithLink() {
    return token != null && !token.isBlank();
  }

  /** The link can still set a password (else the page says so and offers a new one). */
  public boolean isLinkOpen() {
    if (linkOpen == null) {
      linkOpen = isWithLink() && resets.isOpen(token);
    }
    return linkOpen;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
