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
 * Clean, bookmarkable place URLs: {@code /place/050601} is served by the Facelets page {@code
 * /place.xhtml} with {@code code=050601}. Faces has extensionless views but no path parameters.
 */
@WebFilter("/place/*")
public class PlacePaths extends HttpFilter {

  public static final String VIEW = "/place.xhtml";
  static final String PREFIX = "/place/";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var prefix = request.getContextPath() + PREFIX;
    var uri = request.getRequestURI();
    var code = uri.length() > prefix.length() ? uri.substring(prefix.length()) : "";
    var query = "code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    request.getRequestDispatcher(VIEW + "?" + query).forward(request, response);
  }
}
