package org.vedika.recurring.control;

import java.util.List;

/**
 * Logistic regression fitted by Newton's method: the probability that a pair of posts is one issue,
 * from the pair's measures. Small on purpose — a handful of measures, a few thousand labelled
 * pairs, deterministic (no random start, no learning rate), so the model shipped is the one its
 * script trains, to the last digit.
 *
 * <p>The fit is penalised towards a prior: {@code l2 / 2 × |w − prior|²} (the intercept is free).
 * With the prior at zero this is ordinary ridge regression; a refit on curators' decisions starts
 * from the shipped weights and moves only as far as its labels show ({@code SimilarityRefit}).
 */
public final class LogisticRegression {

  /** One labelled pair: its measures, whether it is one issue, how much it counts. */
  public record Example(double[] measures, boolean same, double weight) {}

  private static final int MAX_ITERATIONS = 100;
  private static final double CONVERGED = 1e-10;

  private LogisticRegression() {}

  /**
   * The coefficients: the intercept first, then one weight per measure.
   *
   * @param prior the weights the penalty pulls towards (one per measure)
   */
  public static double[] fit(List<Example> examples, double[] prior, double l2) {
    var n = prior.length + 1;
    var theta = new double[n];
    System.arraycopy(prior, 0, theta, 1, prior.length);
    for (var iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      var gradient = new double[n];
      var hessian = new double[n][n];
      for (var example : examples) {
        var x = withIntercept(example.measures());
        var p = sigmoid(dot(theta, x));
        var error = (p - (example.same() ? 1 : 0)) * example.weight();
        var curvature = Math.max(p * (1 - p), 1e-12) * example.weight();
        for (var i = 0; i < n; i++) {
          gradient[i] += error * x[i];
          for (var j = 0; j < n; j++) {
            hessian[i][j] += curvature * x[i] * x[j];
          }
        }
      }
      for (var i = 1; i < n; i++) {
        gradient[i] += l2 * (theta[i] - prior[i - 1]);
        hessian[i][i] += l2;
      }
      hessian[0][0] += 1e-9;
      var step = solve(hessian, gradient);
      var largest = 0.0;
      for (var i = 0; i < n; i++) {
        theta[i] -= step[i];
        largest = Math.max(largest, Math.abs(step[i]));
      }
      if (largest < CONVERGED) {
        break;
      }
    }
    return theta;
  }

  /** The probability of "one issue" under these coefficients (intercept first). */
  public static double probability(double[] coefficients, double[] measures) {
    return sigmoid(dot(coefficients, withIntercept(measures)));
  }

  private static double[] withIntercept(double[] measures) {
    var x = new double[measures.length + 1];
    x[0] = 1;
    System.arraycopy(measures, 0, x, 1, measures.length);
    return x;
  }

  private static double dot(double[] a, double[] b) {
    var sum = 0.0;
    for (var i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Gaussian elimination with partial pivoting; {@code a} is small and symmetric positive. */
  private static double[] solve(double[][] a, double[] b) {
    var n = b.length;
    var m = new double[n][];
    var y = b.clone();
    for (var i = 0; i < n; i++) {
      m[i] = a[i].clone();
    }
    for (var col = 0; col < n; col++) {
      var pivot = col;
      for (var row = col + 1; row < n; row++) {
        if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
          pivot = row;
        }
      }
      var t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      var u = y[col];
      y[col] = y[pivot];
      y[pivot] = u;
      for (var row = col + 1; row < n; row++) {
        var factor = m[row][col] / m[col][col];
        for (var k = col; k < n; k++) {
          m[row][k] -= factor * m[col][k];
        }
        y[row] -= factor * y[col];
      }
    }
    var x = new double[n];
    for (var row = n - 1; row >= 0; row--) {
      var sum = y[row];
      for (var k = row + 1; k < n; k++) {
        sum -= m[row][k] * x[k];
      }
      x[row] = sum / m[row][row];
    }
    return x;
  }
}
