package org.vedika.problem.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Nothing typed is lost to a login: a problem, reply or guide posted by someone who is not (or no
 * longer) logged in — never logged in, or their session expired while they wrote — is kept in a
 * fresh session, they are sent to log in, and the page they come back to shows the draft again.
 */
// FORWARD too: a form of a clean-URL page posts to /problem/42, which PlacePaths forwards (the two
// filters' order on the request is not defined)
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class Drafts extends HttpFilter {

  /** The session attribute holding the kept draft. */
  public static final String SESSION_KEY = "org.vedika.draft";

  /** The form fields worth keeping, by the page they belong to. */
  static final Set<String> FIELDS =
      Set.of("raise:title", "raise:body", "raise:category", "place", "reply:text", "id", "from");

  /** A guide's editing form: every field of it is kept (the guide feature's page). */
  static final String GUIDE = "guide:";

  /**
   * A kept draft: the fields as they were posted, and the bundle key of what the page says of it.
   */
  public record Draft(Map<String, String> fields, String message) implements Serializable {
    public Optional<String> get(String name) {
      return Optional.ofNullable(fields.get(name)).filter(value -> !value.isBlank());
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())
        || request.getRemoteUser() != null
        || !hasText(request)) {
      chain.doFilter(request, response);
      return;
    }
    request.getSession(true);
    var back = keep(request, "draft.restored").orElseThrow();
    response.sendRedirect(request.getContextPath() + org.vedika.Pages.loginPath(back));
  }

  /**
   * Keeps the problem or reply text of a posted form in the request's session (when it has text and
   * a session), with the bundle key of the message the page shows when it puts it back; returns the
   * path of the page that will.
   */
  public static Optional<String> keep(HttpServletRequest request, String message) {
    HttpSession session = request.getSession(false);
    if (session == null || !hasText(request)) {
      return Optional.empty();
    }
    var fields = new HashMap<String, String>();
    for (var name : FIELDS) {
      var value = request.getParameter(name);
      if (value != null) {
        fields.put(name, value);
      }
    }
    var guide = false;
    for (var name : request.getParameterMap().keySet()) {
      if (name.startsWith(GUIDE)) {
        fields.put(name, request.getParameter(name));
        guide = true;
      }
    }
    session.setAttribute(SESSION_KEY, new Draft(fields, message));
    if (guide) {
      var id = fields.getOrDefault("id", "").replaceAll("[^0-9]", "");
      var from = fields.getOrDefault("from", "").replaceAll("[^0-9]", "");
      return Optional.of(
          "/guide-edit" + (!id.isEmpty() ? "?id=" + id : !from.isEmpty() ? "?from=" + from : ""));
    }
    return Optional.of(
        fields.containsKey("reply:text") && fields.containsKey("id")
            ? "/problem/" + fields.get("id").replaceAll("[^0-9]", "")
            : "/raise"
                + (fields.containsKey("place")
                    ? "?place=" + fields.get("place").replaceAll("[^0-9]", "")
                    : ""));
  }

  private static boolean hasText(HttpServletRequest request) {
    return notBlank(request.getParameter("reply:text"))
        || notBlank(request.getParameter("raise:title"))
        || notBlank(request.getParameter("raise:body"))
        || notBlank(request.getParameter(GUIDE + "bodyKm"))
        || notBlank(request.getParameter(GUIDE + "bodyEn"));
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  /** Takes the kept draft out of the session, if there is one. */
  public static Optional<Draft> take(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    var draft = (Draft) session.getAttribute(SESSION_KEY);
    session.removeAttribute(SESSION_KEY);
    return Optional.ofNullable(draft);
  }
}
