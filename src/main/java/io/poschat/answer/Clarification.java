package io.poschat.answer;

import java.util.List;

/**
 * A question back to the user when two intents are too close to call, with one option per
 * candidate.
 */
public record Clarification(String text, List<Option> options) {

    public Clarification {
        options = List.copyOf(options);
    }

    /**
     * One way to go on.
     *
     * @param label what the button says: "Revenue today"
     * @param text the question sent back when it is chosen: "revenue today"
     */
    public record Option(String label, String text) {}
}
