package org.vedika.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.KhmerText.km;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.VedikaServer;
import org.vedika.testing.WebSession;

/**
 * Personal API tokens (issue 19): a policymaker makes one on their profile and a program reads the
 * dashboard's API with it, no session; outside the grant it is 403, revoked it is 401; citizens are
 * offered none; the limits and refusals are told in Khmer.
 */
@ExtendWith(VedikaServer.class)
class ApiTokensIT {

  static final String VILLAGE = "05070101";
  static final Pattern MADE =
      Pattern.compile("id=\"made-token\"[^>]*value=\"(vdk_[A-Za-z0-9_-]+)\"");

  @Test
  void aTokenReadsTheDashboardWithinItsGrantUntilRevoked() {
    var policymaker = Fixtures.person("Token policymaker", VILLAGE, "POLICYMAKER", "05").session();
    var token = make(policymaker, "notebook");
    assertThat(policymaker.last().body()).contains("notebook").contains(km("token.made").strip());

    var inGrant = api("/api/dashboard/recurring?place=05", token);
    assertThat(inGrant.statusCode()).isEqualTo(200);
    assertThat(Http.json(inGrant).asJsonArray()).isNotNull();
    assertThat(api("/api/dashboard/recurring.csv?place=0507", token).statusCode()).isEqualTo(200);
    assertThat(api("/api/dashboard/recurring?place=12", token).statusCode()).isEqualTo(403);
    assertThat(Http.get(VedikaServer.url("/api/dashboard/recurring?place=05")).statusCode())
        .as("no token, no session")
        .isEqualTo(401);

    // listed once made, the secret not on the page again
    var profile = policymaker.get("/profile");
    assertThat(profile.body()).contains("notebook").doesNotContain(token);
    assertThat(profile.body()).contains(token.substring(0, 10));
    policymaker.submit("tokens", "list:0:revoke", Map.of());
    assertThat(policymaker.last().body()).contains(km("token.revoked").strip());

    var revoked = api("/api/dashboard/recurring?place=05", token);
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(revoked.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertThat(api("/api/problems", token).statusCode())
        .as("a bad credential is refused even on open data")
        .isEqualTo(401);
    assertThat(api("/api/problems", "vdk_made-up").statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenIsNoWiderThanItsMembersGrantNow() {
    var person = Fixtures.person("Token analyst", VILLAGE, "POLICYMAKER", "05");
    var token = make(person.session(), "sheet");
    assertThat(api("/api/dashboard/recurring?place=05", token).statusCode()).isEqualTo(200);
    Fixtures.execute("DELETE FROM role_grant WHERE member_id = " + person.id());
    assertThat(api("/api/dashboard/recurring?place=05", token).statusCode()).isEqualTo(403);
  }

  @Test
  void onlyTheHashIsKept() {
    var person = Fixtures.person("Token keeper", VILLAGE, "ADMIN", null);
    var token = make(person.session(), "kept");
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM api_token WHERE member_id = ? AND secret_hash = SHA2(?, 256)",
                person.id(),
                token))
        .isEqualTo(1);
    assertThat(
            Fixtures.count(
                "SELECT COUNT(*) FROM api_token WHERE secret_hash = ? OR hint = ?", token, token))
        .isZero();
  }

  @Test
  void citizensAreOfferedNoTokens() {
    var citizen = Fixtures.person("Token citizen", VILLAGE, null, null).session();
    assertThat(citizen.get("/profile").body()).doesNotContain("id=\"tokens\"");
  }

  @Test
  void refusalsAreToldInKhmer() {
    var person = Fixtures.person("Token refusals", VILLAGE, "POLICYMAKER", "05");
    var session = person.session();
    session.get("/profile");
    session.submit("tokens", "make", Map.of("tokens:name", "   "));
    assertThat(session.last().body()).contains(km("token.name.size"));
    for (var i = 0; i < 5; i++) {
      make(session, "token " + i);
    }
    session.get("/profile");
    session.submit("tokens", "make", Map.of("tokens:name", "one too many"));
    assertThat(session.last().body()).contains(km("token.limit"));

    // the grant is taken while the page is open
    session.get("/profile");
    Fixtures.execute("DELETE FROM role_grant WHERE member_id = " + person.id());
    session.submit("tokens", "make", Map.of("tokens:name", "after the grant"));
    assertThat(session.last().body()).contains(km("token.refused"));
  }

  private static String make(WebSession session, String name) {
    session.get("/profile");
    session.submit("tokens", "make", Map.of("tokens:name", name));
    var matcher = MADE.matcher(session.last().body());
    assertThat(matcher.find()).as("the new token is shown").isTrue();
    return matcher.group(1);
  }

  private static java.net.http.HttpResponse<String> api(String path, String token) {
    return Http.get(VedikaServer.url(path), "Authorization", "Bearer " + token);
  }
}
