package org.vedika.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.vedika.Refusal;
import org.vedika.account.entity.ApiToken;
import org.vedika.i18n.boundary.Messages;

/**
 * The API tokens part of {@code /profile}, for policymakers and admins: make a token (its secret is
 * shown once, on the page the making redirects to), see them, revoke one.
 */
@Named
@RequestScoped
public class ApiTokensBacking {

  /** The flash attribute that carries a new token's secret to the next page, once. */
  static final String MADE = "madeToken";

  @Inject CurrentMember me;
  @Inject ApiTokens tokens;
  @Inject Messages messages;

  private String name;
  private List<ApiToken> list;
  private Boolean mayHold;

  /**
   * Whether the part shows: for policymakers and admins, and for a member who holds tokens still (a
   * grant taken back leaves them able to see and revoke their tokens; making one is refused).
   */
  public boolean isShown() {
    if (mayHold == null) {
      mayHold = me.isLoggedIn() && tokens.mayHold(me.getId());
    }
    return mayHold || !getList().isEmpty();
  }

  public List<ApiToken> getList() {
    if (list == null) {
      list = me.isLoggedIn() ? tokens.of(me.getId()) : List.of();
    }
    return list;
  }

  /** A token just made, shown once (null on any other page). */
  public String getMade() {
    var flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
    return (String) flash.get(MADE);
  }

  public void make() throws IOException {
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
      return;
    }
    try {
      var made = tokens.make(me.getId(), name);
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().put(MADE, made.secret());
      external.getFlash().setKeepMessages(true);
      messages.info(null, "token.made", made.token().getName());
      external.redirect(external.getRequestContextPath() + "/profile#tokens");
    } catch (Refusal refusal) {
      messages.refused(refusal);
    }
  }

  public void revoke(long tokenId) throws IOException {
    if (!me.isLoggedIn()) {
      org.vedika.Pages.logInFirst();
      return;
    }
    try {
      tokens.revoke(me.getId(), tokenId);
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      messages.info(null, "token.revoked");
      external.redirect(external.getRequestContextPath() + "/profile#tokens");
    } catch (Refusal refusal) {
      messages.refused(refusal);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
