package org.vedika;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.util.Faces;

/**
 * Where a request goes next: back to a page of the application, or to log in first and come back.
 * The one place that sends a visitor to the login page: members-only pages call {@link
 * #logInFirst()} from their view action; forms that need a member name the page to come back to.
 */
public final class Pages {

  private Pages() {}

  /** Redirects to a path of the application ({@code /problem/42#replies}). */
  public static void redirect(String path) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  /** Members only: redirects to the login page, which comes back to the address asked for. */
  public static void logInFirst() throws IOException {
    logInFirst(requested());
  }

  /** Redirects to the login page, which comes back to {@code next} (a path of the application). */
  public static void logInFirst(String next) throws IOException {
    redirect(loginPath(next));
  }

  /** The login page's path that comes back to {@code next}; for filters and servlets as well. */
  public static String loginPath(String next) {
    return "/login?next=" + URLEncoder.encode(LocalPath.orHome(next), StandardCharsets.UTF_8);
  }

  /**
   * The address of the current request as the browser shows it, without the context path: the clean
   * URL of a page {@code PlacePaths} forwarded ({@code /recurring/7?place=05}, not {@code
   * /recurring.xhtml?id=7&place=05}), with its query string.
   */
  public static String requested() {
    return Faces.getRequestURIWithQueryString().substring(Faces.getRequestContextPath().length());
  }
}
