package org.vedika;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What every small form post of a problem's page does first ({@code /vote}, {@code /follow}, {@code
 * /reply/delete}): read the problem's id, send a visitor to log in, refuse a post without the
 * session's token ({@link FormToken}), and answer with a redirect ({@code 303}, so a reload does
 * not post again).
 */
public final class FormPosts {

  private FormPosts() {}

  /**
   * The number in each of these fields, or null after answering {@code 400} when one is missing or
   * not a number (no page of Vedika sends such a post).
   */
  public static long[] numbers(
      HttpServletRequest request, HttpServletResponse response, String... fields)
      throws IOException {
    var numbers = new long[fields.length];
    for (var i = 0; i < fields.length; i++) {
      var number = number(request, fields[i]);
      if (number == null) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return null;
      }
      numbers[i] = number;
    }
    return numbers;
  }

  /** The number in a field; null when it is missing or not a number. */
  private static Long number(HttpServletRequest request, String field) {
    try {
      var value = request.getParameter(field);
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /**
   * Whether a browser's post may act: a visitor is sent to log in (and back to {@code page}), and a
   * post without the session's token changes nothing and comes back to {@code page} asking to try
   * again ({@code stale=1}) at {@code anchor}.
   */
  public static boolean admitted(
      HttpServletRequest request,
      HttpServletResponse response,
      boolean loggedIn,
      FormToken token,
      String page,
      String anchor) {
    if (!loggedIn) {
      seeOther(request, response, Pages.loginPath(page));
      return false;
    }
    if (request.getSession(false) == null || !token.matches(request)) {
      // a page kept open past its session, or a post built elsewhere
      seeOther(request, response, page + (page.contains("?") ? "&" : "?") + "stale=1" + anchor);
      return false;
    }
    return true;
  }

  /**
   * The page of a problem's thread a form came from ({@code page}, from 0), to go back to; 0 when
   * missing or not a number.
   */
  public static int threadPage(HttpServletRequest request) {
    var asked = request.getParameter("page");
    try {
      return asked == null ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(asked)));
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }

  /** A redirect to a path of the application that the browser follows with a GET. */
  public static void seeOther(
      HttpServletRequest request, HttpServletResponse response, String path) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + path);
  }
}
