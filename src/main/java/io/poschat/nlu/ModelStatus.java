package io.poschat.nlu;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What the model store is serving: the file, when the serving model was loaded from it, and the
 * last problem met when reloading it (empty once a reload succeeds).
 */
public record ModelStatus(Path path, Instant loadedAt, Optional<String> lastError) {

    /** Whether the file on disk is what is being served, with no problem since. */
    public boolean healthy() {
        return lastError.isEmpty();
    }
}
