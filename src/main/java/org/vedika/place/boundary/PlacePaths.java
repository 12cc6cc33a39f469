package org.vedika.place.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Clean, bookmarkable URLs with an id in the path: {@code /place/050601} is served by the Facelets
 * page {@code /place.xhtml?code=050601}, {@code /problem/42} by {@code /problem.xhtml?id=42}
 * ({@code /workshop/7}, {@code /guide/3} likewise; a bare {@code /guide} goes on to whoever serves
 * it). Faces has extensionless views but no path parameters. The rest of the query string is kept.
 * The forms of these pages post back to the same clean URL ({@link CleanUrlForms}).
 */
@WebFilter({"/place/*", "/problem/*", "/workshop/*", "/recurring/*", "/guide/*"})
public class PlacePaths extends HttpFilter {

  /**
   * The request attribute naming the view a clean URL was forwarded to ({@code /problem.xhtml}).
   */
  static final String VIEW = PlacePaths.class.getName() + ".view";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    var slash = path.indexOf('/', 1);
    if (slash < 0) {
      chain.doFilter(request, response);
      return;
    }
    var view = path.substring(1, slash);
    var parameter = "place".equals(view) ? "code" : "id";
    var value = path.substring(slash + 1);
    var query = parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    if (request.getQueryString() != null) {
      query += "&" + request.getQueryString();
    }
    request.setAttribute(VIEW, "/" + view + ".xhtml");
    request.getRequestDispatcher("/" + view + ".xhtml?" + query).forward(request, response);
  }
}
