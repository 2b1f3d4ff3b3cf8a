package io.poschat.nlu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the intent model from a file and swaps in a new one when the file changes, checking every
 * {@code pollInterval} (polling is simpler and sturdier than a WatchService across editors, copies,
 * renames and mounted volumes). The swap is atomic: a question in flight finishes on the model it
 * started with. A missing or unreadable file keeps the old model serving; the problem is logged once
 * and reported by {@link #status()}.
 */
public final class IntentModelStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IntentModelStore.class);

    private final Path path;
    private final Clock clock;
    private final AtomicReference<Serving> serving = new AtomicReference<>();
    private final ScheduledExecutorService poller;
    private volatile Problem problem;

    private IntentModelStore(Path path, Clock clock, Duration pollInterval) throws IOException {
        this.path = path;
        this.clock = clock;
        Stamp stamp = Stamp.of(path);
        serving.set(new Serving(IntentClassifier.load(path), clock.instant(), stamp));
        log.info("Loaded intent model {}", path);
        poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("intent-model-watcher").daemon(true).factory());
        long millis = pollInterval.toMillis();
        poller.scheduleWithFixedDelay(this::reloadIfChanged, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Loads the model and starts watching it.
     *
     * @throws IllegalStateException when there is no usable model at {@code path}, with a message
     *     saying how to train one
     */
    public static IntentModelStore open(Path path, Duration pollInterval) {
        return open(path, pollInterval, Clock.systemUTC());
    }

    static IntentModelStore open(Path path, Duration pollInterval, Clock clock) {
        try {
            return new IntentModelStore(path, clock, pollInterval);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("No intent model at " + path.toAbsolutePath()
                    + " (chatbot.nlu.model-path). Train one with: java --enable-preview -jar"
                    + " target/pos-chatbot-0.1.0-SNAPSHOT.jar train --data models/training.txt --out " + path);
        } catch (IOException e) {
            throw new IllegalStateException(
                    e.getMessage() + ". Retrain it with: java --enable-preview -jar"
                            + " target/pos-chatbot-0.1.0-SNAPSHOT.jar train --data models/training.txt --out " + path,
                    e);
        }
    }

    /** The model to use for one question; hold on to it for the whole question. */
    public IntentClassifier current() {
        return serving.get().classifier();
    }

    public ModelStatus status() {
        Problem current = problem;
        return new ModelStatus(
                path, serving.get().loadedAt(), Optional.ofNullable(current).map(Problem::message));
    }

    /**
     * Checks the file now and loads it if it changed since it was last loaded (or last failed).
     *
     * @return whether a new model is now serving
     */
    public synchronized boolean reloadIfChanged() {
        Stamp stamp;
        try {
            stamp = Stamp.of(path);
        } catch (IOException e) {
            report(null, "model file " + path + " is missing or unreadable (" + e.getMessage() + ")");
            return false;
        }
        Problem current = problem;
        if (stamp.equals(serving.get().stamp()) && current == null
                || current != null && stamp.equals(current.stamp())) {
            return false;
        }
        try {
            IntentClassifier classifier = IntentClassifier.load(path);
            serving.set(new Serving(classifier, clock.instant(), stamp));
            problem = null;
            log.info(
                    "Reloaded intent model {} ({} labels)",
                    path,
                    classifier.labels().size());
            return true;
        } catch (IOException | RuntimeException e) {
            report(stamp, e.getMessage());
            return false;
        }
    }

    private void report(Stamp stamp, String message) {
        Problem previous = problem;
        if (previous != null && previous.message().equals(message)) {
            return;
        }
        problem = new Problem(stamp, message);
        log.warn(
                "{}; still serving the model loaded at {}",
                message,
                serving.get().loadedAt());
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    private record Serving(IntentClassifier classifier, Instant loadedAt, Stamp stamp) {}

    private record Problem(Stamp stamp, String message) {}

    /** What identifies one version of the file without reading it. */
    private record Stamp(FileTime modified, long size, Object fileKey) {
        static Stamp of(Path path) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        }
    }
}
