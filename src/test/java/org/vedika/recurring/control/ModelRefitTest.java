package org.vedika.recurring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vedika.recurring.control.LogisticRegression.Example;

class ModelRefitTest {

  static final SimilarityModel SHIPPED = SimilarityModel.shipped();

  @Test
  void tooFewDecisionsChangeNothing() {
    var outcome = ModelRefit.of(decisions(99, 0.5, 1), SHIPPED);
    assertThat(outcome.adopted()).isFalse();
    assertThat(outcome.refit()).isNull();
    assertThat(outcome.note()).startsWith("too few decisions");
    // nor do many, all one way
    assertThat(ModelRefit.of(decisions(300, 0.01, 2), SHIPPED).refit()).isNull();
  }

  /**
   * Curators keep confirming pairs that share few words but name the same concepts (the shipped
   * threshold misses them, sampled below it): the refit learns to suggest them and is adopted.
   */
  @Test
  void decisionsThatShowWhatTheModelMissesAreLearnt() {
    var labels = new ArrayList<Example>();
    var random = new Random(3);
    for (var n = 0; n < 400; n++) {
      var concepts = random.nextDouble();
      var words = random.nextDouble() * 0.3;
      var same = concepts > 0.25;
      // the ones below the shipped threshold were sampled one in twenty, and count so
      var measures = new double[] {words, words, concepts, 0, 0, 0};
      var weight = SHIPPED.probability(measures) < SHIPPED.threshold() ? 20 : 1;
      labels.add(new Example(measures, same, weight));
    }
    var outcome = ModelRefit.of(labels, SHIPPED);
    assertThat(outcome.adopted()).as(outcome.note()).isTrue();
    assertThat(outcome.refit().figures().f1()).isGreaterThan(outcome.current().f1());
    var missed = new double[] {0.05, 0.05, 0.32, 0, 0, 0};
    assertThat(SHIPPED.probability(missed)).isLessThan(SHIPPED.threshold());
    assertThat(outcome.refit().probability(missed))
        .isGreaterThanOrEqualTo(outcome.refit().threshold());
  }

  /** Decisions that agree with the model in use teach it nothing it does not know: kept. */
  @Test
  void decisionsTheModelAlreadyGetsRightKeepIt() {
    var labels = new ArrayList<Example>();
    var random = new Random(4);
    for (var n = 0; n < 400; n++) {
      var measures =
          new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble(), 0, 0, 0};
      labels.add(new Example(measures, SHIPPED.probability(measures) >= SHIPPED.threshold(), 1));
    }
    var outcome = ModelRefit.of(labels, SHIPPED);
    assertThat(outcome.current().precision()).isEqualTo(1.0);
    assertThat(outcome.current().recall()).isEqualTo(1.0);
    assertThat(outcome.adopted()).as(outcome.note()).isFalse();
  }

  @Test
  void measuresAreKeptAsText() {
    var measures = new double[] {0.25, 0.5, 0.125, 0, 1, 0};
    assertThat(ModelRefit.format(measures)).isEqualTo("0.25,0.5,0.125,0.0,1.0,0.0");
    assertThat(ModelRefit.parse(ModelRefit.format(measures)).orElseThrow())
        .containsExactly(measures, within(1e-6));
    assertThat(ModelRefit.parse("0.1,0.2")).isEmpty();
    assertThat(ModelRefit.parse("a,b,c,d,e,f")).isEmpty();
    assertThat(ModelRefit.parse(null)).isEmpty();
  }

  private static List<Example> decisions(int count, double shareSame, long seed) {
    var random = new Random(seed);
    var labels = new ArrayList<Example>();
    for (var n = 0; n < count; n++) {
      var measures = new double[] {random.nextDouble(), 0, random.nextDouble(), 0, 0, 0};
      labels.add(new Example(measures, random.nextDouble() < shareSame, 1));
    }
    return labels;
  }
}
