package org.vedika.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.vedika.Pages;
import org.vedika.account.boundary.CurrentMember;

/**
 * The follow buttons of {@code /problem/{id}}: plain posts that redirect back. The problem's id
 * comes with the form ({@code id}).
 */
@Named
@RequestScoped
public class FollowBacking {

  @Inject Notifications notifications;
  @Inject NotificationReads reads;
  @Inject CurrentMember me;

  private Boolean following;

  public void follow() throws IOException {
    act(true);
  }

  public void unfollow() throws IOException {
    act(false);
  }

  private void act(boolean follow) throws IOException {
    var problemId = problemId();
    if (problemId == null) {
      return;
    }
    if (!me.isLoggedIn()) {
      Pages.logInFirst("/problem/" + problemId);
      return;
    }
    if (follow) {
      notifications.follow(me.getId(), problemId);
    } else {
      notifications.unfollow(me.getId(), problemId);
    }
    Pages.redirect("/problem/" + problemId);
  }

  /** Whether the reader follows this page's problem (read once per request). */
  public boolean isFollowing() {
    if (following == null) {
      var problemId = problemId();
      following = me.isLoggedIn() && problemId != null && reads.follows(me.getId(), problemId);
    }
    return following;
  }

  private Long problemId() {
    try {
      // read with OmniFaces' Faces utility, not @Param, on the most read page (see ProblemBacking):
      // /problem/42 forwards id=42, its forms post it back
      var id = Faces.getRequestParameter("id");
      return id == null ? null : Long.valueOf(id);
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }
}
