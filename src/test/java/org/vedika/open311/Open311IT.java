package org.vedika.open311;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.Fixtures;
import org.vedika.testing.Http;
import org.vedika.testing.VedikaServer;

/**
 * Open311 GeoReport v2 (issue 19): the answers have the standard's shapes — services with their
 * fields, requests with every field (null where Vedika has nothing), errors as a list of {code,
 * description} — and say the right things: the commune's centroid (its district's when the
 * gazetteer has none), open and closed, the official's answer as the status notes, the filters.
 * Province 15 (Pursat), communes 150203 and 150301, belong to this test.
 */
@ExtendWith(VedikaServer.class)
class Open311IT {

  static final String WITH_CENTROID = "15020301";
  static final String WITHOUT_CENTROID = "15030101";
  static final List<String> REQUEST_FIELDS =
      List.of(
          "service_request_id",
          "status",
          "status_notes",
          "service_name",
          "service_code",
          "description",
          "agency_responsible",
          "service_notice",
          "requested_datetime",
          "updated_datetime",
          "expected_datetime",
          "address",
          "address_id",
          "zipcode",
          "lat",
          "long",
          "media_url");

  static Instant before;
  static long answered;
  static long resolved;
  static long elsewhere;
  static long hidden;

  @BeforeAll
  static void problems() {
    before = Instant.now().minusSeconds(5);
    var author = Fixtures.member(Fixtures.newPhone(), "Open311 author", WITH_CENTROID);
    var official = Fixtures.member(Fixtures.newPhone(), "Open311 official", WITH_CENTROID);
    answered =
        Fixtures.problem(author, WITH_CENTROID, "DISABILITY_ALLOWANCE", "Open311: allowance late");
    Fixtures.insert(
        "INSERT INTO reply (problem_id, author_id, body, official) VALUES (?, ?, ?, TRUE)",
        answered,
        official,
        "Open311: bring the card to the commune office on Wednesday");
    resolved =
        Fixtures.problem(author, WITH_CENTROID, "DISABILITY_ALLOWANCE", "Open311: card lost");
    Fixtures.execute("UPDATE problem SET status = 'RESOLVED' WHERE id = " + resolved);
    elsewhere = Fixtures.problem(author, WITHOUT_CENTROID, "NSSF_PENSION", "Open311: pension form");
    hidden = Fixtures.problem(author, WITH_CENTROID, "DISABILITY_ALLOWANCE", "Open311: hidden");
    Fixtures.execute("UPDATE problem SET moderation = 'HIDDEN' WHERE id = " + hidden);
  }

  @Test
  void servicesAreTheCategories() {
    var response = Http.get(VedikaServer.url("/open311/v2/services.json"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    var services = Http.json(response).asJsonArray();
    assertThat(services).hasSize(11);
    for (var value : services) {
      var service = value.asJsonObject();
      assertThat(service.keySet())
          .containsExactly(
              "service_code",
              "service_name",
              "description",
              "metadata",
              "type",
              "keywords",
              "group");
      assertThat(service.getBoolean("metadata")).isFalse();
      assertThat(service.getString("type")).isIn("realtime", "batch", "blackbox");
    }
    var disability =
        services.stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("service_code").equals("disability-allowance"))
            .findFirst()
            .orElseThrow();
    assertThat(disability.getString("service_name"))
        .isEqualTo("Disability identification and allowance");
  }

  @Test
  void requestsHaveEveryFieldOfTheStandard() {
    var requests = requests("service_code=disability-allowance,nssf-pension");
    assertThat(ids(requests)).contains(answered, resolved, elsewhere).doesNotContain(hidden);
    for (var value : requests) {
      assertThat(value.asJsonObject().keySet()).containsExactlyElementsOf(REQUEST_FIELDS);
    }
    var one = request(requests, answered);
    assertThat(one.getString("status")).isEqualTo("open");
    assertThat(one.getString("status_notes"))
        .isEqualTo("Open311: bring the card to the commune office on Wednesday");
    assertThat(one.getString("service_code")).isEqualTo("disability-allowance");
    assertThat(one.getString("description")).startsWith("Open311: allowance late");
    assertThat(one.getString("agency_responsible")).isEqualTo("Kandieng Commune");
    assertThat(one.getString("address_id")).isEqualTo(WITH_CENTROID);
    assertThat(one.getString("address"))
        .endsWith("Kandieng Commune, Kandieng District, Pursat Province");
    assertThat(one.getJsonNumber("lat").doubleValue()).isEqualTo(12.610252);
    assertThat(one.getJsonNumber("long").doubleValue()).isEqualTo(103.959077);
    assertThat(Instant.parse(one.getString("requested_datetime"))).isAfter(before);
    assertThat(one.isNull("expected_datetime")).isTrue();
    assertThat(one.isNull("media_url")).isTrue();

    assertThat(request(requests, resolved).getString("status")).isEqualTo("closed");
    assertThat(request(requests, resolved).isNull("status_notes")).isTrue();
    var noCentroid = request(requests, elsewhere);
    assertThat(noCentroid.getJsonNumber("lat").doubleValue())
        .as("the district's centroid")
        .isEqualTo(12.528728);
  }

  @Test
  void filtersByServiceStatusAndDate() {
    assertThat(ids(requests("service_code=nssf-pension")))
        .contains(elsewhere)
        .doesNotContain(answered);
    assertThat(ids(requests("status=closed"))).contains(resolved).doesNotContain(answered);
    assertThat(ids(requests("status=open"))).contains(answered).doesNotContain(resolved);
    assertThat(ids(requests("end_date=" + encode(before.toString())))).doesNotContain(answered);
    var byId =
        Http.json(
                Http.get(
                    VedikaServer.url(
                        "/open311/v2/requests.json?service_request_id=" + answered + "," + hidden)))
            .asJsonArray();
    assertThat(ids(byId)).containsExactly(answered);
    var single = Http.get(VedikaServer.url("/open311/v2/requests/" + elsewhere + ".json"));
    assertThat(single.statusCode()).isEqualTo(200);
    assertThat(ids(Http.json(single).asJsonArray())).containsExactly(elsewhere);
  }

  @Test
  void errorsAreAListOfCodeAndDescription() {
    for (var address :
        List.of(
            "/open311/v2/requests.json?status=maybe",
            "/open311/v2/requests.json?service_code=no-such-service",
            "/open311/v2/requests.json?start_date=yesterday",
            "/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
            "/open311/v2/requests/abc.json",
            "/open311/v2/requests/" + hidden + ".json")) {
      var response = Http.get(VedikaServer.url(address));
      assertThat(response.statusCode()).as(address).isIn(400, 404);
      var errors = Http.json(response).asJsonArray();
      assertThat(errors).as(address).hasSize(1);
      assertThat(errors.getJsonObject(0).getInt("code")).isEqualTo(response.statusCode());
      assertThat(errors.getJsonObject(0).getString("description")).as(address).isNotBlank();
    }
    assertThat(Http.get(VedikaServer.url("/open311/v2/requests/" + hidden + ".json")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theApiDoesNotServeOpen311sAddresses() {
    assertThat(Http.get(VedikaServer.url("/api/services.json")).statusCode()).isEqualTo(404);
    assertThat(Http.get(VedikaServer.url("/open311/v2/problems")).statusCode()).isEqualTo(404);
  }

  private static JsonArray requests(String query) {
    var response =
        Http.get(
            VedikaServer.url(
                "/open311/v2/requests.json?start_date=" + encode(before.toString()) + "&" + query));
    assertThat(response.statusCode()).as(query).isEqualTo(200);
    return Http.json(response).asJsonArray();
  }

  private static List<Long> ids(JsonArray requests) {
    return requests.stream()
        .map(r -> Long.valueOf(r.asJsonObject().getString("service_request_id")))
        .toList();
  }

  private static JsonObject request(JsonArray requests, long id) {
    return requests.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("service_request_id").equals(String.valueOf(id)))
        .findFirst()
        .orElseThrow();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
