package org.vedika.recurring.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vedika.problem.entity.Category;
import org.vedika.recurring.control.LogisticRegression.Example;

/**
 * The labelled pairs of posts shipped with the tests, read once, analysed with their own set's
 * vocabulary (words weighed by how rare they are among the set's posts, as Vedika weighs them by
 * the forum's latest problems):
 *
 * <ul>
 *   <li>set 1, {@code recurring/clusters.tsv}: 73 posts of 16 issues; every pair of them;
 *   <li>set 2, {@code recurring/pairs-2.tsv}: 152 pairs by a second author;
 *   <li>set 3, {@code recurring/pairs-3.tsv}: 224 pairs by a third author;
 *   <li>set 4, {@code recurring/set-4/pairs-4.tsv}: 240 pairs by a fourth author, held out: read
 *       only by {@code SimilarityQualityTest#heldOutSetFour}, never by training.
 * </ul>
 */
final class LabelledSets {

  /** A labelled pair: its set, its language ("en", "km", or "mixed"), and its two posts. */
  record Pair(String set, String lang, boolean same, Similarity.Features a, Similarity.Features b) {

    double[] measures() {
      return Similarity.measures(a, b);
    }
  }

  /** The development sets, 1 to 3: what the shipped model is trained on. */
  static final List<String> DEVELOPMENT = List.of("set 1", "set 2", "set 3");

  private LabelledSets() {}

  static List<Pair> development() {
    var pairs = new ArrayList<Pair>();
    pairs.addAll(setOne());
    pairs.addAll(pairFile("set 2", "/recurring/pairs-2.tsv"));
    pairs.addAll(pairFile("set 3", "/recurring/pairs-3.tsv"));
    return pairs;
  }

  /** Set 4, held out. */
  static List<Pair> heldOut() {
    return pairFile("set 4", "/recurring/set-4/pairs-4.tsv");
  }

  /**
   * Training examples: each set counts as much as the others (set 1's 2,628 pairs of 73 posts would
   * otherwise outweigh the 376 pairs of two other authors), weights averaging 1.
   */
  static List<Example> examples(List<Pair> pairs) {
    var sets = pairs.stream().map(Pair::set).distinct().count();
    var examples = new ArrayList<Example>();
    for (var pair : pairs) {
      var inSet = pairs.stream().filter(p -> p.set().equals(pair.set())).count();
      examples.add(
          new Example(pair.measures(), pair.same(), (double) pairs.size() / (sets * inSet)));
    }
    return examples;
  }

  static List<Pair> setOne() {
    record Post(String issue, String lang, Similarity.Text text) {}
    var posts = new ArrayList<Post>();
    for (var f : rows("/recurring/clusters.tsv")) {
      posts.add(new Post(f[0], f[1], new Similarity.Text(category(f[2]), f[3], f[4])));
    }
    var vocabulary = Similarity.Vocabulary.of(posts.stream().map(Post::text).toList());
    var features = posts.stream().map(p -> Similarity.Features.of(p.text(), vocabulary)).toList();
    var pairs = new ArrayList<Pair>();
    for (var i = 0; i < posts.size(); i++) {
      for (var j = i + 1; j < posts.size(); j++) {
        var a = posts.get(i);
        var b = posts.get(j);
        pairs.add(
            new Pair(
                "set 1",
                a.lang().equals(b.lang()) ? a.lang() : "mixed",
                a.issue().equals(b.issue()),
                features.get(i),
                features.get(j)));
      }
    }
    return pairs;
  }

  /** A file of pairs: same, lang, then category, title and body of each post. */
  static List<Pair> pairFile(String set, String resource) {
    var rows = rows(resource);
    var texts = new ArrayList<Similarity.Text>();
    for (var f : rows) {
      texts.add(new Similarity.Text(category(f[2]), f[3], f[4]));
      texts.add(new Similarity.Text(category(f[5]), f[6], f[7]));
    }
    var vocabulary = Similarity.Vocabulary.of(texts);
    var pairs = new ArrayList<Pair>();
    for (var i = 0; i < rows.size(); i++) {
      pairs.add(
          new Pair(
              set,
              rows.get(i)[1],
              "1".equals(rows.get(i)[0]),
              Similarity.Features.of(texts.get(2 * i), vocabulary),
              Similarity.Features.of(texts.get(2 * i + 1), vocabulary)));
    }
    return pairs;
  }

  private static String category(String key) {
    return Category.of(key).orElseThrow(() -> new IllegalArgumentException(key)).name();
  }

  /** The rows of a tab-separated resource, without its header and blank lines. */
  private static List<String[]> rows(String resource) {
    try (var in = Objects.requireNonNull(LabelledSets.class.getResourceAsStream(resource))) {
      var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      return List.of(lines).subList(1, lines.length).stream()
          .filter(l -> !l.isBlank())
          .map(l -> l.split("\t"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
