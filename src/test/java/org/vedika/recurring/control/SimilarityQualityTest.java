package org.vedika.recurring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.vedika.recurring.control.LogisticRegression.Example;

/**
 * The grouping suggestion's quality on the labelled pairs shipped with the tests ({@link
 * LabelledSets}), under the shipped model ({@link SimilarityModel#shipped}) at its threshold:
 *
 * <ul>
 *   <li>set 1, {@code recurring/clusters.tsv}: 73 posts (46 English, 27 Khmer) by one author, the
 *       way different people in different villages describe 16 recurring issues, with hard
 *       negatives — different issues of one programme sharing many words; every pair (2,628, 1,242
 *       of them one Khmer and one English post);
 *   <li>set 2, {@code recurring/pairs-2.tsv}: 152 pairs (76 Khmer, 76 English) by a second author
 *       who saw neither the measure nor set 1 (held out once; development since);
 *   <li>set 3, {@code recurring/pairs-3.tsv}: 224 pairs by a third author (held out once, at 0.703
 *       / 0.441; development since the weights are learnt on sets 1–3);
 *   <li>set 4, {@code recurring/set-4/pairs-4.tsv}: 240 pairs (80 English, 80 Khmer, 80 mixed) by a
 *       fourth author who read only DOMAIN.md; held out, measured once after the model was frozen.
 * </ul>
 *
 * Sets 1–3 are what the model was trained on, so their figures here are in-sample; the honest
 * figures for them are the training script's out-of-fold ones (docs/benchmarks.md). They are
 * asserted as floors, so a change that makes grouping worse fails; so is set 4's single
 * measurement.
 */
class SimilarityQualityTest {

  static final SimilarityModel MODEL = SimilarityModel.shipped();

  static SimilarityModel.Figures figures(
      List<LabelledSets.Pair> pairs, Predicate<LabelledSets.Pair> which) {
    var chosen = pairs.stream().filter(which).toList();
    var examples = chosen.stream().map(p -> new Example(p.measures(), p.same(), 1)).toList();
    var probabilities =
        examples.stream().mapToDouble(e -> MODEL.probability(e.measures())).toArray();
    return SimilarityModel.figures(examples, probabilities, MODEL.threshold());
  }

  /** Prints a measurement the way docs/benchmarks.md quotes it; returns it. */
  static SimilarityModel.Figures report(String label, SimilarityModel.Figures figures) {
    System.out.printf("%s at %.3f: %s%n", label, MODEL.threshold(), figures);
    return figures;
  }

  /** Every language of a set, printed; the whole set returned. */
  static SimilarityModel.Figures printed(String set, List<LabelledSets.Pair> pairs) {
    for (var lang : List.of("en", "km", "mixed")) {
      if (pairs.stream().anyMatch(p -> p.lang().equals(lang))) {
        report(set + " " + lang, figures(pairs, p -> p.lang().equals(lang)));
      }
    }
    return report(set + " all", figures(pairs, p -> true));
  }

  @Test
  void theSetsAreLargeEnoughAndBalancedOverLanguages() {
    var setOne = LabelledSets.setOne();
    assertThat(setOne).hasSize(2628);
    assertThat(setOne.stream().filter(p -> p.lang().equals("km"))).hasSizeGreaterThan(300);
    assertThat(setOne.stream().filter(p -> p.lang().equals("mixed"))).hasSizeGreaterThan(1000);
    assertThat(LabelledSets.development()).hasSize(2628 + 152 + 224);
  }

  @Test
  void theFirstSet() {
    var pairs = LabelledSets.setOne();
    printed("set 1", pairs);
    var sameLanguage = report("set 1 one language", figures(pairs, p -> !p.lang().equals("mixed")));
    // measured 0.667 / 0.933 (the hand-chosen measure before: 0.842 / 0.853)
    assertThat(sameLanguage.precision()).isGreaterThanOrEqualTo(0.65);
    assertThat(sameLanguage.recall()).isGreaterThanOrEqualTo(0.9);
    // measured 0.928 / 0.762 (before: 0.914 / 0.762)
    var mixed = figures(pairs, p -> p.lang().equals("mixed"));
    assertThat(mixed.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(mixed.recall()).isGreaterThanOrEqualTo(0.74);
  }

  @Test
  void theSecondSet() {
    var all = printed("set 2", LabelledSets.pairFile("set 2", "/recurring/pairs-2.tsv"));
    assertThat(all.pairs()).isEqualTo(152);
    // measured 0.703 / 0.941 (before: 0.857 / 0.706)
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.68);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void theThirdSet() {
    var all = printed("set 3", LabelledSets.pairFile("set 3", "/recurring/pairs-3.tsv"));
    assertThat(all.pairs()).isEqualTo(224);
    // measured 0.723 / 0.667 (before: 0.768 / 0.422)
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.7);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.64);
  }

  /**
   * Set 4, held out: written by a fourth author who read only DOMAIN.md, copied into the project
   * unread, and measured once, after the model was learnt and frozen (docs/benchmarks.md).
   */
  @Test
  void heldOutSetFour() {
    var pairs = LabelledSets.heldOut();
    var all = printed("held-out set 4", pairs);
    assertThat(all.pairs()).isEqualTo(240);
    // measured once, 2026-12-06: 0.845 / 0.759, mixed 0.920 / 0.639 (the aim: 0.85 at
    // 0.7, mixed recall 0.6; the hand-chosen measure before: 0.879 / 0.537). A floor, never a
    // target: nothing is tuned on this set.
    assertThat(all.precision()).isGreaterThanOrEqualTo(0.82);
    assertThat(all.recall()).isGreaterThanOrEqualTo(0.73);
    var mixed = figures(pairs, p -> p.lang().equals("mixed"));
    assertThat(mixed.recall()).isGreaterThanOrEqualTo(0.6);
  }

  /** Prints the trade-off over thresholds on sets 1–3 (for docs/benchmarks.md); asserts nothing. */
  @Test
  void printTheTradeOff() {
    var pairs = LabelledSets.development();
    var examples = LabelledSets.examples(pairs);
    var probabilities =
        examples.stream().mapToDouble(e -> MODEL.probability(e.measures())).toArray();
    for (var t = 0.2; t <= 0.801; t += 0.1) {
      System.out.printf(
          "threshold %.1f: %s%n", t, SimilarityModel.figures(examples, probabilities, t));
    }
  }
}
