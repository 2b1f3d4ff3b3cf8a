package io.poschat.nlu;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts written in digits or words ("7", "seven", "twenty one") and days of the month ("20th"). */
final class NumberWords {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("dozen", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));

    private static final Map<String, Integer> TENS =
            Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "ninety", 90);

    private NumberWords() {}

    /** The count that starts at {@code index}, spanning one word or two ("twenty one"). */
    static Optional<SlotMatch<Integer>> countAt(List<String> words, int index) {
        if (index < 0 || index >= words.size()) {
            return Optional.empty();
        }
        String word = words.get(index);
        if (DIGITS.matcher(word).matches()) {
            return Optional.of(new SlotMatch<>(Integer.parseInt(word), index, index + 1));
        }
        if (UNITS.containsKey(word)) {
            return Optional.of(new SlotMatch<>(UNITS.get(word), index, index + 1));
        }
        if (TENS.containsKey(word)) {
            return Optional.of(tensAt(words, index));
        }
        return Optional.empty();
    }

    private static SlotMatch<Integer> tensAt(List<String> words, int index) {
        int tens = TENS.get(words.get(index));
        if (index + 1 < words.size()) {
            Integer unit = UNITS.get(words.get(index + 1));
            if (unit != null && unit < 10) {
                return new SlotMatch<>(tens + unit, index, index + 2);
            }
        }
        return new SlotMatch<>(tens, index, index + 1);
    }

    /** A day of the month, 1 to 31, in digits with or without an ordinal suffix ("20", "20th"). */
    static OptionalInt dayOfMonth(String word) {
        Matcher day = DAY_OF_MONTH.matcher(word);
        if (!day.matches()) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(day.group(1));
        return value >= 1 && value <= 31 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /** Whether the word is a day of the month written as an ordinal ("20th", "1st"). */
    static boolean isOrdinal(String word) {
        return dayOfMonth(word).isPresent() && !DIGITS.matcher(word).matches();
    }
}
