package org.vedika.recurring.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vedika.recurring.control.LogisticRegression.Example;

/**
 * The training script of the shipped grouping model: {@code ./mvnw -Ptrain-similarity} fits {@link
 * SimilarityModel} on the development sets ({@link LabelledSets#development}), chooses its
 * threshold by {@value #FOLDS}-fold cross-validation, prints the out-of-fold figures per set and
 * language, and writes {@code
 * src/main/resources/org/vedika/recurring/control/similarity-model.properties}. Deterministic:
 * {@code SimilarityModelTest} checks that the shipped file is what this trains.
 */
public final class SimilarityTraining {

  static final int FOLDS = 5;
  static final long SEED = 16;

  /** The ridge penalty (the weights' prior is zero): small, there are thousands of pairs. */
  static final double L2 = 1.0;

  static final Path SHIPPED =
      Path.of("src/main/resources/org/vedika/recurring/control", SimilarityModel.SHIPPED);

  private SimilarityTraining() {}

  /** The model the development sets give, with its out-of-fold probabilities. */
  static SimilarityModel.Trained train(List<LabelledSets.Pair> pairs) {
    return SimilarityModel.train(
        LabelledSets.examples(pairs), new double[SimilarityModel.MEASURES.size()], L2, FOLDS, SEED);
  }

  static String comment(List<LabelledSets.Pair> pairs) {
    return "Vedika's grouping model (SimilarityModel), trained by ./mvnw -Ptrain-similarity\n"
        + "(src/test/java/org/vedika/recurring/control/SimilarityTraining.java) on the development\n"
        + "sets 1-3 ("
        + pairs.size()
        + " labelled pairs, each set weighing the same); threshold and cv.* from "
        + FOLDS
        + "-fold\ncross-validation. Do not edit: retrain.";
  }

  public static void main(String[] args) throws IOException {
    var pairs = LabelledSets.development();
    var trained = train(pairs);
    var model = trained.model();
    System.out.println(model);
    for (var set : LabelledSets.DEVELOPMENT) {
      for (var lang : new String[] {"en", "km", "mixed", null}) {
        var chosen = new ArrayList<Example>();
        var probabilities = new ArrayList<Double>();
        for (var i = 0; i < pairs.size(); i++) {
          var pair = pairs.get(i);
          if (pair.set().equals(set) && (lang == null || lang.equals(pair.lang()))) {
            chosen.add(new Example(pair.measures(), pair.same(), 1));
            probabilities.add(trained.outOfFold()[i]);
          }
        }
        if (!chosen.isEmpty()) {
          var figures =
              SimilarityModel.figures(
                  chosen,
                  probabilities.stream().mapToDouble(Double::doubleValue).toArray(),
                  model.threshold());
          System.out.printf("out of fold, %s %s: %s%n", set, lang == null ? "all" : lang, figures);
        }
      }
    }
    var target = args.length > 0 ? Path.of(args[0]) : SHIPPED;
    Files.writeString(target, model.format(comment(pairs)), StandardCharsets.UTF_8);
    System.out.println("Wrote " + target.toAbsolutePath());
  }
}
