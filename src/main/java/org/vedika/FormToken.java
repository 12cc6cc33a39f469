package org.vedika;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The cross-site request forgery token of a member's session, for the plain forms that post to a
 * servlet instead of a Faces view ({@code /vote}): a hidden field {@value #FIELD} the page renders
 * from the session and the servlet compares, in constant time, with the session's. Another site
 * cannot read it, so it cannot build the post. Faces' own forms carry their view state instead.
 * Rendered for members only: a visitor's page creates no session.
 */
@Named
@SessionScoped
public class FormToken implements Serializable {

  /** The form field carrying the token. */
  public static final String FIELD = "csrf";

  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  public FormToken() {
    var bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public String getValue() {
    return value;
  }

  /** Whether the request carries this session's token. */
  public boolean matches(HttpServletRequest request) {
    var sent = request.getParameter(FIELD);
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
  }
}
