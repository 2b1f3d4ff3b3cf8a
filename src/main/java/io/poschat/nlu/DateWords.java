package io.poschat.nlu;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The date vocabulary: weekday and month names, the words of relative dates, and the
 * abbreviations and misspellings staff type for them. {@link #canonical} maps each such word to
 * one spelling so that the phrase rules in {@link DatePhrases} only ever see that spelling.
 */
final class DateWords {

    /** Shorthand that no edit distance would find ("yday" is five edits from "yesterday"). */
    private static final Map<String, String> ALIASES = aliases();

    /** Words a misspelling may be corrected to. Short words are left out: too many near-neighbours. */
    private static final List<String> SPELLINGS = spellings();

    /** Real words one edit away from a date word ("sundae" is a dessert, not a day). */
    private static final Set<String> NOT_TYPOS =
            Set.of("sundae", "sundaes", "sundry", "mouth", "months", "weeks", "days", "years");

    /** Names looked up by word, built once: the phrase rules ask for every word of every question. */
    private static final Map<String, DayOfWeek> WEEKDAYS = byName(DayOfWeek.values());

    private static final Map<String, Month> MONTHS = byName(Month.values());

    private DateWords() {}

    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> names = new HashMap<>();
        for (E value : values) {
            names.put(value.name().toLowerCase(Locale.ROOT), value);
        }
        return Map.copyOf(names);
    }

    /** The one spelling of a date word, or the word itself when it is not one. */
    static String canonical(String word) {
        String alias = ALIASES.get(word);
        if (alias != null) {
            return alias;
        }
        if (word.length() < 5 || NOT_TYPOS.contains(word) || SPELLINGS.contains(word) || !isLetters(word)) {
            return word;
        }
        return closestSpelling(word).orElse(word);
    }

    static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(word));
    }

    static Optional<Month> month(String word) {
        return Optional.ofNullable(MONTHS.get(word));
    }

    /**
     * A typo is corrected only to a spelling with the same first letter, within one edit (two
     * for long words such as "wednesday"), and only when exactly one spelling is that close:
     * "tursday" could be Tuesday or Thursday, so it is left alone.
     */
    private static Optional<String> closestSpelling(String word) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String spelling : SPELLINGS) {
            if (spelling.charAt(0) != word.charAt(0)) {
                continue;
            }
            int distance = editDistance(word, spelling);
            if (distance > allowedEdits(word, spelling)) {
                continue;
            }
            if (distance < bestDistance) {
                best = spelling;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static int allowedEdits(String word, String spelling) {
        return spelling.length() >= 8 && word.length() >= 7 ? 2 : 1;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static boolean isLetters(String word) {
        return word.chars().allMatch(Character::isLetter);
    }

    private static String name(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    private static String name(Month month) {
        return month.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> spellings() {
        List<String> words = new ArrayList<>(
                List.of("today", "tonight", "yesterday", "month", "weekend", "evening", "morning", "afternoon"));
        for (DayOfWeek day : DayOfWeek.values()) {
            words.add(name(day));
        }
        for (Month month : Month.values()) {
            if (name(month).length() >= 6) { // "march" and "april" are one edit from "match" and "aril"
                words.add(name(month));
            }
        }
        return List.copyOf(words);
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        put(aliases, "today", "tdy", "tday", "2day", "2dy", "tody");
        put(aliases, "tonight", "tonite", "2nite", "2night", "tnight", "tnite");
        put(aliases, "yesterday", "yday", "ydy", "yest", "ystday", "ystrdy", "yesty");
        put(aliases, "night", "nite", "nyt");
        put(aliases, "weekend", "wknd", "wkend");
        put(aliases, "week", "wk", "wek", "wkk");
        put(aliases, "weeks", "wks");
        put(aliases, "month", "mnth", "mth");
        put(aliases, "months", "mnths", "mths");
        put(aliases, "year", "yr");
        put(aliases, "years", "yrs");
        put(aliases, "last", "lst");
        put(aliases, "previous", "prev");
        put(aliases, "monday", "mon");
        put(aliases, "tuesday", "tue", "tues");
        put(aliases, "wednesday", "wed", "weds");
        put(aliases, "thursday", "thu", "thur", "thurs", "thr");
        put(aliases, "friday", "fri");
        put(aliases, "saturday", "sat");
        put(aliases, "sunday", "sun");
        put(aliases, "january", "jan");
        put(aliases, "february", "feb");
        put(aliases, "march", "mar");
        put(aliases, "april", "apr");
        put(aliases, "june", "jun");
        put(aliases, "july", "jul");
        put(aliases, "august", "aug");
        put(aliases, "september", "sep", "sept");
        put(aliases, "october", "oct");
        put(aliases, "november", "nov");
        put(aliases, "december", "dec");
        return Map.copyOf(aliases);
    }

    private static void put(Map<String, String> aliases, String canonical, String... variants) {
        for (String variant : variants) {
            aliases.put(variant, canonical);
        }
    }
}
