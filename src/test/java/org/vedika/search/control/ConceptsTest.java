package org.vedika.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** The shipped concept groups are well formed, and a query is expanded through them. */
class ConceptsTest {

  @Test
  void everyWordIsInOneGroupOnly() {
    var seen = new HashMap<String, String>();
    for (var group : Concepts.shipped().groups()) {
      assertThat(group.words()).as(group.name()).isNotEmpty();
      for (var word : group.words()) {
        assertThat(seen.put(word, group.name()))
            .as("%s is in %s and in %s", word, seen.get(word), group.name())
            .isNull();
      }
    }
    assertThat(Concepts.shipped().groups()).hasSizeGreaterThan(55);
  }

  @Test
  void theProgrammesAreKnownByTheirNamesInBothLanguages() {
    var concepts = Concepts.shipped();
    assertThat(concepts.of("idpoor")).isEqualTo(concepts.of("សមធម៌")).isPresent();
    assertThat(concepts.of("idpoor")).isEqualTo(concepts.of("ក្រីក្រ"));
    assertThat(concepts.of("pension")).isEqualTo(concepts.of("សោធន")).isPresent();
    assertThat(concepts.of("nssf")).isEqualTo(concepts.of("បសស")).isPresent();
    assertThat(concepts.of("sangkat")).isEqualTo(concepts.of("ឃុំ")).isPresent();
    assertThat(concepts.of("riel")).isEqualTo(concepts.of("រៀល")).isPresent();
    assertThat(concepts.of("the")).isEmpty();
  }

  @Test
  void aQueryWantsItsWordsFirstAndTheirGroupsOtherWords() {
    var expanded = SearchText.queryExpanded("IDPoor pension").orElseThrow();
    assertThat(expanded).startsWith(">idpoor >pension ").contains("ក្រីក្រ", "សមធម៌", "សោធន");
    assertThat(SearchText.queryExpanded("  ...  ")).isEmpty();
    // a phrase member is searched as its words side by side
    assertThat(SearchText.queryExpanded("moved").orElseThrow()).contains("\"ផ្លាស់ ប្តូរ\"");
    // operators typed by the reader stay words
    assertThat(SearchText.queryExpanded("+nssf -card \"x").orElseThrow())
        .doesNotContain("+", "-", "\"x");
  }

  @Test
  void aMalformedFileIsRefused() {
    assertThatThrownBy(() -> Concepts.parse("no colon here"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Concepts.parse("a: x\na: y"))
        .isInstanceOf(IllegalArgumentException.class);
    var parsed = Concepts.parse("# comment\ncard: card ប័ណ្ណ\n\nfar: far ឆ្ងាយ");
    assertThat(parsed.groups()).hasSize(2);
    assertThat(parsed.of("ប័ណ្ណ").orElseThrow().name()).isEqualTo("card");
  }
}
