package org.vedika.moderation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.vedika.account.boundary.CurrentMember;

/** The header's review-queue link, for moderators and admins. */
@Named
@RequestScoped
public class ModeratorHeader {

  @Inject CurrentMember me;

  private Boolean moderator;

  /** False while the database does not answer: the header must still render. */
  public boolean isModerator() {
    if (moderator == null) {
      try {
        moderator = me.isModerator();
      } catch (RuntimeException databaseDown) {
        moderator = false;
      }
    }
    return moderator;
  }
}
