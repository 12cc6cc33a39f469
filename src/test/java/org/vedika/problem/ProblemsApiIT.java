package org.vedika.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.VedikaServer;

/**
 * The open-data list of problems as a client generated from {@code /openapi} uses it (issue 19): a
 * page of the size asked for, within a maximum, the total in a header, and 400 — never 404 — for a
 * malformed parameter, with its name.
 */
@ExtendWith(VedikaServer.class)
class ProblemsApiIT {

  static final String COMMUNE = "150201";

  @Test
  void aPageHasTheSizeAskedForAndTheTotalIsInAHeader() {
    var village =
        Fixtures.text(
            "SELECT MIN(code) FROM place WHERE code LIKE ? AND LENGTH(code) = 8", COMMUNE + "%");
    var author = Fixtures.member(Fixtures.newPhone(), "Author for the API", village);
    for (var i = 0; i < 3; i++) {
      Fixtures.problem(
          author, village, "PAYMENT_DELIVERY", "API page " + i + ": the transfer is late");
    }
    var total =
        Fixtures.count(
            "SELECT COUNT(*) FROM problem WHERE moderation = 'VISIBLE' AND commune_code = ?",
            COMMUNE);
    var page = Http.get(VedikaServer.url("/api/problems?place=" + COMMUNE + "&size=2&sort=new"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Http.json(page).asJsonArray()).hasSize(2);
    assertThat(page.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(total));
    var rest =
        Http.get(VedikaServer.url("/api/problems?place=" + COMMUNE + "&size=2&sort=new&page=1"));
    assertThat(Http.json(rest).asJsonArray()).hasSize((int) Math.min(2, total - 2));
  }

  @Test
  void aMalformedParameterIsABadRequestWithItsName() {
    for (var address :
        new String[] {
          "/api/problems?page=abc",
          "/api/problems?size=x",
          "/api/problems?size=0",
          "/api/problems?size=101",
          "/api/problems?solved=maybe",
          "/api/problems/abc",
          "/api/problems?page=-1"
        }) {
      var response = Http.get(VedikaServer.url(address));
      assertThat(response.statusCode()).as(address).isEqualTo(400);
      assertThat(Http.json(response).asJsonObject().getString("message")).as(address).isNotBlank();
    }
    assertThat(
            Http.json(Http.get(VedikaServer.url("/api/problems?page=abc")))
                .asJsonObject()
                .getString("message"))
        .contains("page")
        .contains("abc");
  }
}
