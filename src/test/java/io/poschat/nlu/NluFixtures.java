package io.poschat.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Small training sets and the models trained from them, shared by the NLU and CLI tests. */
public final class NluFixtures {

    private static IntentClassifier sampleModel;

    private NluFixtures() {}

    public static Path sampleTrainingFile() {
        try {
            return Path.of(
                    NluFixtures.class.getResource("/nlu/sample-training.txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<LabeledText> sampleTrainingData() {
        try {
            return TrainingData.read(sampleTrainingFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model trained on the sample file, trained once per test JVM. */
    public static synchronized IntentClassifier sampleModel() {
        if (sampleModel == null) {
            sampleModel = IntentTrainer.train(sampleTrainingData(), ModelRecipe.STANDARD);
        }
        return sampleModel;
    }

    /** Two labels, a handful of examples each: a model that trains in milliseconds. */
    public static List<LabeledText> tinyData(String firstLabel, String secondLabel) {
        return List.of(
                new LabeledText(firstLabel, "how much did we make today"),
                new LabeledText(firstLabel, "what is my revenue"),
                new LabeledText(firstLabel, "total sales yesterday"),
                new LabeledText(secondLabel, "how many tables are free"),
                new LabeledText(secondLabel, "which tables are occupied"),
                new LabeledText(secondLabel, "any free table now"));
    }
}
