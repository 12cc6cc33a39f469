package org.vedika.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.vedika.account.entity.Member;
import org.vedika.i18n.boundary.Messages;
import org.vedika.mail.control.Mailer;

/**
 * {@code /profile}: the member's name, e-mail address and whether official answers and status
 * changes on the problems they follow also come by e-mail (in-app notifications always do).
 */
@Named
@RequestScoped
public class ProfileBacking {

  @Inject CurrentMember me;
  @Inject Members members;
  @Inject Messages messages;
  @Inject Mailer mailer;

  @NotBlank(message = "{account.name.required}")
  @Size(
      min = Member.DISPLAY_NAME_MIN,
      max = Member.DISPLAY_NAME_MAX,
      message = "{account.name.size}")
  private String displayName;

  @Email(message = "{profile.email.invalid}")
  @Size(max = Member.LOGIN_MAX, message = "{profile.email.invalid}")
  private String email;

  private boolean emailNotifications;

  private boolean workshopNotices;

  /** The form starts from what is saved (a postback then overwrites it with what was typed). */
  @PostConstruct
  void init() {
    me.get()
        .ifPresent(
            member -> {
              displayName = member.getDisplayName();
              email = member.getEmail();
              emailNotifications = member.isEmailNotifications();
              workshopNotices = member.isWorkshopNotices();
            });
  }

  /** View action: members only. */
  public void load() throws IOException {
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
    }
  }

  public void save() throws IOException {
    if (!me.isLoggedIn()) {
      load();
      return;
    }
    if (emailNotifications && (email == null || email.isBlank())) {
      messages.error("profile:email", "profile.email.needed");
      return;
    }
    members.describe(me.getId(), displayName, email, emailNotifications, workshopNotices);
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    messages.info(null, "profile.saved");
    external.redirect(external.getRequestContextPath() + "/profile");
  }

  /** Whether this Vedika sends e-mail at all (an SMTP server is configured). */
  public boolean isMailConfigured() {
    return mailer.isConfigured();
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isEmailNotifications() {
    return emailNotifications;
  }

  public void setEmailNotifications(boolean emailNotifications) {
    this.emailNotifications = emailNotifications;
  }

  public boolean isWorkshopNotices() {
    return workshopNotices;
  }

  public void setWorkshopNotices(boolean workshopNotices) {
    this.workshopNotices = workshopNotices;
  }
}
