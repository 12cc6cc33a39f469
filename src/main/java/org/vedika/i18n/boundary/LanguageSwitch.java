package org.vedika.i18n.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.vedika.LocalPath;

/**
 * {@code GET /language?to=en&next=/place/05}: remembers the language in a cookie for a year and
 * goes back to the page the reader was on. A plain link, so it works without JavaScript.
 */
@WebServlet("/language")
public class LanguageSwitch extends HttpServlet {

  static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var to = request.getParameter("to");
    if (Language.supported(to).isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown language");
      return;
    }
    var cookie = new Cookie(Language.COOKIE, to);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location", request.getContextPath() + LocalPath.orHome(request.getParameter("next")));
  }
}
