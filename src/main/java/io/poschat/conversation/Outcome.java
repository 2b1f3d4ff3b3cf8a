package io.poschat.conversation;

import java.util.List;

/** What asking a question led to. */
public sealed interface Outcome {

    record Answered(Answer answer) implements Outcome {}

    /** Two intents were too close to call: the user picks one (an option's text is asked next). */
    record Clarify(String text, List<Option> options) implements Outcome {
        public Clarify {
            options = List.copyOf(options);
        }
    }

    /** The question was not answered: why, in a sentence fit for the user. */
    record Refused(ErrorCode code, String message) implements Outcome {}

    record Option(String label, String text) {}
}
