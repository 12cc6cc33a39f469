package org.vedika.problem.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.vedika.FormPosts;
import org.vedika.FormToken;
import org.vedika.Refusal;
import org.vedika.account.boundary.CurrentMember;
import org.vedika.i18n.boundary.Messages;

/**
 * {@code POST /reply/mark}: the marks beside a reply of a problem's thread, a small form post (as
 * the vote and the delete are) so that the thread stays HTML written in Java. Fields: {@code id}
 * (the problem), {@code reply}, {@code page} (the thread's page to come back to), {@value
 * FormToken#FIELD} (the session's token) and {@code mark}: {@code helpful} or {@code not-helpful}
 * (any member, on somebody else's reply), {@code solution} or {@code not-solution} (the problem's
 * author or its commune's official).
 *
 * <p>The answer is a redirect back to the reply ({@code 303}); a refusal is shown there once, as a
 * refused delete is ({@link DeleteReplyServlet#REFUSED}). A visitor is sent to log in; a post
 * without the session's token changes nothing and comes back asking to try again. Who may mark what
 * is checked by {@link Problems}.
 */
@WebServlet("/reply/mark")
public class MarkReplyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Problems problems;
  @Inject transient CurrentMember me;
  @Inject transient FormToken token;
  @Inject transient Messages messages;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var ids = FormPosts.numbers(request, response, "id", "reply");
    if (ids == null) {
      return;
    }
    var problemId = ids[0];
    var replyId = ids[1];
    var page = "/problem/" + problemId + "?page=" + FormPosts.threadPage(request);
    var anchor = "#reply-" + replyId;
    if (!FormPosts.admitted(request, response, me.isLoggedIn(), token, page, anchor)) {
      return;
    }
    var mark = request.getParameter("mark");
    try {
      var member = me.get().orElseThrow();
      switch (mark == null ? "" : mark) {
        case "helpful" -> problems.markHelpful(member, problemId, replyId, true);
        case "not-helpful" -> problems.markHelpful(member, problemId, replyId, false);
        case "solution" -> {
          problems.markSolution(member, problemId, replyId, true);
          anchor = "#solution";
        }
        case "not-solution" -> problems.markSolution(member, problemId, replyId, false);
        default -> {
          response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown mark");
          return;
        }
      }
    } catch (Refusal refused) {
      request
          .getSession()
          .setAttribute(
              DeleteReplyServlet.REFUSED, messages.text(refused.bundleKey(), refused.arguments()));
    }
    FormPosts.seeOther(request, response, page + anchor);
  }
}
