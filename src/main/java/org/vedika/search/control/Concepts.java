package org.vedika.search.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The concept groups of {@code concepts.txt} (beside this class's package in the resources): the
 * Khmer and English words of one thing — a programme's names and abbreviations, a complaint's words
 * in both languages, common Latin spellings of Khmer words. One text-understanding layer for search
 * (a query's word also finds its group's other words: {@link SearchText#queryExpanded}) and for the
 * grouping of recurring problems (a group counts as a term of its own).
 *
 * <p>A group's member is a word as {@link SearchText#analyse} gives it; a member the analysis
 * splits into several words ("មណ្ឌលសុខភាព" → "មណ្ឌល សុខភាព") is kept as a phrase: search looks for
 * those words side by side, and a single word of a text never stands for it. A word in two groups
 * belongs to the first.
 */
public final class Concepts {

  static final String RESOURCE = "/org/vedika/search/concepts.txt";

  private static final Concepts SHIPPED = read(RESOURCE);

  /** A group: its name, its one-word members and its phrases (each as its analysed words). */
  public record Group(String name, List<String> words, List<List<String>> phrases) {}

  private final Map<String, Group> groups;
  private final Map<String, Group> byWord;

  private Concepts(Map<String, Group> groups) {
    this.groups = groups;
    var words = new LinkedHashMap<String, Group>();
    groups.values().forEach(group -> group.words().forEach(word -> words.putIfAbsent(word, group)));
    this.byWord = Map.copyOf(words);
  }

  /** The groups Vedika ships. */
  public static Concepts shipped() {
    return SHIPPED;
  }

  /** The group an analysed word belongs to, if any. */
  public Optional<Group> of(String word) {
    return Optional.ofNullable(byWord.get(word));
  }

  /** Every group, in the file's order. */
  public List<Group> groups() {
    return List.copyOf(groups.values());
  }

  static Concepts read(String resource) {
    try (InputStream in = Concepts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Groups from lines "name: member member …"; "#" starts a comment line. */
  static Concepts parse(String text) {
    var groups = new LinkedHashMap<String, Group>();
    for (var line : text.split("\n")) {
      var stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      var colon = stripped.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("not a concept group: " + stripped);
      }
      var name = stripped.substring(0, colon).strip();
      var words = new ArrayList<String>();
      var phrases = new ArrayList<List<String>>();
      for (var member : stripped.substring(colon + 1).strip().split("\\s+")) {
        var analysed = SearchText.analyse(member);
        if (analysed.size() == 1) {
          if (!words.contains(analysed.get(0))) {
            words.add(analysed.get(0));
          }
        } else if (analysed.size() > 1) {
          phrases.add(List.copyOf(analysed));
        }
      }
      if (groups.put(name, new Group(name, List.copyOf(words), List.copyOf(phrases))) != null) {
        throw new IllegalArgumentException("two groups named " + name);
      }
    }
    return new Concepts(java.util.Collections.unmodifiableMap(groups));
  }
}
