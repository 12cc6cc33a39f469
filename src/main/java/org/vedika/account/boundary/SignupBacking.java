package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import org.vedika.LocalPath;
import org.vedika.account.entity.Member;
import org.vedika.i18n.boundary.Messages;
import org.vedika.place.boundary.Places;
import org.vedika.place.entity.Place;
import org.vedika.place.entity.PlaceLevel;

/**
 * {@code /signup}: phone number or e-mail, display name, password and home village; then logged in.
 */
@Named
@RequestScoped
public class SignupBacking {

  @Inject Members members;
  @Inject Places places;
  @Inject Messages messages;
  @Inject CurrentMember me;
  @Inject HttpServletRequest request;

  @NotBlank(message = "{account.login.required}")
  private String login;

  @NotBlank(message = "{account.name.required}")
  @Size(
      min = Member.DISPLAY_NAME_MIN,
      max = Member.DISPLAY_NAME_MAX,
      message = "{account.name.size}")
  private String displayName;

  @NotBlank(message = "{account.password.required}")
  @Size(min = Member.PASSWORD_MIN, max = Member.PASSWORD_MAX, message = "{account.password.size}")
  private String password;

  @NotBlank(message = "{account.village.required}")
  private String village;

  private String next;

  public void signUp() throws IOException {
    try {
      members.signUp(login, displayName, password, village);
    } catch (Members.SignupRefused refused) {
      messages.error(null, refused.bundleKey());
      return;
    }
    me.logIn(login, password);
    var external = FacesContext.getCurrentInstance().getExternalContext();
    // sent from a page (to vote, to reply): back there; otherwise into their own village's forum,
    // where raising a problem is one tap away
    var to =
        next == null || next.isBlank()
            ? me.get().map(m -> "/place/" + m.getHomeVillage() + "?welcome=1").orElse("/")
            : LocalPath.orHome(next);
    external.redirect(request.getContextPath() + to);
  }

  /** Village suggestions for the home-village finder. */
  public List<Place> villages(String typed) {
    return places.findByName(typed).stream()
        .filter(p -> p.getLevel() == PlaceLevel.VILLAGE)
        .toList();
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getVillage() {
    return village;
  }

  public void setVillage(String village) {
    this.village = village;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
