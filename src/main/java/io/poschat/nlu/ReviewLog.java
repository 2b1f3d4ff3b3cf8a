package io.poschat.nlu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects questions the model was unsure about, in the training format with the label the model
 * guessed ({@code <predicted_label> <text>}), so a maintainer can correct the label and move the
 * line into the training file. Lines are written in order by one background thread, off the path
 * of the question.
 */
public final class ReviewLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReviewLog.class);

    private final Path file;
    private final ExecutorService writer;

    public ReviewLog(Path file) {
        this.file = file;
        this.writer = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("review-log").daemon(true).factory());
    }

    /** Queues one line; never blocks on the disk and never fails the caller. */
    public void append(String predictedLabel, String text) {
        String line = predictedLabel + " " + text.replaceAll("\\s+", " ").strip() + "\n";
        writer.execute(() -> write(line));
    }

    private void write(String line) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("Cannot append to review file {}: {}", file, e.toString());
        }
    }

    /** Writes what is queued, then stops. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Review file {}: gave up waiting for queued lines", file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
