package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentModelStoreTest {

    private static final Duration NEVER = Duration.ofHours(1);
    private static final Instant STARTED = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path dir;

    private IntentModelStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private Path modelFile() throws Exception {
        Path file = dir.resolve("intent-model.bin");
        IntentTrainer.train(NluFixtures.tinyData("revenue", "table_occupancy"), ModelRecipe.STANDARD)
                .save(file);
        return file;
    }

    private IntentModelStore open(Path file) {
        store = IntentModelStore.open(file, NEVER, Clock.fixed(STARTED, ZoneOffset.UTC));
        return store;
    }

    @Test
    void servesTheModelFromTheFile() throws Exception {
        Path file = modelFile();

        IntentModelStore models = open(file);

        assertThat(models.current().labels()).containsExactly("revenue", "table_occupancy");
        assertThat(models.status()).isEqualTo(new ModelStatus(file, STARTED, java.util.Optional.empty()));
        assertThat(models.reloadIfChanged()).isFalse();
    }

    @Test
    void swapsInANewModelWhileAQuestionInFlightKeepsTheOldOne() throws Exception {
        Path file = modelFile();
        IntentModelStore models = open(file);
        IntentClassifier inFlight = models.current();

        IntentTrainer.train(NluFixtures.tinyData("sales", "tables"), ModelRecipe.STANDARD)
                .save(file);

        assertThat(models.reloadIfChanged()).isTrue();
        assertThat(models.current().labels()).containsExactly("sales", "tables");
        assertThat(inFlight.rank("what is my revenue").getFirst().label()).isEqualTo("revenue");
        assertThat(models.status().healthy()).isTrue();
    }

    @Test
    void aCorruptFileKeepsTheOldModelServingAndIsReported() throws Exception {
        Path file = modelFile();
        IntentModelStore models = open(file);
        IntentClassifier serving = models.current();

        Files.writeString(file, "not a model");

        assertThat(models.reloadIfChanged()).isFalse();
        assertThat(models.current()).isSameAs(serving);
        assertThat(models.status().lastError())
                .hasValueSatisfying(e -> assertThat(e)
                        .contains("cannot read intent model " + file)
                        .doesNotContain("Exception", "Cannot invoke"));
        assertThat(models.status().loadedAt()).isEqualTo(STARTED);
    }

    @Test
    void aMissingFileKeepsTheOldModelServingAndRecoversWhenAModelReturns() throws Exception {
        Path file = modelFile();
        IntentModelStore models = open(file);
        IntentClassifier serving = models.current();

        Files.delete(file);

        assertThat(models.reloadIfChanged()).isFalse();
        assertThat(models.current()).isSameAs(serving);
        assertThat(models.status().lastError())
                .hasValueSatisfying(e -> assertThat(e).contains("missing"));

        IntentTrainer.train(NluFixtures.tinyData("sales", "tables"), ModelRecipe.STANDARD)
                .save(file);

        assertThat(models.reloadIfChanged()).isTrue();
        assertThat(models.status().healthy()).isTrue();
        assertThat(models.current().labels()).containsExactly("sales", "tables");
    }

    @Test
    void picksUpANewModelByItselfWhenPolling() throws Exception {
        Path file = modelFile();
        store = IntentModelStore.open(file, Duration.ofMillis(50));

        IntentTrainer.train(NluFixtures.tinyData("sales", "tables"), ModelRecipe.STANDARD)
                .save(file);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!store.current().labels().contains("sales") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(store.current().labels()).containsExactly("sales", "tables");
    }

    @Test
    void withoutAModelAtStartupItFailsSayingHowToTrainOne() {
        Path missing = dir.resolve("intent-model.bin");

        assertThatThrownBy(() -> IntentModelStore.open(missing, NEVER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No intent model at " + missing.toAbsolutePath())
                .hasMessageContaining("train --data models/training.txt --out " + missing);
    }

    @Test
    void aCorruptModelAtStartupFailsSayingToRetrain() throws Exception {
        Path file = dir.resolve("intent-model.bin");
        Files.writeString(file, "garbage");

        assertThatThrownBy(() -> IntentModelStore.open(file, NEVER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read intent model")
                .hasMessageContaining("Retrain it with");
    }
}
