package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model in the repository must be the one the training file in the repository gives. */
class ShippedModelTest {

    private static final Path TRAINING = Path.of("models/training.txt");
    private static final Path MODEL = Path.of("models/intent-model.bin");
    private static final String RETRAIN = "retrain it with: ./mvnw -q package -DskipTests && java --enable-preview -jar"
            + " target/pos-chatbot-0.1.0-SNAPSHOT.jar train --data models/training.txt --out models/intent-model.bin";

    @Test
    void theShippedModelIsTheOneTrainedFromTheShippedTrainingFile() throws Exception {
        assumeTrue(Files.exists(TRAINING), "no models/training.txt yet");
        assertThat(MODEL).as("models/intent-model.bin is missing; " + RETRAIN).exists();

        List<LabeledText> data = TrainingData.read(TRAINING);
        IntentClassifier shipped = IntentClassifier.load(MODEL);
        IntentClassifier fresh = IntentTrainer.train(data, ModelRecipe.STANDARD);

        assertThat(shipped.labels())
                .as("labels of the shipped model; " + RETRAIN)
                .isEqualTo(fresh.labels());
        for (LabeledText sample : data) {
            assertThat(shipped.rank(sample.text()))
                    .as("scores for '%s' differ: models/intent-model.bin is stale; %s", sample.text(), RETRAIN)
                    .isEqualTo(fresh.rank(sample.text()));
        }
    }
}
