package org.vedika;

/**
 * The names of the API's security schemes in {@code /openapi} (declared on the application, named
 * by the operations that need one).
 */
public final class ApiSchemes {

  /** A personal API token: {@code Authorization: Bearer vdk_…}. */
  public static final String TOKEN = "token";

  /** The session of a member logged in at {@code /login}. */
  public static final String SESSION = "session";

  private ApiSchemes() {}
}
