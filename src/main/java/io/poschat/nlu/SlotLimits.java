package io.poschat.nlu;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds how many items a question asks for: a count right after "top"/"best" ("top 3", "best 7
 * dishes") or right before a ranking or item word ("five best sellers", "10 most popular", "3
 * dishes"). Any other number is something else: a table, a time, a price. Date words must be
 * blanked out first, so "last 7 days" and "nov 20" never reach here.
 */
final class SlotLimits {

    private static final Set<String> LEADS = Set.of("top", "best");
    private static final Set<String> RANKINGS =
            Set.of("top", "best", "most", "bestselling", "bestsellers", "biggest", "highest", "popular");
    private static final Set<String> ITEMS = Set.of(
            "dishes",
            "dish",
            "items",
            "item",
            "products",
            "product",
            "sellers",
            "seller",
            "plates",
            "meals",
            "mains",
            "drinks",
            "things");
    private static final Set<String> TIME_UNITS =
            Set.of("day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "hour", "nights");

    private SlotLimits() {}

    /** The first limit stated, capped at {@link Slots#MAX_LIMIT}; its span includes a leading "top"/"best". */
    static Optional<SlotMatch<Integer>> find(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            Optional<SlotMatch<Integer>> count = NumberWords.countAt(words, i);
            if (count.isEmpty()
                    || count.get().value() < 1
                    || isTimeUnit(words, count.get().end())) {
                continue; // "best 3 days" asks which days, not for three dishes
            }
            boolean led = i > 0 && LEADS.contains(words.get(i - 1));
            boolean followed = count.get().end() < words.size()
                    && isRankingOrItem(words.get(count.get().end()));
            if (led || followed) {
                int limit = Math.min(count.get().value(), Slots.MAX_LIMIT);
                return Optional.of(
                        new SlotMatch<>(limit, led ? i - 1 : i, count.get().end()));
            }
        }
        return Optional.empty();
    }

    private static boolean isRankingOrItem(String word) {
        return RANKINGS.contains(word) || ITEMS.contains(word);
    }

    private static boolean isTimeUnit(List<String> words, int index) {
        return index < words.size() && TIME_UNITS.contains(words.get(index));
    }
}
