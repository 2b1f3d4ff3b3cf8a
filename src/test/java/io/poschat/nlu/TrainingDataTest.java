package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingDataTest {

    @TempDir
    Path dir;

    @Test
    void readsLabelAndTextSkippingBlankLinesAndComments() throws Exception {
        Path file = dir.resolve("training.txt");
        Files.writeString(
                file,
                "# intents\nrevenue  what's my revenue today \n\nreverted_card_payment? I am still waiting on my card?\n");

        assertThat(TrainingData.read(file))
                .containsExactly(
                        new LabeledText("revenue", "what's my revenue today"),
                        new LabeledText("reverted_card_payment?", "I am still waiting on my card?"));
    }

    @Test
    void reportsEveryMalformedLineByNumber() throws Exception {
        Path file = dir.resolve("training.txt");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "revenue what's my revenue today",
                        "revenue",
                        "low_stock what is \u0007 low",
                        "re\u0001venue sales today",
                        "thanks ?!",
                        "thanks cheers"));

        assertThatThrownBy(() -> TrainingData.read(file))
                .isInstanceOfSatisfying(
                        TrainingDataException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "line 2: missing text after the label (a line is 'label text'): revenue",
                                        "line 3: contains control or replacement characters: low_stock what is ? low",
                                        "line 4: contains control or replacement characters: re?venue sales today",
                                        "line 5: text has no words: thanks ?!"));
    }

    @Test
    void reportsTheLineWithInvalidUtf8() throws Exception {
        Path file = dir.resolve("training.txt");
        byte[] good = "revenue sales today\nrevenue takings\n".getBytes();
        byte[] bad = {'t', 'h', 'a', 'n', 'k', 's', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        Files.write(file, concat(good, bad));

        assertThatThrownBy(() -> TrainingData.read(file))
                .isInstanceOfSatisfying(
                        TrainingDataException.class,
                        e -> assertThat(e.problems()).containsExactly("line 3: not valid UTF-8"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
