package io.poschat.nlu;

import java.util.Objects;

/** One line of a training file: the label the text should get. */
public record LabeledText(String label, String text) {

    public LabeledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
