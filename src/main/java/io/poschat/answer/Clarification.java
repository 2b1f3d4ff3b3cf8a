package io.poschat.answer;

import java.util.List;

/** A question back to the user: which of these did you mean? */
public record Clarification(String text, List<Option> options) {

    /** An option: its {@code text} is what gets asked when it is picked. */
    public record Option(String label, String text) {}
}
