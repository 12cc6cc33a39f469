package org.vedika.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vedika.testing.Http.get;
import static org.vedika.testing.Http.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vedika.testing.VedikaServer;

@ExtendWith(VedikaServer.class)
class HealthIT {

  @Test
  void readyWhenTheDatabaseAnswersAndTheSchemaIsCurrent() {
    var response = get(VedikaServer.url("/health/ready"));

    assertThat(response.statusCode()).isEqualTo(200);
    var health = json(response).asJsonObject();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks"))
        .extracting(check -> check.asJsonObject().getString("name"))
        .contains("database", "schema");
  }

  @Test
  void servesMetrics() {
    var response = get(VedikaServer.url("/metrics"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("jvm");
  }

  @Test
  void describesTheApiInOpenApi() {
    var response = get(VedikaServer.url("/openapi"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("/api/places/{code}/children", "/api/places/{code}", "Vedika open data");
  }
}
