package org.vedika.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.account.entity.Role;

/** The header's dashboard and groupings links, for the members who may use them. */
@Named
@RequestScoped
public class DashboardHeader {

  @Inject CurrentMember me;

  private Boolean reader;
  private Boolean curator;

  /**
   * Policymakers and admins. False while the database does not answer: the header must still
   * render.
   */
  public boolean isReader() {
    if (reader == null) {
      try {
        reader = me.isLoggedIn() && (me.has(Role.POLICYMAKER) || me.has(Role.ADMIN));
      } catch (RuntimeException databaseDown) {
        reader = false;
      }
    }
    return reader;
  }

  /** Those who curate recurring problems: moderators, policymakers and admins. */
  public boolean isCurator() {
    if (curator == null) {
      try {
        curator = me.isLoggedIn() && (me.has(Role.POLICYMAKER) || me.isModerator());
      } catch (RuntimeException databaseDown) {
        curator = false;
      }
    }
    return curator;
  }
}
