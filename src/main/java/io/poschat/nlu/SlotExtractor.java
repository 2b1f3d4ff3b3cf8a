package io.poschat.nlu;

import java.time.LocalDate;

/** Finds the period and the top-N limit in a question, by rules (see docs/nlu.md). */
public final class SlotExtractor {

    /**
     * The slots the text states, relative to {@code today} (the tenant's current date). Absent
     * parts mean the text did not say.
     */
    public Slots extract(String text, LocalDate today) {
        return Slots.none();
    }
}
