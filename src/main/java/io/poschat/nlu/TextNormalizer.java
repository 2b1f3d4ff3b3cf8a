package io.poschat.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a question into the tokens the model sees: lower case, punctuation dropped, apostrophes
 * removed inside words ("what's" and "whats" become the same token), and every run of digits
 * replaced by one class token, so "top 3" and "top 10" look alike to the classifier (the slot
 * extractor reads the numbers from the raw text).
 */
final class TextNormalizer {

    static final String NUMBER = "<num>";

    private TextNormalizer() {}

    static String[] tokens(String text) {
        List<String> tokens = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        boolean number = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isDigit(c)) {
                if (!number) {
                    flush(word, tokens);
                    tokens.add(NUMBER);
                    number = true;
                }
            } else if (Character.isLetter(c)) {
                word.append(c);
                number = false;
            } else if (!isApostrophe(c)) {
                flush(word, tokens);
                number = false;
            }
        }
        flush(word, tokens);
        return tokens.toArray(String[]::new);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}
