package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import org.vedika.i18n.boundary.Messages;

/**
 * {@code /forgot}: a phone number or e-mail address; the account's e-mail address gets a link to
 * set a new password, and the page says the same whatever the account ({@link
 * PasswordResets#request}), with the way for members without e-mail: a code from their commune
 * office, a trainer or an admin.
 */
@Named
@RequestScoped
public class ForgotBacking {

  @Inject PasswordResets resets;
  @Inject Messages messages;

  @NotBlank(message = "{account.login.required}")
  private String login;

  private boolean asked;

  public void ask() {
    resets.request(login);
    asked = true;
    messages.info(null, "forgot.sent");
  }

  /** The form was sent: the page says what happens next. */
  public boolean isAsked() {
    return asked;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }
}
