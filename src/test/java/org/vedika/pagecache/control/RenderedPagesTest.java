package org.vedika.pagecache.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vedika.pagecache.control.RenderedPages.Key;
import org.vedika.pagecache.control.RenderedPages.Page;
import org.vedika.pagecache.entity.PageTags;

class RenderedPagesTest {

  private RenderedPages pages;

  @BeforeEach
  void cache() {
    pages = new RenderedPages();
    pages.enabled = true;
    pages.maxMegabytes = 1;
    pages.ttlSeconds = 60;
    pages.init();
  }

  private static Page page(String text, String... tags) {
    return Page.of(text.getBytes(StandardCharsets.UTF_8), "text/html", Set.of(tags));
  }

  @Test
  void aPageIsFoundByPathAndLanguageAndDroppedByItsTags() {
    var problem = new Key("/problem/42", "km");
    var english = new Key("/problem/42", "en");
    var place = new Key("/place/0507", "km");
    pages.keep(problem, page("problem 42", "p42"), pages.now());
    pages.keep(english, page("problem 42 in English", "p42"), pages.now());
    pages.keep(place, page("Samraong Tong", "pl:0507"), pages.now());
    assertThat(new String(pages.find(problem).body(), StandardCharsets.UTF_8))
        .isEqualTo("problem 42");

    pages.invalidate(PageTags.ofProblem(42, "05070102"));
    assertThat(pages.find(problem)).isNull();
    assertThat(pages.find(english)).isNull();
    assertThat(pages.find(place)).as("pl:0507 is the district above the village").isNull();
  }

  @Test
  void aChangeToAnotherTagLeavesThePage() {
    var problem = new Key("/problem/42", "km");
    pages.keep(problem, page("problem 42", "p42"), pages.now());
    pages.invalidate(List.of("p43", "pl:06"));
    assertThat(pages.find(problem)).isNotNull();
    pages.invalidate(List.of(PageTags.EVERYTHING));
    assertThat(pages.find(problem)).isNull();
  }

  @Test
  void aPageRenderedWhileItsTagChangedIsNotKept() {
    var problem = new Key("/problem/42", "km");
    var renderedAfter = pages.now();
    // the page reads the database, then a vote on problem 42 commits, then the page is done
    pages.invalidate(List.of("p42"));
    pages.keep(problem, page("problem 42 before the vote", "p42"), renderedAfter);
    assertThat(pages.find(problem)).as("it may show the state before the vote").isNull();

    pages.keep(problem, page("problem 42 after the vote", "p42"), pages.now());
    assertThat(pages.find(problem)).isNotNull();
  }

  @Test
  void theCacheStaysWithinItsBytes() {
    var random = new java.util.Random(7);
    for (var i = 0; i < 400; i++) {
      var bytes = new byte[8 * 1024];
      random.nextBytes(bytes); // does not compress: 8 KB each, 3.2 MB in all
      pages.keep(
          new Key("/problem/" + i, "km"),
          Page.of(bytes, "text/html", Set.of("p" + i)),
          pages.now());
    }
    long kept = 0;
    for (var i = 0; i < 400; i++) {
      var page = pages.find(new Key("/problem/" + i, "km"));
      kept += page == null ? 0 : page.gzip().length;
    }
    assertThat(kept).isLessThanOrEqualTo(1024 * 1024).isPositive();
  }
}
