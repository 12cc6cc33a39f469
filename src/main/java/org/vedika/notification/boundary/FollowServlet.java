package org.vedika.notification.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.vedika.FormPosts;
import org.vedika.FormToken;
import org.vedika.account.boundary.CurrentMember;

/**
 * {@code POST /follow}: the follow buttons of a problem's page, a small form post (as the vote is)
 * instead of a Faces form on the most read page. Fields: {@code id} (the problem), {@value
 * FormToken#FIELD} (the session's token) and the button pressed, {@code follow:follow} or {@code
 * follow:unfollow}. The answer is a redirect back to the problem ({@code 303}); a visitor is sent
 * to log in, and a post without the session's token changes nothing and comes back asking to try
 * again ({@code ?stale=1}).
 */
@WebServlet("/follow")
public class FollowServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Notifications notifications;
  @Inject transient CurrentMember me;
  @Inject transient FormToken token;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var ids = FormPosts.numbers(request, response, "id");
    if (ids == null) {
      return;
    }
    var problemId = ids[0];
    var page = "/problem/" + problemId;
    if (!FormPosts.admitted(request, response, me.isLoggedIn(), token, page, "#follow")) {
      return;
    }
    if (request.getParameter("follow:unfollow") != null) {
      notifications.unfollow(me.getId(), problemId);
    } else {
      notifications.follow(me.getId(), problemId);
    }
    FormPosts.seeOther(request, response, page + "#follow");
  }
}
