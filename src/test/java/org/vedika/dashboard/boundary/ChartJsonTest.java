package org.vedika.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The charts' JSON goes out in ASCII and still reads back as the same Khmer labels. */
class ChartJsonTest {

  @Test
  void khmerLabelsAreEscapedAndReadBackTheSame() {
    var json =
        Json.createObjectBuilder()
            .add("label", "ការប្រើប័ណ្ណ ប.ស.ស. · NSSF \"card\"")
            .build()
            .toString();

    var ascii = DashboardBacking.ascii(json);

    assertThat(ascii.chars()).allMatch(c -> c < 0x80);
    assertThat(ascii).startsWith("{\"label\":\"\\u1780\\u17b6\\u179a");
    assertThat(Json.createReader(new StringReader(ascii)).readObject().getString("label"))
        .isEqualTo("ការប្រើប័ណ្ណ ប.ស.ស. · NSSF \"card\"");
  }
}
