package org.vedika.recurring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vedika.recurring.control.LogisticRegression.Example;

class SimilarityModelTest {

  @Test
  void theShippedModelIsWhatItsTrainingScriptTrains() {
    var pairs = LabelledSets.development();
    var trained = SimilarityTraining.train(pairs).model();
    var shipped = SimilarityModel.shipped();
    assertThat(shipped.coefficients()).containsExactly(trained.coefficients(), within(1e-9));
    assertThat(shipped.threshold()).isCloseTo(trained.threshold(), within(1e-9));
    assertThat(shipped.figures().pairs()).isEqualTo(pairs.size());
    assertThat(shipped.figures().precision())
        .isCloseTo(trained.figures().precision(), within(1e-9));
    assertThat(shipped.figures().recall()).isCloseTo(trained.figures().recall(), within(1e-9));
  }

  @Test
  void theModelIsWrittenAndReadBackWhole() {
    var model = SimilarityModel.shipped();
    assertThat(SimilarityModel.parse(model.format("a comment\nover two lines"))).isEqualTo(model);
  }

  @Test
  void aModelWithoutOneOfItsWeightsIsRefused() {
    var text = SimilarityModel.shipped().format("x").replaceAll("weight\\.words=.*\n", "");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimilarityModel.parse(text))
        .hasMessageContaining("weight.words");
  }

  /** Pairs drawn from a known logistic model: the fit finds its coefficients again. */
  @Test
  void theRegressionRecoversTheWeightsItsDataCameFrom() {
    var truth = new double[] {-2, 3, 0, 5, 0, -1, 0.5};
    var examples = drawn(truth, 20_000, 7);
    var fitted = LogisticRegression.fit(examples, new double[6], 0);
    assertThat(fitted).containsExactly(truth, within(0.25));
  }

  @Test
  void aStrongPriorHoldsTheWeightsWhereTheyWere() {
    var examples = drawn(new double[] {-2, 3, 0, 5, 0, -1, 0.5}, 200, 8);
    var prior = new double[] {1, 1, 1, 1, 1, 1};
    var fitted = LogisticRegression.fit(examples, prior, 1e7);
    for (var i = 1; i < fitted.length; i++) {
      assertThat(fitted[i]).isCloseTo(1, within(1e-3));
    }
  }

  @Test
  void theThresholdIsTheOneWithTheBestF1() {
    // probabilities 0.9, 0.8, 0.7, 0.6, 0.3 for same, same, other, same, other: suggesting from 0.6
    // gives precision 3/4, recall 1 (F1 0.857); from 0.8, 1 and 2/3 (0.8); from 0.9, 1 and 1/3
    var examples =
        List.of(example(true), example(true), example(false), example(true), example(false));
    var threshold = SimilarityModel.threshold(examples, new double[] {0.9, 0.8, 0.7, 0.6, 0.3});
    assertThat(threshold).isEqualTo(0.6);
    var figures =
        SimilarityModel.figures(examples, new double[] {0.9, 0.8, 0.7, 0.6, 0.3}, threshold);
    assertThat(figures.precision()).isEqualTo(0.75);
    assertThat(figures.recall()).isEqualTo(1.0);
  }

  @Test
  void weightsCountInTheFigures() {
    var examples =
        List.of(new Example(new double[6], true, 1), new Example(new double[6], false, 3));
    var figures = SimilarityModel.figures(examples, new double[] {0.9, 0.8}, 0.5);
    assertThat(figures.precision()).isEqualTo(0.25);
  }

  private static Example example(boolean same) {
    return new Example(new double[6], same, 1);
  }

  private static List<Example> drawn(double[] truth, int count, long seed) {
    var random = new Random(seed);
    var examples = new ArrayList<Example>();
    for (var n = 0; n < count; n++) {
      var x = new double[6];
      for (var i = 0; i < x.length; i++) {
        x[i] = random.nextDouble();
      }
      var p = LogisticRegression.probability(truth, x);
      examples.add(new Example(x, random.nextDouble() < p, 1));
    }
    return examples;
  }
}
