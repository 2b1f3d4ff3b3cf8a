package io.poschat.nlu;

import java.time.LocalDate;
import java.util.Optional;

/** Recognises short follow-ups that only change slots: "and yesterday?", "top 10 instead". */
public final class FollowUpDetector {

    private final SlotExtractor slots;

    public FollowUpDetector(SlotExtractor slots) {
        this.slots = slots;
    }

    /** The slots of a follow-up fragment, or empty when the text is a question of its own. */
    public Optional<Slots> detect(String text, LocalDate today) {
        return Optional.empty();
    }
}
