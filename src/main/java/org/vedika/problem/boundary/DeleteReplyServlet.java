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
 * {@code POST /reply/delete}: the "delete" button beside a member's own reply, a small form post
 * (as the vote is) so that a problem's thread is HTML written in Java, not a Faces form per row.
 * Fields: {@code id} (the problem), {@code reply}, {@code page} (the thread's page to come back to)
 * and {@value FormToken#FIELD}, the session's token.
 *
 * <p>The answer is a redirect back to the thread ({@code 303}); a refusal is shown there once
 * ({@link ProblemBacking#load}). A visitor is sent to log in; a post without the session's token
 * changes nothing and comes back asking to try again ({@code ?stale=1}). Whose reply it is, is
 * checked by {@link Problems#deleteReply}: another member's post deletes nothing.
 */
@WebServlet("/reply/delete")
public class DeleteReplyServlet extends HttpServlet {

  /** The session attribute holding the text of a refusal until the problem page shows it. */
  public static final String REFUSED = DeleteReplyServlet.class.getName() + ".refused";

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
    if (!FormPosts.admitted(request, response, me.isLoggedIn(), token, page, "#reply-" + replyId)) {
      return;
    }
    if (request.getParameter("confirm") == null) {
      // asked first, on the page: nothing is deleted by one slip of the thumb
      FormPosts.seeOther(request, response, page + "&delete=" + replyId + "#reply-" + replyId);
      return;
    }
    try {
      problems.deleteReply(me.get().orElseThrow(), replyId);
    } catch (Refusal refused) {
      request
          .getSession()
          .setAttribute(REFUSED, messages.text(refused.bundleKey(), refused.arguments()));
      FormPosts.seeOther(request, response, page + "#reply-" + replyId);
      return;
    }
    FormPosts.seeOther(request, response, page + "#replies");
  }
}
