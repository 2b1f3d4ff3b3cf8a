package io.poschat.nlu;

import java.util.List;
import java.util.Optional;

/** The normalised words of a question with the slot phrases found in them and where. */
record SlotReading(List<String> words, Optional<SlotMatch<Period>> period, Optional<SlotMatch<Integer>> limit) {

    SlotReading {
        words = List.copyOf(words);
    }

    Slots slots() {
        return new Slots(period.map(SlotMatch::value), limit.map(SlotMatch::value));
    }

    /** Whether the word at {@code index} belongs to a slot phrase. */
    boolean isSlotWord(int index) {
        return period.filter(p -> p.covers(index)).isPresent()
                || limit.filter(l -> l.covers(index)).isPresent();
    }
}
