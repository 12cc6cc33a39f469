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
 * The grouping suggestion's quality on a labelled set shipped with the tests ({@code
 * recurring/clusters.tsv}): 73 problem posts, 46 in English and 27 in Khmer, written the way
 * different people in different villages describe 16 recurring issues (about 3 posts each, some
 * filed under another category), with hard negatives — different issues of the same programme and
 * category sharing many words. Every pair of posts in one language is labelled by their issue: the
 * same or not (1,386 pairs, 75 of them the same issue). Words are weighed by how rare they are
 * among the set's posts, as Vedika weighs them by the forum's latest problems ({@code
 * ForumVocabulary}). Precision and recall of {@link Similarity#SAME} are asserted and reported in
 * docs/benchmarks.md.
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
      return truePositives + falsePositives == 0
          ? 1
          : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0
          ? 1
          : (double) truePositives / (truePositives + falseNegatives);
    }
  }

  static List<Post> posts() {
    try (var in =
        Objects.requireNonNull(
            SimilarityQualityTest.class.getResourceAsStream("/recurring/clusters.tsv"))) {
      var posts = new ArrayList<Post>();
      var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (var line : List.of(lines).subList(1, lines.length)) {
        var f = line.split("\t");
        var category =
            Category.of(f[2]).orElseThrow(() -> new IllegalArgumentException(f[2])).name();
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
        var mixed = !a.lang().equals(b.lang());
        if ("mixed".equals(lang) ? !mixed : mixed || (lang != null && !a.lang().equals(lang))) {
          continue;
        }
        quality =
            quality.plus(
                a.issue().equals(b.issue()),
                Similarity.of(a.text(), b.text(), vocabulary) >= threshold);
      }
    }
    return quality;
  }

  @Test
  void theSetIsLargeEnoughAndBalancedOverLanguages() {
    var posts = posts();
    assertThat(quality(posts, null, 0).pairs()).isGreaterThanOrEqualTo(100);
    assertThat(posts.stream().filter(p -> p.lang().equals("km")).count())
        .isGreaterThanOrEqualTo(27);
    assertThat(posts.stream().filter(p -> p.lang().equals("en")).count())
        .isGreaterThanOrEqualTo(30);
  }

  @Test
  void suggestionsArePreciseAndFindMostRecurringProblems() {
    var posts = posts();
    var all = quality(posts, null, Similarity.SAME);
    for (var lang : new String[] {"en", "km", null}) {
      report("set 1 " + (lang == null ? "all" : lang), quality(posts, lang, Similarity.SAME));
    }
    // the issue's aim: precision 0.8 at recall 0.7 (measured: docs/benchmarks.md)
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.8);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.7);
  }

  /**
   * Set 1's pairs of one Khmer and one English post (1,242; 10 issues written in both languages):
   * the same issue across languages, found only through the concepts both name. Development data
   * for issue 16's mixed-language aim (recall 0.6 on the held-out set).
   */
  @Test
  void acrossLanguages() {
    var posts = posts();
    var q = report("set 1 mixed", quality(posts, "mixed", Similarity.SAME));
    assertThat(q.pairs()).isGreaterThan(1000);
    // measured 0.914 / 0.762 (before concepts alone across languages: 1.000 / 0.512)
    assertThat(q.precision()).isGreaterThanOrEqualTo(0.85);
    assertThat(q.recall()).isGreaterThanOrEqualTo(0.7);
  }

  /** Prints a measurement the way docs/benchmarks.md quotes it; returns it. */
  static Quality report(String label, Quality q) {
    System.out.printf(
        "%s at %.2f: %d pairs, precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n",
        label,
        Similarity.SAME,
        q.pairs(),
        q.precision(),
        q.recall(),
        q.truePositives(),
        q.falsePositives(),
        q.falseNegatives());
    return q;
  }

  /**
   * Judged pairs from a file of pairs (same, lang, category/title/body twice), by language (null:
   * all).
   */
  static Quality pairs(String resource, String lang, double threshold) {
    List<String[]> pairs;
    try (var in =
        Objects.requireNonNull(SimilarityQualityTest.class.getResourceAsStream(resource))) {
      var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      pairs =
          List.of(lines).subList(1, lines.length).stream()
              .filter(l -> !l.isBlank())
              .map(l -> l.split("\t"))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var texts = new ArrayList<Similarity.Text>();
    for (var f : pairs) {
      texts.add(new Similarity.Text(Category.of(f[2]).orElseThrow().name(), f[3], f[4]));
      texts.add(new Similarity.Text(Category.of(f[5]).orElseThrow().name(), f[6], f[7]));
    }
    var vocabulary = Similarity.Vocabulary.of(texts);
    var q = new Quality(0, 0, 0, 0);
    for (var i = 0; i < pairs.size(); i++) {
      if (lang == null || lang.equals(pairs.get(i)[1])) {
        q =
            q.plus(
                "1".equals(pairs.get(i)[0]),
                Similarity.of(texts.get(2 * i), texts.get(2 * i + 1), vocabulary) >= threshold);
      }
    }
    return q;
  }

  static Quality printed(String name, String resource) {
    for (var lang : new String[] {"en", "km"}) {
      report(name + " " + lang, pairs(resource, lang, Similarity.SAME));
    }
    return report(name + " all", pairs(resource, null, Similarity.SAME));
  }

  /**
   * A second, independent set: {@code recurring/pairs-2.tsv}, 152 pairs (76 Khmer, 76 English; 68
   * the same issue) written by another author from DOMAIN.md without seeing the measure or the
   * first set. It was held out once (the measure then scored 0.357 / 0.147 on it); since then the
   * concept layer and the place-name filter were worked out on it and set 1 together, so it is now
   * a development set like set 1, and the aim is asserted on it too.
   */
  @Test
  void theSecondSetMeetsTheAimToo() {
    var all = printed("set 2", "/recurring/pairs-2.tsv");
    assertThat(all.pairs()).isGreaterThanOrEqualTo(100);
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.8);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.7);
  }

  /**
   * The held-out set: {@code recurring/pairs-3.tsv}, 224 pairs (107 English, 117 Khmer; 102 the
   * same issue, 50 issues, hard negatives within a programme) written by a third author from
   * DOMAIN.md who saw neither the measure nor the other sets; measured once, after the measure and
   * its threshold were fixed. Its figures (docs/benchmarks.md) are what to expect on text nobody
   * tuned for: precision 0.703, recall 0.441 — short of the aim; 0.768 / 0.422 since the concept
   * groups became search's too (issue 16: more names in both languages, fewer false pairs, a few
   * more missed). Asserted as a floor, so a change that makes unseen text worse fails.
   */
  @Test
  void heldOutPairs() {
    var all = printed("held-out set 3", "/recurring/pairs-3.tsv");
    assertThat(all.pairs()).isGreaterThanOrEqualTo(200);
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.68);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.42);
  }

  /** Prints the trade-off over thresholds (for docs/benchmarks.md); asserts nothing. */
  @Test
  void printTheTradeOff() {
    var posts = posts();
    for (var t = 0.15; t <= 0.501; t += 0.05) {
      var q = quality(posts, null, t);
      System.out.printf(
          "threshold %.2f: precision %.3f recall %.3f%n", t, q.precision(), q.recall());
    }
  }
}
