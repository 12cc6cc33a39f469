package org.vedika.account.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code Authorization: Bearer vdk_…} on an API request: the request reads as the token's member
 * ({@link CurrentMember#actAs}), within their grants as they are now. A token that is unknown,
 * revoked, or whose member is suspended or gone is 401, on every API address (a client sending a
 * credential should hear it is no good); without the header nothing changes (open data, or the
 * browser's session).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiTokenFilter implements ContainerRequestFilter {

  private static final String BEARER = "Bearer ";

  @Inject ApiTokens tokens;
  @Inject CurrentMember me;

  @Override
  public void filter(ContainerRequestContext request) {
    var header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw unauthorised("Send a personal API token as: Authorization: Bearer vdk_...");
    }
    var member = tokens.memberOf(header.substring(BEARER.length()).strip());
    if (member.isEmpty()) {
      throw unauthorised("This API token is unknown or revoked");
    }
    me.actAs(member.get());
  }

  private static NotAuthorizedException unauthorised(String message) {
    return new NotAuthorizedException(message, "Bearer realm=\"vedika\", error=\"invalid_token\"");
  }
}
