package org.vedika;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where a form post goes next: back to a page of the application, or to log in first. */
public final class Pages {

  private Pages() {}

  /** Redirects to a path of the application ({@code /problem/42#replies}). */
  public static void redirect(String path) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  /** Redirects to the login page, which comes back to {@code next} (a path of the application). */
  public static void logInFirst(String next) throws IOException {
    redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  /** A request parameter of the current request (also on a form post), or null. */
  public static String parameter(String name) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
  }
}
