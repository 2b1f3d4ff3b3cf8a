package io.poschat.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a question into lower-case words for the slot rules: punctuation is dropped, possessives
 * lose their "'s" ("saturday's" → "saturday"), glued digits and letters come apart ("top3",
 * "7days"), and misspelt date words are corrected ({@link DateWords#canonical}).
 */
final class SlotTokens {

    /** Dates written as one token are kept whole before punctuation is dropped. */
    private static final Pattern TOKEN =
            Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|[\\p{L}\\p{N}']+");

    /** Ordinals ("20th") stay whole; any other digits/letters boundary splits the word. */
    private static final Pattern PIECE = Pattern.compile("\\d+(?:st|nd|rd|th)(?!\\p{L})|\\d+|\\p{L}+");

    private SlotTokens() {}

    static List<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> words = new ArrayList<>();
        Matcher token = TOKEN.matcher(lower);
        while (token.find()) {
            String raw = token.group();
            if (raw.contains("-") || raw.contains("/")) {
                words.add(raw);
            } else {
                addPieces(stripApostrophes(raw), words);
            }
        }
        return List.copyOf(words);
    }

    private static String stripApostrophes(String word) {
        String withoutPossessive = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        return withoutPossessive.replace("'", "");
    }

    private static void addPieces(String word, List<String> words) {
        String alias = DateWords.canonical(word);
        if (!alias.equals(word)) {
            words.add(alias); // "2day", "2nite": an alias that a digit split would break
            return;
        }
        Matcher piece = PIECE.matcher(word);
        while (piece.find()) {
            words.add(DateWords.canonical(piece.group()));
        }
    }
}
