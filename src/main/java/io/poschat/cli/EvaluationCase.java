package io.poschat.cli;

import io.poschat.nlu.Intent;
import io.poschat.nlu.LabeledText;
import io.poschat.nlu.Period;
import io.poschat.nlu.Slots;
import io.poschat.nlu.TrainingData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question to evaluate on: its expected label and, from a slot table, its expected slots. A
 * slot table is tab-separated with the header {@code text intent from to limit}; anything else is
 * read as a training file.
 */
record EvaluationCase(String text, String label, Optional<Slots> slots) {

    static final String SLOT_TABLE_HEADER = "text\tintent\tfrom\tto\tlimit";

    static List<EvaluationCase> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.getFirst().strip().equals(SLOT_TABLE_HEADER)) {
            return readSlotTable(file, lines);
        }
        List<EvaluationCase> cases = new ArrayList<>();
        for (LabeledText sample : TrainingData.read(file)) {
            cases.add(new EvaluationCase(sample.text(), sample.label(), Optional.empty()));
        }
        return cases;
    }

    /** Whether this case's slots are scored: it has a slot table row whose intent takes slots or states some. */
    boolean scoresSlots() {
        return slots.isPresent()
                && (!slots.get().isEmpty()
                        || Intent.fromLabel(label)
                                .map(i -> i.takesPeriod() || i.takesLimit())
                                .orElse(false));
    }

    private static List<EvaluationCase> readSlotTable(Path file, List<String> lines) {
        List<EvaluationCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                cases.add(parseRow(lines.get(i)));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageException(file + " has malformed rows:\n  " + String.join("\n  ", problems));
        }
        return cases;
    }

    private static EvaluationCase parseRow(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 5) {
            throw new IllegalArgumentException(
                    "expected 5 tab-separated columns (text, intent, from, to, limit), got " + columns.length);
        }
        String text = columns[0].strip();
        String label = columns[1].strip();
        if (text.isEmpty() || label.isEmpty()) {
            throw new IllegalArgumentException("text and intent must not be empty");
        }
        String from = columns[2].strip();
        String to = columns[3].strip();
        if (from.isEmpty() != to.isEmpty()) {
            throw new IllegalArgumentException("from and to must both be given or both be empty");
        }
        Optional<Period> period =
                from.isEmpty() ? Optional.empty() : Optional.of(new Period(LocalDate.parse(from), LocalDate.parse(to)));
        String limit = columns[4].strip();
        Optional<Integer> parsedLimit;
        try {
            parsedLimit = limit.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(limit));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be empty or a whole number, got '" + limit + "'");
        }
        return new EvaluationCase(text, label, Optional.of(new Slots(period, parsedLimit)));
    }
}
