package org.vedika.recurring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.vedika.problem.entity.Category;

/**
 * The grouping suggestion's quality on a labelled set shipped with the tests
 * ({@code recurring/clusters.tsv}): 73 problem posts, 46 in English and 27 in Khmer, written the
 * way different people in different villages describe 16 recurring issues (about 3 posts each,
 * some filed under another category), with hard negatives — different issues of the same programme
 * and category sharing many words. Every pair of posts in one language is labelled by their issue:
 * the same or not (1,386 pairs, 75 of them the same issue). Words are weighed by how rare they are
 * among the set's posts, as Vedika weighs them by the forum's latest problems ({@code
 * ForumVocabulary}). Precision and recall of {@link Similarity#SAME} are asserted
 * and reported in docs/benchmarks.md.
 */
class SimilarityQualityTest {

  record Post(String issue, String lang, Similarity.Text text) {}

  record Quality(int truePositives, int falsePositives, int falseNegatives, int pairs) {

    /** Counts one judged pair: whether it is the same issue, whether it was suggested. */
    Quality plus(boolean same, boolean suggested) {
      return new Quality(
          truePositives + (same && suggested ? 1 : 0),
          falsePositives + (!same && suggested ? 1 : 0),
          falseNegatives + (same && !suggested ? 1 : 0),
          pairs + 1);
    }

    double precision() {
      return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }
  }

  static List<Post> posts() {
    try (var in = Objects.requireNonNull(SimilarityQualityTest.class.getResourceAsStream("/recurring/clusters.tsv"))) {
      var posts = new ArrayList<Post>();
      var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (var line : List.of(lines).subList(1, lines.length)) {
        var f = line.split("\t");
        var category = Category.of(f[2]).orElseThrow(() -> new IllegalArgumentException(f[2])).name();
        posts.add(new Post(f[0], f[1], new Similarity.Text(category, f[3], f[4])));
      }
      return posts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Quality quality(List<Post> posts, String lang, double threshold) {
    var vocabulary = Similarity.Vocabulary.of(posts.stream().map(Post::text).toList());
    var quality = new Quality(0, 0, 0, 0);
    for (var i = 0; i < posts.size(); i++) {
      for (var j = i + 1; j < posts.size(); j++) {
        var a = posts.get(i);
        var b = posts.get(j);
        if (!a.lang().equals(b.lang()) || (lang != null && !a.lang().equals(lang))) {
          continue;
        }
        quality = quality.plus(a.issue().equals(b.issue()), Similarity.of(a.text(), b.text(), vocabulary) >= threshold);
      }
    }
    return quality;
  }

  @Test
  void theSetIsLargeEnoughAndBalancedOverLanguages() {
    var posts = posts();
    assertThat(quality(posts, null, 0).pairs()).isGreaterThanOrEqualTo(100);
    assertThat(posts.stream().filter(p -> p.lang().equals("km")).count()).isGreaterThanOrEqualTo(27);
    assertThat(posts.stream().filter(p -> p.lang().equals("en")).count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void suggestionsArePreciseAndFindMostRecurringProblems() {
    var posts = posts();
    var all = quality(posts, null, Similarity.SAME);
    for (var lang : new String[] {"en", "km", null}) {
      var q = quality(posts, lang, Similarity.SAME);
      System.out.printf("similarity %s at %.2f: %d pairs, precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n",
          lang == null ? "all" : lang, Similarity.SAME, q.pairs(), q.precision(), q.recall(),
          q.truePositives(), q.falsePositives(), q.falseNegatives());
    }
    // the issue's aim: precision 0.8 at recall 0.7 (measured: docs/benchmarks.md)
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.8);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.7);
  }

  /**
   * A second, independent set: {@code recurring/pairs.tsv}, 152 pairs (76 Khmer, 76 English; 68 the
   * same issue) written by another author from DOMAIN.md without seeing the measure or the first set.
   * The threshold was not tuned on it: held-out figures, reported in docs/benchmarks.md.
   */
  @Test
  void heldOutPairs() {
    List<String[]> pairs;
    try (var in = Objects.requireNonNull(SimilarityQualityTest.class.getResourceAsStream("/recurring/pairs.tsv"))) {
      var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      pairs = List.of(lines).subList(1, lines.length).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var texts = new ArrayList<Similarity.Text>();
    for (var f : pairs) {
      texts.add(new Similarity.Text(Category.of(f[2]).orElseThrow().name(), f[3], f[4]));
      texts.add(new Similarity.Text(Category.of(f[5]).orElseThrow().name(), f[6], f[7]));
    }
    var vocabulary = Similarity.Vocabulary.of(texts);
    for (var threshold : new double[] {0.2, 0.25, 0.3, Similarity.SAME, 0.4}) {
      for (var lang : new String[] {"en", "km", null}) {
        var q = new Quality(0, 0, 0, 0);
        for (var i = 0; i < pairs.size(); i++) {
          if (lang == null || lang.equals(pairs.get(i)[1])) {
            q = q.plus("1".equals(pairs.get(i)[0]),
                Similarity.of(texts.get(2 * i), texts.get(2 * i + 1), vocabulary) >= threshold);
          }
        }
        System.out.printf("held-out %s at %.2f: %d pairs, precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n",
            lang == null ? "all" : lang, threshold, q.pairs(), q.precision(), q.recall(),
            q.truePositives(), q.falsePositives(), q.falseNegatives());
      }
    }
  }

  /** Prints the trade-off over thresholds (for docs/benchmarks.md); asserts nothing. */
  @Test
  void printTheTradeOff() {
    var posts = posts();
    for (var t = 0.15; t <= 0.501; t += 0.05) {
      var q = quality(posts, null, t);
      System.out.printf("threshold %.2f: precision %.3f recall %.3f%n", t, q.precision(), q.recall());
    }
  }
}
