package org.vedika.vote.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
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
 * {@code POST /vote}: the vote buttons of a problem's page, a small form post instead of a postback
 * of the whole page. Fields: {@code id} (the problem), {@value FormToken#FIELD} (the session's
 * token) and the button pressed, {@code vote:cast} or {@code vote:retract}.
 *
 * <p>Without JavaScript the answer is a redirect back to the problem ({@code 303}; a refusal is
 * shown there, {@link VoteBacking#getRefusal}); with it ({@code Accept: application/json}, {@code
 * vote.js}) the answer is the new count and whether the member has voted, and the page changes in
 * place. A visitor is sent to log in and comes back to the problem; a post without the session's
 * token changes nothing: the browser comes back to the problem asking to try again ({@code
 * ?stale=1}), a script gets {@code 403}.
 */
@WebServlet("/vote")
public class VoteServlet extends HttpServlet {

  /** The session attribute holding the text of a refusal until the problem page shows it. */
  public static final String REFUSED = VoteServlet.class.getName() + ".refused";

  private static final long serialVersionUID = 1L;

  @Inject transient Votes votes;
  @Inject transient VoteReads reads;
  @Inject transient CurrentMember me;
  @Inject transient FormToken token;
  @Inject transient Messages messages;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var ids = FormPosts.numbers(request, response, "id");
    if (ids == null) {
      return;
    }
    var problemId = ids[0];
    var page = "/problem/" + problemId;
    var json = wantsJson(request);
    if (!json && !FormPosts.admitted(request, response, me.isLoggedIn(), token, page, "#vote")) {
      return;
    }
    if (json && !me.isLoggedIn()) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (json && (request.getSession(false) == null || !token.matches(request))) {
      // a script's post without the session's token: nothing is done
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    var cast = request.getParameter("vote:retract") == null;
    try {
      if (cast) {
        votes.cast(me.getId(), problemId);
      } else {
        votes.retract(me.getId(), problemId);
      }
    } catch (Refusal refused) {
      var text = messages.text(refused.bundleKey(), refused.arguments());
      if (json) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        write(response, Json.createObjectBuilder().add("message", text).build().toString());
      } else {
        request.getSession().setAttribute(REFUSED, text);
        FormPosts.seeOther(request, response, page + "#vote");
      }
      return;
    }
    if (json) {
      var count = reads.people(problemId);
      write(
          response,
          Json.createObjectBuilder()
              .add("count", count)
              .add("label", messages.text("problem.votes.count", count))
              .add("voted", cast)
              .build()
              .toString());
    } else {
      FormPosts.seeOther(request, response, page + "#vote");
    }
  }

  private static boolean wantsJson(HttpServletRequest request) {
    var accept = request.getHeader("Accept");
    return accept != null && accept.startsWith("application/json");
  }

  private static void write(HttpServletResponse response, String body) throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(body);
  }
}
