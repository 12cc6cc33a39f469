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

  /** The chosen village's code: set by the picker's script, or found from what was typed. */
  private String village;

  /** The village's name as typed (or the picker's label). */
  private String villageText;

  /** Villages that match what was typed, when it was more than one: the member picks theirs. */
  private List<Place> choices = List.of();

  private String next;

  public void signUp() throws IOException {
    if (!resolveVillage()) {
      return;
    }
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

  /**
   * The home village: the code the picker's script chose, or the one the member picked among
   * several matches, or the only village whose name matches what they typed (without JavaScript the
   * typed name is all there is). Several matches are offered to choose from; none is said.
   */
  private boolean resolveVillage() {
    var picked = request.getParameter(CHOICE);
    for (var code : new String[] {picked, village}) {
      if (code != null && !code.isBlank()) {
        var place = places.find(code.strip()).filter(p -> p.getLevel() == PlaceLevel.VILLAGE);
        if (place.isPresent()) {
          village = place.get().getCode();
          return true;
        }
      }
    }
    if (villageText == null || villageText.isBlank()) {
      messages.error("signup:villageText", "account.village.required");
      return false;
    }
    var found = places.findByName(villageText, PlaceLevel.VILLAGE);
    if (found.size() == 1) {
      village = found.get(0).getCode();
      return true;
    }
    if (found.isEmpty()) {
      messages.error("signup:villageText", "account.village.notFound");
    } else {
      choices = found;
      messages.error("signup:villageText", "account.village.choose");
    }
    return false;
  }

  /** The radio buttons' name, when the member picks among matching villages. */
  public static final String CHOICE = "villageChoice";

  public List<Place> getChoices() {
    return choices;
  }

  public String getVillageText() {
    return villageText;
  }

  public void setVillageText(String villageText) {
    this.villageText = villageText;
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
