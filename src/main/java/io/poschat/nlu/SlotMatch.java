package io.poschat.nlu;

/**
 * A slot value found in a question, with the words that said it: {@code start} inclusive,
 * {@code end} exclusive. Follow-up detection needs the span to know which words were slot words.
 */
record SlotMatch<T>(T value, int start, int end) {

    boolean covers(int index) {
        return index >= start && index < end;
    }
}
