package org.vedika.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.vedika.account.boundary.CurrentMember;

/**
 * The follow buttons of {@code /problem/{id}}, as the page shows them: whether the reader follows
 * the problem. The buttons post to {@link FollowServlet}.
 */
@Named
@RequestScoped
public class FollowBacking {

  @Inject NotificationReads reads;
  @Inject CurrentMember me;

  private Boolean following;

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
