package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The slot columns of models/eval/staff-questions.tsv were written by hand for the reference
 * Tuesday 2026-11-24; the extractor, with the intents' defaults applied, must agree with every row.
 */
class SlotExtractorEvalSetTest {

    private static final Path EVAL_SET = Path.of("models/eval/staff-questions.tsv");
    private static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 11, 24);

    private final SlotExtractor extractor = new SlotExtractor();

    record Row(String text, Intent intent, String from, String to, String limit) {
        @Override
        public String toString() {
            return intent.label() + ": " + text;
        }
    }

    static Stream<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(EVAL_SET);
        assertThat(lines.getFirst()).isEqualTo("text\tintent\tfrom\tto\tlimit");
        return lines.stream()
                .skip(1)
                .map(line -> line.split("\t", -1))
                .map(f -> new Row(f[0], Intent.fromLabel(f[1]).orElseThrow(), f[2], f[3], f[4]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void agreesWithTheHandWrittenSlots(Row row) {
        Slots slots = extractor.extract(row.text(), REFERENCE_DAY);
        Period period = slots.period().orElse(Period.day(REFERENCE_DAY));
        int limit = slots.limit().orElse(Slots.DEFAULT_LIMIT);

        assertThat(row.from())
                .isEqualTo(row.intent().takesPeriod() ? period.from().toString() : "");
        assertThat(row.to()).isEqualTo(row.intent().takesPeriod() ? period.to().toString() : "");
        assertThat(row.limit()).isEqualTo(row.intent().takesLimit() ? String.valueOf(limit) : "");
    }
}
