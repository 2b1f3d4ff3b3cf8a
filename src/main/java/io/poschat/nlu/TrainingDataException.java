package io.poschat.nlu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A training file with malformed lines; {@link #problems()} names each by its line number. */
public final class TrainingDataException extends IOException {

    private final transient List<String> problems;

    public TrainingDataException(Path file, List<String> problems) {
        super(file + " has malformed lines:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
