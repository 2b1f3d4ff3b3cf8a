package io.poschat.nlu;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the period and the top-N limit in a question, by rules (see docs/slots.md): the text is
 * cut into normalised words ({@link SlotTokens}), the period is found first ({@link
 * DatePhrases}), and the limit is looked for in what is left ({@link SlotLimits}) so that the
 * digits of a date are never read as a count.
 */
public final class SlotExtractor {

    /**
     * The slots the text states, relative to {@code today} (the tenant's current date). Absent
     * parts mean the text did not say.
     */
    public Slots extract(String text, LocalDate today) {
        return read(text, today).slots();
    }

    SlotReading read(String text, LocalDate today) {
        List<String> words = SlotTokens.of(text);
        Optional<SlotMatch<Period>> period = DatePhrases.find(words, today);
        Optional<SlotMatch<Integer>> limit = SlotLimits.find(withoutPeriod(words, period));
        return new SlotReading(words, period, limit);
    }

    /** The words with the period's phrase blanked, keeping positions so that spans stay valid. */
    private static List<String> withoutPeriod(List<String> words, Optional<SlotMatch<Period>> period) {
        List<String> rest = new ArrayList<>(words);
        period.ifPresent(p -> {
            for (int i = p.start(); i < p.end(); i++) {
                rest.set(i, "");
            }
        });
        return rest;
    }
}
