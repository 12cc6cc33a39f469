package org.vedika.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.Http.get;
import static org.vedika.testing.Http.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.VedikaServer;

@ExtendWith(VedikaServer.class)
class PlacesResourceIT {

  @Test
  void listsTheTwentyFiveProvinces() {
    var response = get(VedikaServer.url("/api/places"));

    assertThat(response.statusCode()).isEqualTo(200);
    var provinces = json(response).asJsonArray();
    assertThat(provinces).hasSize(25);
    assertThat(provinces.getJsonObject(0).getString("code")).isEqualTo("01");
    assertThat(provinces.getJsonObject(0).isNull("parentCode")).isTrue();
  }

  @Test
  void findsKampongSpeuByCode() {
    var response = get(VedikaServer.url("/api/places/05"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    var place = json(response).asJsonObject();
    assertThat(place.getString("code")).isEqualTo("05");
    assertThat(place.getString("level")).isEqualTo("province");
    assertThat(place.getString("nameKm")).isEqualTo("កំពង់ស្ពឺ");
    assertThat(place.getString("nameEn")).isEqualTo("Kampong Speu");
  }

  @Test
  void listsTheCommunesOfSamraongTong() {
    var response = get(VedikaServer.url("/api/places/0507/children"));

    assertThat(response.statusCode()).isEqualTo(200);
    var communes = json(response).asJsonArray().getValuesAs(JsonObject.class);
    assertThat(communes).hasSize(15);
    assertThat(communes)
        .allSatisfy(
            commune -> {
              assertThat(commune.getString("level")).isEqualTo("commune");
              assertThat(commune.getString("parentCode")).isEqualTo("0507");
            });
    assertThat(communes.get(0).getString("code")).isEqualTo("050701");
    assertThat(communes.get(0).getString("nameEn")).isEqualTo("Roleang Chak");
    assertThat(communes.get(0).getString("nameKm")).isEqualTo("រលាំងចក");
  }

  @Test
  void villagesHaveNoChildren() {
    var response = get(VedikaServer.url("/api/places/05070101/children"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).asJsonArray()).isEmpty();
  }

  @Test
  void unknownCodeIsA404WithAJsonBody() {
    var response = get(VedikaServer.url("/api/places/99"));

    assertThat(response.statusCode()).isEqualTo(404);
    var error = json(response).asJsonObject();
    assertThat(error.getInt("status")).isEqualTo(404);
    assertThat(error.getString("message")).contains("99");
    assertThat(response.body()).doesNotContain("Exception", "at org.");
  }

  @Test
  void malformedCodesAreA400WithAJsonBody() {
    for (var code : new String[] {"abc", "5", "123", "0507010101", "%E1%9E%80"}) {
      var response = get(VedikaServer.url("/api/places/" + code));

      assertThat(response.statusCode()).as(code).isEqualTo(400);
      assertThat(json(response).asJsonObject().getInt("status")).isEqualTo(400);
      assertThat(response.body()).doesNotContain("Exception");
    }
  }

  @Test
  void findsPlacesByKhmerOrLatinName() {
    var latin = json(get(VedikaServer.url("/api/places?q=samraong%20tong"))).asJsonArray();
    var khmer =
        json(get(
                VedikaServer.url(
                    "/api/places?q=%E1%9E%9F%E1%9F%86%E1%9E%9A%E1%9F%84%E1%9E%84%E1%9E%91%E1%9E%84")))
            .asJsonArray();

    assertThat(latin).extracting(v -> v.asJsonObject().getString("code")).contains("0507");
    assertThat(khmer).extracting(v -> v.asJsonObject().getString("code")).contains("0507");
    // the district comes before the communes and villages that share its name
    assertThat(khmer.get(0).asJsonObject().getString("code")).isEqualTo("0507");
  }

  @Test
  void wildcardsInTheQueryAreTakenLiterally() {
    var response = get(VedikaServer.url("/api/places?q=%25%25"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).asJsonArray()).isEqualTo(JsonValue.EMPTY_JSON_ARRAY);
  }
}
