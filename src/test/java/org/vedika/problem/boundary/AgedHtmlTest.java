package org.vedika.problem.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgedHtmlTest {

  @Test
  void agesArePutInAtEachRenderingAndTextIsEscaped() {
    var raised = Instant.parse("2026-11-01T08:00:00Z");
    var answered = Instant.parse("2026-11-02T09:30:00Z");
    var html =
        AgedHtml.builder()
            .html("<p>")
            .text("<b>Sokha</b> & \"Dara\"")
            .html(" · ")
            .age(raised)
            .html(" · ")
            .age(answered)
            .html("</p>")
            .build();

    assertThat(html.render(time -> time.equals(raised) ? "3 weeks ago" : "<now>"))
        .isEqualTo(
            "<p>&lt;b&gt;Sokha&lt;/b&gt; &amp; &quot;Dara&quot; · "
                + "<time datetime=\"2026-11-01T08:00:00Z\">3 weeks ago</time> · "
                + "<time datetime=\"2026-11-02T09:30:00Z\">&lt;now&gt;</time></p>");
    // kept for minutes, it tells the time of each reading
    assertThat(html.render(time -> "later")).contains(">later</time> · <time").endsWith("</p>");
  }

  @Test
  void withoutAgesItIsItsMarkup() {
    assertThat(AgedHtml.builder().html("<li>").html(42).html("</li>").build().render(t -> "x"))
        .isEqualTo("<li>42</li>");
  }
}
