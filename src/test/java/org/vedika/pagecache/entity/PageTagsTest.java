package org.vedika.pagecache.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PageTagsTest {

  @Test
  void theKeptPagesAndTheirTags() {
    assertThat(PageTags.ofPath("/")).contains(Set.of("pl:"));
    assertThat(PageTags.ofPath("/problem/42")).contains(Set.of("p42"));
    assertThat(PageTags.ofPath("/place/050701")).contains(Set.of("pl:050701"));
    assertThat(PageTags.ofPath("/search")).contains(Set.of("search"));
    assertThat(PageTags.ofPath("/guides")).contains(Set.of("guides"));
    assertThat(PageTags.ofPath("/guide/3")).contains(Set.of("guides"));
    assertThat(PageTags.ofPath("/guide-edit")).isEmpty();
    assertThat(PageTags.ofPath("/problem/42/x")).isEmpty();
    assertThat(PageTags.ofPath("/place/0507011")).isEmpty();
    assertThat(PageTags.ofPath("/dashboard")).isEmpty();
    assertThat(PageTags.ofPath("/login")).isEmpty();
  }

  @Test
  void aProblemsChangeTouchesItsPageItsPlacesTheHomePageAndSearch() {
    assertThat(PageTags.ofProblem(42, "05070102"))
        .containsExactlyInAnyOrder(
            "p42", "pl:", "pl:05", "pl:0507", "pl:050701", "pl:05070102", "search");
    assertThat(PageTags.ofProblem(7, "050701"))
        .containsExactlyInAnyOrder("p7", "pl:", "pl:05", "pl:0507", "pl:050701", "search");
  }

  @Test
  void aProblemsTagNamesItsProblemAndNoOtherTagDoes() {
    assertThat(PageTags.problemOf(PageTags.problem(42))).hasValue(42);
    assertThat(PageTags.problemOf("p123456789012345678")).hasValue(123456789012345678L);
    assertThat(PageTags.problemOf("pl:050701")).isEmpty();
    assertThat(PageTags.problemOf("p")).isEmpty();
    assertThat(PageTags.problemOf("p١٢")).as("ASCII digits only").isEmpty();
    assertThat(PageTags.problemOf("p1234567890123456789")).as("too long for an id").isEmpty();
    assertThat(PageTags.problemOf("*")).isEmpty();
    assertThat(PageTags.problemOf("search")).isEmpty();
  }
}
