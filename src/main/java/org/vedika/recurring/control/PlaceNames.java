package org.vedika.recurring.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vedika.search.control.SearchText;

/**
 * The names of Cambodia's places (the gazetteer shipped in the WAR), in Khmer and in Latin letters,
 * as the search analysis splits them: taken out of a post before it is compared, because a
 * recurring problem is the same issue in <em>different</em> places — two posts that name the same
 * commune are not alike for that (and a rare place name would otherwise weigh most of all). A name
 * of two or more words goes wherever it appears; a one-word name only when it is a province,
 * district or commune (many village names are everyday words: ថ្មី "new", ព្រៃ "forest").
 */
final class PlaceNames {

  private static final String GAZETTEER = "/gazetteer/cambodia-gazetteer-flat.csv";
  private static final int LONGEST = 6;

  /** Place names by their first word: each name as its words. */
  private static final Map<String, List<List<String>>> BY_FIRST_WORD = load();

  private PlaceNames() {}

  /** The Khmer words for a kind of place, which segmentation may glue to the name (ខេត្តក្រចេះ). */
  private static final List<String> KINDS =
      List.of("ខេត្ត", "ស្រុក", "ក្រុង", "ខណ្ឌ", "ឃុំ", "សង្កាត់", "ភូមិ");

  /** The words with every place name in them taken out. */
  static List<String> without(List<String> words) {
    var kept = new ArrayList<String>(words.size());
    var i = 0;
    while (i < words.size()) {
      if (kindAndName(words.get(i))) {
        i++;
        continue;
      }
      var matched = 0;
      for (var name : BY_FIRST_WORD.getOrDefault(words.get(i), List.of())) {
        if (name.size() > matched
            && i + name.size() <= words.size()
            && words.subList(i, i + name.size()).equals(name)) {
          matched = name.size();
        }
      }
      if (matched == 0) {
        kept.add(words.get(i));
        i++;
      } else {
        i += matched;
      }
    }
    return kept;
  }

  private static boolean kindAndName(String word) {
    for (var kind : KINDS) {
      if (word.length() > kind.length() && word.startsWith(kind)) {
        var name = List.of(word.substring(kind.length()));
        return BY_FIRST_WORD.getOrDefault(name.get(0), List.of()).contains(name);
      }
    }
    return false;
  }

  private static Map<String, List<List<String>>> load() {
    var names = new HashMap<String, List<List<String>>>();
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(PlaceNames.class.getResourceAsStream(GAZETTEER)),
                StandardCharsets.UTF_8))) {
      in.readLine();
      for (var line = in.readLine(); line != null; line = in.readLine()) {
        var fields = line.split(",", -1);
        var aboveVillage = Integer.parseInt(fields[2]) <= 3;
        for (var name : new String[] {fields[6], fields[7]}) {
          var words = SearchText.analyse(name);
          if (words.isEmpty() || words.size() > LONGEST || (words.size() == 1 && !aboveVillage)) {
            continue;
          }
          var known = names.computeIfAbsent(words.get(0), first -> new ArrayList<>());
          if (!known.contains(words)) {
            known.add(List.copyOf(words));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(names);
  }
}
