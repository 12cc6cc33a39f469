package org.vedika;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Security headers on every kind of response, and the session cookie's flags (Secure behind TLS).
 */
@ExtendWith(VedikaServer.class)
class SecurityHeadersIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/place/050701",
        "/login",
        "/api/places/05",
        "/api/places/99",
        "/jakarta.faces.resource/vedika.css.xhtml?ln=css",
        "/no-such-page",
        "/health/ready"
      })
  void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(VedikaServer.url(path))).build(),
                HttpResponse.BodyHandlers.discarding());
    var headers = response.headers();
    assertThat(headers.firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'")
        .contains("object-src 'none'");
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
    assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    assertThat(headers.firstValue("Strict-Transport-Security")).as("only behind TLS").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/login"})
  void theSessionCookieIsHttpOnlyAndSameSite(String path) throws Exception {
    var response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(VedikaServer.url(path))).build(),
                HttpResponse.BodyHandlers.discarding());
    List<String> cookies = response.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(
            c ->
                assertThat(c)
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
    assertThat(new WebSession().get("/").statusCode()).isEqualTo(200);
  }

  /** Behind a TLS-terminating proxy (X-Forwarded-Proto: https) the session cookie is Secure too. */
  @Test
  void behindTlsTheSessionCookieIsSecure() throws Exception {
    var client = HttpClient.newHttpClient();
    var behindTls =
        client.send(
            HttpRequest.newBuilder(URI.create(VedikaServer.url("/login")))
                .header("X-Forwarded-Proto", "https")
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(behindTls.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .isNotEmpty()
        .allSatisfy(
            c -> assertThat(c).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
    var plain =
        client.send(
            HttpRequest.newBuilder(URI.create(VedikaServer.url("/login"))).build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(plain.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .as("plain HTTP (a phone on the local network, the tests) keeps working")
        .noneMatch(c -> c.contains("Secure"));
  }
}
