package org.vedika.guide.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The addresses people try for help — {@code /help}, {@code /faq}, {@code /guide} — lead to the
 * guides ({@code 301}), not to "page not found".
 */
@WebServlet({"/help", "/faq", "/guide"})
public class GuideAliases extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", request.getContextPath() + "/guides");
  }
}
