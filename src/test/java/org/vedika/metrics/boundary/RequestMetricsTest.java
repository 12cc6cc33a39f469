package org.vedika.metrics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestMetricsTest {

  @Test
  void aPageIsNamedWithoutItsNumbersAndCodes() {
    assertThat(RequestMetrics.page("")).isEqualTo("/");
    assertThat(RequestMetrics.page("/")).isEqualTo("/");
    assertThat(RequestMetrics.page("/problem/42")).isEqualTo("/problem/{id}");
    assertThat(RequestMetrics.page("/place/050701")).isEqualTo("/place/{id}");
    assertThat(RequestMetrics.page("/api/places/0507/children"))
        .isEqualTo("/api/places/{id}/children");
    assertThat(RequestMetrics.page("/open311/v2/requests/12.json"))
        .isEqualTo("/open311/v2/requests/{id}.json");
    assertThat(RequestMetrics.page("/dashboard")).isEqualTo("/dashboard");
    assertThat(RequestMetrics.page("/raise.xhtml")).isEqualTo("/raise.xhtml");
  }

  @Test
  void fewNamesWhateverIsAsked() {
    assertThat(RequestMetrics.page("/wp-login.php")).isEqualTo("other");
    assertThat(RequestMetrics.page("/jakarta.faces.resource/core.js.xhtml"))
        .isEqualTo("/jakarta.faces.resource");
  }
}
