package org.vedika.recurring.control;

import java.util.List;
import org.vedika.recurring.control.LogisticRegression.Example;

/**
 * Whether curators' decisions make a better grouping model than the one in use. The refit starts
 * from the model in use — its weights are the prior ({@value #PRIOR} pulls towards them), so a few
 * hundred decisions adjust it rather than replace it — and its threshold is chosen again on the
 * decisions. It is adopted only if its out-of-fold F1 on the decisions beats the model in use on
 * the same decisions (which it was not trained on) by {@value #MARGIN}: a refit that is only as
 * good changes nothing.
 */
public final class ModelRefit {

  /** Fewer decisions than this teach nothing yet. */
  public static final int MIN_LABELS = 100;

  /** Nor do decisions almost all one way: at least this many of each. */
  public static final int MIN_EACH = 20;

  static final double PRIOR = 10;
  static final double MARGIN = 0.01;
  static final int FOLDS = 5;
  static final long SEED = 16;

  private ModelRefit() {}

  /**
   * What a refit found.
   *
   * @param current the model in use's figures on the decisions (null: too few to judge)
   * @param refit the refit (null: too few decisions)
   */
  public record Outcome(
      int labels,
      int same,
      SimilarityModel.Figures current,
      SimilarityModel refit,
      boolean adopted,
      String note) {}

  public static Outcome of(List<Example> labels, SimilarityModel inUse) {
    var same = (int) labels.stream().filter(Example::same).count();
    var other = labels.size() - same;
    if (labels.size() < MIN_LABELS || same < MIN_EACH || other < MIN_EACH) {
      return new Outcome(
          labels.size(),
          same,
          null,
          null,
          false,
          "too few decisions: "
              + same
              + " confirmed and "
              + other
              + " rejected (at least "
              + MIN_LABELS
              + ", "
              + MIN_EACH
              + " of each)");
    }
    var current = inUse.figuresOn(labels);
    var refit = SimilarityModel.train(labels, inUse.weights(), PRIOR, FOLDS, SEED).model();
    var adopted = refit.figures().f1() >= current.f1() + MARGIN;
    return new Outcome(
        labels.size(),
        same,
        current,
        refit,
        adopted,
        String.format(
            java.util.Locale.ROOT,
            "F1 on the decisions: in use %.3f, refit %.3f out of fold: %s",
            current.f1(),
            refit.figures().f1(),
            adopted ? "adopted" : "kept the model in use"));
  }

  /** A suggestion's measures as {@code recurring_suggestion.measures} keeps them. */
  public static String format(double[] measures) {
    var out = new StringBuilder();
    for (var measure : measures) {
      out.append(out.isEmpty() ? "" : ",").append((float) measure);
    }
    return out.toString();
  }

  /** The measures back from {@link #format}; empty if they do not fit the model's measures. */
  public static java.util.Optional<double[]> parse(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    var parts = text.split(",");
    if (parts.length != SimilarityModel.MEASURES.size()) {
      return java.util.Optional.empty();
    }
    var measures = new double[parts.length];
    try {
      for (var i = 0; i < parts.length; i++) {
        measures[i] = Double.parseDouble(parts[i]);
      }
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(measures);
  }
}
