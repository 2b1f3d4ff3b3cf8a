package io.poschat.cli;

import io.poschat.nlu.DecisionRule;
import io.poschat.nlu.IntentClassifier;
import io.poschat.nlu.IntentTrainer;
import io.poschat.nlu.LabeledText;
import io.poschat.nlu.ModelRecipe;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * K-fold cross-validation. Folds are stratified and need no randomness: the i-th example of each
 * label goes to fold i mod K, so every run over the same file gives the same folds.
 */
final class CrossValidation {

    private CrossValidation() {}

    static Scores run(List<LabeledText> data, ModelRecipe recipe, DecisionRule rule, int folds, PrintStream progress) {
        int[] foldOf = assignFolds(data, folds);
        Scores all = new Scores();
        for (int fold = 0; fold < folds; fold++) {
            long start = System.nanoTime();
            List<LabeledText> train = new ArrayList<>();
            List<LabeledText> test = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                (foldOf[i] == fold ? test : train).add(data.get(i));
            }
            IntentClassifier classifier = IntentTrainer.train(train, recipe);
            Scores scores = new Scores();
            for (LabeledText sample : test) {
                scores.add(
                        sample.label(),
                        rule.decide(classifier.rank(sample.text())).label());
            }
            all.addAll(scores);
            progress.printf(
                    Locale.ROOT,
                    "fold %d/%d: accuracy %.4f on %d examples (%.1f s)%n",
                    fold + 1,
                    folds,
                    scores.accuracy(),
                    scores.total(),
                    (System.nanoTime() - start) / 1e9);
        }
        return all;
    }

    private static int[] assignFolds(List<LabeledText> data, int folds) {
        Map<String, Integer> seen = new HashMap<>();
        int[] foldOf = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            foldOf[i] = (seen.merge(data.get(i).label(), 1, Integer::sum) - 1) % folds;
        }
        return foldOf;
    }
}
