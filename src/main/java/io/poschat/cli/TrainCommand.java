package io.poschat.cli;

import io.poschat.nlu.DecisionRule;
import io.poschat.nlu.IntentClassifier;
import io.poschat.nlu.IntentTrainer;
import io.poschat.nlu.LabeledText;
import io.poschat.nlu.ModelRecipe;
import io.poschat.nlu.TrainingData;
import io.poschat.nlu.TrainingDataException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code train --data FILE --out MODEL [--folds K] [--min-accuracy X] [--threshold T]}: checks the
 * file, cross-validates, and writes the model only when the cross-validated accuracy reaches the
 * gate.
 */
final class TrainCommand {

    static final String USAGE = "train --data FILE --out MODEL [--folds K (default 5, 0 skips)]"
            + " [--min-accuracy X (default " + TrainCommand.DEFAULT_MIN_ACCURACY + ")] [--threshold T]";

    static final double DEFAULT_MIN_ACCURACY = 0.8;

    private TrainCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Options options = Options.parse(args, 1, Set.of("data", "out", "folds", "min-accuracy", "threshold"));
        Path data = options.requiredPath("data");
        Path model = options.requiredPath("out");
        int folds = options.integer("folds", 5);
        double minAccuracy = options.fraction("min-accuracy", DEFAULT_MIN_ACCURACY);
        DecisionRule rule = new DecisionRule(
                options.fraction("threshold", DecisionRule.DEFAULT_THRESHOLD), DecisionRule.DEFAULT_CLARIFY_MARGIN);
        if (folds == 1 || folds < 0) {
            throw new UsageException("--folds must be 0 (no cross-validation) or at least 2, got " + folds);
        }

        List<LabeledText> samples;
        try {
            samples = TrainingData.read(data);
        } catch (TrainingDataException e) {
            err.println(e.getMessage());
            err.println("nothing written: fix the lines above in " + data + " and train again");
            return 2;
        }
        long labels = samples.stream().map(LabeledText::label).distinct().count();
        out.printf(Locale.ROOT, "read %d examples of %d labels from %s%n", samples.size(), labels, data);

        Double accuracy = null;
        if (folds > 0) {
            out.printf(Locale.ROOT, "%d-fold cross-validation (threshold %.2f)%n", folds, rule.threshold());
            Scores scores = CrossValidation.run(samples, ModelRecipe.STANDARD, rule, folds, out);
            ScoreReport.perLabel(scores, out);
            ScoreReport.confusions(scores, out);
            out.println("cross-validated " + ScoreReport.accuracyLine("accuracy", scores.correct(), scores.total()));
            accuracy = scores.accuracy();
            if (accuracy < minAccuracy) {
                err.printf(
                        Locale.ROOT,
                        "nothing written: cross-validated accuracy %.4f is below the gate %.4f (--min-accuracy)."
                                + " Add examples for the intents with the lowest F1 above, or lower the gate.%n",
                        accuracy,
                        minAccuracy);
                return 3;
            }
        }

        out.printf(Locale.ROOT, "training on all %d examples...%n", samples.size());
        long start = System.nanoTime();
        IntentClassifier classifier = IntentTrainer.train(samples, ModelRecipe.STANDARD);
        double seconds = (System.nanoTime() - start) / 1e9;
        classifier.save(model);
        out.printf(
                Locale.ROOT,
                "wrote %s: %d labels, %d examples, %s, trained in %.1f s%n",
                model,
                labels,
                samples.size(),
                accuracy == null ? "no cross-validation" : String.format(Locale.ROOT, "CV accuracy %.4f", accuracy),
                seconds);
        return 0;
    }
}
