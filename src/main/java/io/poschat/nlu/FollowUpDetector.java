package io.poschat.nlu;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises short follow-ups that only change slots: "and yesterday?", "top 10 instead".
 *
 * <p>The rule: a follow-up states at least one slot, and every other word of it is glue from
 * {@link #GLUE}. A single word about the business ("revenue", "tables", "sellers") makes it a
 * question of its own, which the classifier handles.
 */
public final class FollowUpDetector {

    /** Words that carry no intent: conjunctions, "what about", politeness, "instead", corrections. */
    private static final Set<String> GLUE = Set.of(
            "and",
            "but",
            "or",
            "so",
            "ok",
            "okay",
            "now",
            "then",
            "also",
            "too",
            "again",
            "instead",
            "rather",
            "what",
            "whats",
            "how",
            "hows",
            "about",
            "same",
            "thing",
            "for",
            "the",
            "on",
            "in",
            "of",
            "over",
            "from",
            "just",
            "only",
            "please",
            "pls",
            "plz",
            "do",
            "that",
            "it",
            "one",
            "make",
            "try",
            "lets",
            "let",
            "us",
            "show",
            "me",
            "give",
            "can",
            "could",
            "you",
            "i",
            "meant",
            "mean",
            "sorry",
            "no",
            "actually",
            "with",
            "as",
            "well",
            "a",
            "hmm",
            "cool",
            "nice");

    /** Openers that carry on from the question before: "and the best sellers?", "what about payments?". */
    private static final List<List<String>> CARRYING_ON = List.of(
            List.of("and"), List.of("also"), List.of("what", "about"), List.of("how", "about"), List.of("same", "for"));

    /** Longer than this it is a sentence, whatever its words. */
    private static final int MAX_WORDS = 8;

    private final SlotExtractor slots;

    public FollowUpDetector(SlotExtractor slots) {
        this.slots = slots;
    }

    /** The slots of a follow-up fragment, or empty when the text is a question of its own. */
    public Optional<Slots> detect(String text, LocalDate today) {
        return detect(slots.read(text, today));
    }

    /**
     * Whether the text opens by carrying on from the question before ("and the best sellers?",
     * "what about payments?"): a question of its own, but one a person reads in the light of the last.
     */
    public boolean carriesOn(String text, LocalDate today) {
        List<String> words = slots.read(text, today).words();
        return CARRYING_ON.stream()
                .anyMatch(opener -> words.size() > opener.size()
                        && words.subList(0, opener.size()).equals(opener));
    }

    /** As {@link #detect(String, LocalDate)}, on slots already read from the text. */
    Optional<Slots> detect(SlotReading reading) {
        List<String> words = reading.words();
        if (reading.slots().isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        for (int i = 0; i < words.size(); i++) {
            if (!reading.isSlotWord(i) && !GLUE.contains(words.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(reading.slots());
    }
}
