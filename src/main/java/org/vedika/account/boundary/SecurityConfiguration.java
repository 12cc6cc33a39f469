package org.vedika.account.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on Vedika's own page ({@code /login}), with {@link MemberIdentityStore} behind it.
 * Pages that need an account redirect there and come back after login.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"CITIZEN", "MODERATOR", "OFFICIAL", "POLICYMAKER", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {}
