package io.poschat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.nlu.IntentClassifier;
import io.poschat.nlu.NluFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return ModelCommands.run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path sampleModelFile() throws Exception {
        Path model = dir.resolve("intent-model.bin");
        NluFixtures.sampleModel().save(model);
        return model;
    }

    @Test
    void trainCrossValidatesAndWritesTheModel() throws Exception {
        Path model = dir.resolve("models/intent-model.bin");

        int exit = run(
                "",
                "train",
                "--data",
                NluFixtures.sampleTrainingFile().toString(),
                "--out",
                model.toString(),
                "--folds",
                "2",
                "--min-accuracy",
                "0.1");

        assertThat(exit).isZero();
        assertThat(outLines()).contains("read 98 examples of 12 labels from " + NluFixtures.sampleTrainingFile());
        assertThat(outLines()).anyMatch(l -> l.matches("fold 2/2: accuracy 0\\.\\d{4} on 49 examples \\(.*\\)"));
        assertThat(outLines()).anyMatch(l -> l.matches("cross-validated accuracy: 0\\.\\d{4} \\(\\d+/98\\)"));
        assertThat(outLines().getLast())
                .matches(
                        "wrote .*intent-model.bin: 12 labels, 98 examples, CV accuracy 0\\.\\d{4}, trained in \\d+\\.\\d s");
        assertThat(IntentClassifier.load(model).labels()).hasSize(12);
        assertThat(dir.resolve("models"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("intent-model.bin"));
        try (var files = Files.list(dir.resolve("models"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void trainReportsMalformedLinesByNumberAndWritesNothing() throws Exception {
        Path data = dir.resolve("training.txt");
        Files.writeString(data, "revenue sales today\nrevenue\ntable_occupancy free tables\nthanks !!!\n");
        Path model = dir.resolve("intent-model.bin");

        int exit = run("", "train", "--data", data.toString(), "--out", model.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(errText())
                .contains("line 2: missing text after the label (a line is 'label text'): revenue")
                .contains("line 4: text has no words: thanks !!!")
                .contains("nothing written");
        assertThat(model).doesNotExist();
    }

    @Test
    void trainRefusesToWriteAModelBelowTheAccuracyGate() throws Exception {
        Path model = dir.resolve("intent-model.bin");
        Files.writeString(model, "the model that is serving");

        int exit = run(
                "",
                "train",
                "--data",
                NluFixtures.sampleTrainingFile().toString(),
                "--out",
                model.toString(),
                "--folds",
                "2",
                "--min-accuracy",
                "1.0");

        assertThat(exit).isEqualTo(3);
        assertThat(errText())
                .matches("(?s)nothing written: cross-validated accuracy 0\\.\\d{4} is below the gate 1\\.0000.*");
        assertThat(model).hasContent("the model that is serving");
    }

    @Test
    void trainWithoutCrossValidationSaysSo() throws Exception {
        Path model = dir.resolve("intent-model.bin");

        int exit = run(
                "",
                "train",
                "--data",
                NluFixtures.sampleTrainingFile().toString(),
                "--out",
                model.toString(),
                "--folds",
                "0");

        assertThat(exit).isZero();
        assertThat(outLines()).noneMatch(l -> l.startsWith("fold"));
        assertThat(outLines().getLast()).contains("no cross-validation");
    }

    @Test
    void evaluateEndsWithTheAccuracyLine() throws Exception {
        Path model = sampleModelFile();

        int exit = run(
                "",
                "evaluate",
                "--model",
                model.toString(),
                "--data",
                NluFixtures.sampleTrainingFile().toString());

        assertThat(exit).isZero();
        List<String> lines = outLines();
        assertThat(lines.getFirst()).startsWith("evaluating " + model + " on 98 questions");
        assertThat(lines).anyMatch(l -> l.matches("revenue\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+10"));
        assertThat(lines).anyMatch(l -> l.startsWith("confusion matrix"));
        assertThat(lines).noneMatch(l -> l.startsWith("slot_accuracy"));
        assertThat(lines.getLast()).matches("accuracy: (0\\.\\d{4}|1\\.0000) \\(\\d+/98\\)");
    }

    @Test
    void evaluateScoresSlotsFromATableWithDefaultsFilledIn() throws Exception {
        Path model = sampleModelFile();
        Path table = dir.resolve("questions.tsv");
        Files.writeString(table, """
                text\tintent\tfrom\tto\tlimit
                how much did we make\trevenue\t2026-11-24\t2026-11-24\t
                which dish is selling best\ttop_products\t\t\t7
                what is running low\tlow_stock\t\t\t
                """);

        int exit =
                run("", "evaluate", "--model", model.toString(), "--data", table.toString(), "--today", "2026-11-24");

        assertThat(exit).isZero();
        List<String> lines = outLines();
        assertThat(lines.get(lines.size() - 2)).isEqualTo("slot_accuracy: 0.5000 (1/2)");
        assertThat(lines.getLast()).matches("accuracy: \\d\\.\\d{4} \\(\\d/3\\)");
    }

    @Test
    void evaluateNamesTheMalformedRowsOfASlotTable() throws Exception {
        Path table = dir.resolve("questions.tsv");
        Files.writeString(table, "text\tintent\tfrom\tto\tlimit\nsales\trevenue\t2026-11-24\t\t\n");

        int exit = run("", "evaluate", "--model", sampleModelFile().toString(), "--data", table.toString());

        assertThat(exit).isEqualTo(64);
        assertThat(errText()).contains("line 2: from and to must both be given or both be empty");
    }

    @Test
    void classifyWritesOneJsonObjectPerQuestionWithDefaultsApplied() throws Exception {
        Path model = sampleModelFile();

        int exit = run(
                "which dish is selling best\n\nwhat is \"running\" low\n",
                "classify",
                "--model",
                model.toString(),
                "--today",
                "2026-11-24");

        assertThat(exit).isZero();
        List<String> lines = outLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .matches(
                        "\\{\"text\": \"which dish is selling best\", \"intent\": \"top_products\", \"confidence\": 0\\.\\d{4},"
                                + " \"slots\": \\{\"from\": \"2026-11-24\", \"to\": \"2026-11-24\", \"limit\": 5}}");
        assertThat(lines.get(1))
                .matches(
                        "\\{\"text\": \"what is \\\\\"running\\\\\" low\", \"intent\": \"low_stock\", \"confidence\": 0\\.\\d{4},"
                                + " \"slots\": \\{\"from\": null, \"to\": null, \"limit\": null}}");
    }

    @Test
    void classifyWithoutAModelSaysWhichFileIsMissing() {
        Path missing = dir.resolve("nope.bin");

        int exit = run("hello\n", "classify", "--model", missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(errText()).startsWith("error: cannot read intent model " + missing);
    }

    @Test
    void anUnknownCommandOrOptionPrintsTheUsage() {
        assertThat(run("", "trian")).isEqualTo(64);
        assertThat(errText()).contains("unknown command 'trian'").contains("usage: train --data FILE --out MODEL");

        err.reset();
        assertThat(run("", "evaluate", "--modle", "x")).isEqualTo(64);
        assertThat(errText()).contains("unknown option '--modle'").contains("usage: evaluate --model MODEL");
    }
}
