package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentTrainerTest {

    @TempDir
    Path dir;

    @Test
    void theSameDataGivesTheSameModel() throws Exception {
        List<LabeledText> data = NluFixtures.sampleTrainingData();
        IntentClassifier first = IntentTrainer.train(data, ModelRecipe.STANDARD);
        IntentClassifier second = IntentTrainer.train(data, ModelRecipe.STANDARD);

        for (LabeledText sample : data) {
            assertThat(second.rank(sample.text())).isEqualTo(first.rank(sample.text()));
        }
        first.save(dir.resolve("first.bin"));
        second.save(dir.resolve("second.bin"));
        // Only the manifest's timestamp differs between the two files; the parameters are the same bytes.
        assertThat(entry(dir.resolve("second.bin"), "doccat.model"))
                .isEqualTo(entry(dir.resolve("first.bin"), "doccat.model"));
        IntentClassifier reloaded = IntentClassifier.load(dir.resolve("second.bin"));
        for (LabeledText sample : data) {
            assertThat(reloaded.rank(sample.text())).isEqualTo(first.rank(sample.text()));
        }
    }

    private static byte[] entry(Path zip, String name) throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry(name)).readAllBytes();
        }
    }

    @Test
    void learnsTheSampleIntentsAndToleratesTypos() {
        IntentClassifier model = NluFixtures.sampleModel();

        assertThat(model.rank("whats my revenu today").getFirst().label()).isEqualTo("revenue");
        assertThat(model.rank("how many tabels are free?").getFirst().label()).isEqualTo("table_occupancy");
        assertThat(model.rank("TOP 3 DISHES LAST WK").getFirst().label()).isEqualTo("top_products");
    }

    @Test
    void ranksEveryLabelBestFirstWithProbabilitiesSummingToOne() {
        List<LabelScore> ranked = NluFixtures.sampleModel().rank("what is running low");

        assertThat(ranked).hasSize(12);
        assertThat(ranked.getFirst().label()).isEqualTo("low_stock");
        assertThat(ranked).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(ranked.stream().mapToDouble(LabelScore::score).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void questionsWithoutWordsStillGetARanking() {
        assertThat(NluFixtures.sampleModel().rank("?!")).hasSize(12);
    }

    @Test
    void refusesToTrainOnASingleLabel() {
        List<LabeledText> oneLabel =
                List.of(new LabeledText("revenue", "sales today"), new LabeledText("revenue", "takings"));

        assertThatThrownBy(() -> IntentTrainer.train(oneLabel, ModelRecipe.STANDARD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two labels");
    }

    @Test
    void savingReplacesTheFileWithoutLeavingATemporaryFile() throws Exception {
        Path model = dir.resolve("intent-model.bin");
        Files.writeString(model, "old");

        NluFixtures.sampleModel().save(model);

        assertThat(IntentClassifier.load(model).labels()).contains("revenue", "out_of_scope");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("intent-model.bin");
        }
    }
}
