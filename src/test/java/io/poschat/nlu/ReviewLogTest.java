package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewLogTest {

    @TempDir
    Path dir;

    @Test
    void writesOneTrainingLineWithThePredictedLabel() throws Exception {
        Path file = dir.resolve("models/review.txt");
        try (ReviewLog review = new ReviewLog(file)) {
            review.append("revenue", "  how much\tdid we\nmake  ");
            review.append("low_stock", "are we short of milk?");
        }

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .containsExactly("revenue how much did we make", "low_stock are we short of milk?");
    }

    @Test
    void appendsToWhatIsThereAndLosesNothingUnderConcurrentUse() throws Exception {
        Path file = dir.resolve("review.txt");
        Files.writeString(file, "thanks cheers mate\n");
        try (ReviewLog review = new ReviewLog(file)) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                threads.add(Thread.ofVirtual()
                        .start(() -> IntStream.range(0, 50)
                                .forEach(i -> review.append("revenue", "question " + thread + "-" + i))));
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(401).startsWith("thanks cheers mate");
        assertThat(lines).contains("revenue question 0-0", "revenue question 7-49");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("revenue question \\d-\\d+"));
    }
}
