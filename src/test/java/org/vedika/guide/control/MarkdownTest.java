package org.vedika.guide.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A guide's CommonMark becomes HTML that cannot carry markup or scripts of its writer's. */
class MarkdownTest {

  @Test
  void commonMarkBecomesHtml() {
    assertThat(Markdown.html("**ប័ណ្ណ** ប.ស.ស.\n\n- one\n- two\n\n## Where"))
        .contains("<strong>ប័ណ្ណ</strong>", "<ul>\n<li>one</li>", "<h2>Where</h2>");
  }

  @Test
  void rawHtmlIsShownAsText() {
    var html = Markdown.html("<script>alert(1)</script>\n\nA <b onmouseover=\"x()\">bold</b> word");
    assertThat(html)
        .doesNotContain("<script", "<b ")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b onmouseover=");
  }

  @Test
  void unsafeLinksLoseTheirTarget() {
    assertThat(Markdown.html("[click](javascript:alert(1)) [data](data:text/html,x)"))
        .doesNotContain("javascript:", "data:text");
    assertThat(Markdown.html("[NSSF](https://www.nssf.gov.kh/)"))
        .contains("<a rel=\"nofollow noopener\" href=\"https://www.nssf.gov.kh/\">NSSF</a>");
  }

  @Test
  void aBareAddressBecomesALinkAndAnImageDoesNotLoad() {
    assertThat(Markdown.html("See https://phnompenhpost.com/national/x for more"))
        .containsPattern(
            "<a (rel=\"nofollow noopener\" )?href=\"https://phnompenhpost.com/national/x\"")
        .contains("rel=\"nofollow noopener\"");
    assertThat(Markdown.html("![the card](https://example.org/card.png)"))
        .doesNotContain("<img")
        .contains(
            "<a href=\"https://example.org/card.png\" rel=\"nofollow noopener\">the card</a>");
    assertThat(Markdown.html("![x](javascript:alert(1))")).doesNotContain("javascript:");
  }
}
