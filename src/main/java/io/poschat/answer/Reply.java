package io.poschat.answer;

import java.util.List;
import java.util.Map;

/**
 * An answer in words, with the figures the words name ({@code data}), natural next questions and
 * whether some data was missing (the text then says what and why).
 */
public record Reply(String text, Map<String, Object> data, List<String> suggestions, boolean partial) {

    public Reply {
        data = Map.copyOf(data);
        suggestions = List.copyOf(suggestions);
    }
}
