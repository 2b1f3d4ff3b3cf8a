package io.poschat.nlu;

import java.util.List;

/** What the language model made of one question, after the decision rule. */
public sealed interface Interpretation {

    Slots slots();

    /** One intent won clearly (below the confidence threshold that intent is {@code out_of_scope}). */
    record Understood(Intent intent, double confidence, Slots slots) implements Interpretation {}

    /** The best two intents were too close to call; the user is asked which one was meant. */
    record Ambiguous(List<ScoredIntent> candidates, Slots slots) implements Interpretation {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * A short follow-up that only changes slots ("and yesterday?", "top 10 instead"): it means
     * the session's previous intent with these slots.
     */
    record FollowUp(Slots slots) implements Interpretation {}
}
