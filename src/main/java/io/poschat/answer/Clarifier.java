package io.poschat.answer;

import io.poschat.nlu.Intent;
import io.poschat.nlu.Period;
import io.poschat.nlu.ScoredIntent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** "Did you mean revenue or payment methods?", with an option per candidate intent. */
final class Clarifier {

    /** More than three options is a menu, not a question. */
    static final int MOST = 3;

    private static final List<Intent> FALLBACK = List.of(Intent.REVENUE, Intent.TOP_PRODUCTS, Intent.TABLE_OCCUPANCY);

    private Clarifier() {}

    static Clarification clarify(List<ScoredIntent> candidates, Optional<Period> period, LocalDate today) {
        String when = period.map(p -> PeriodPhrase.of(p, today).asked()).orElse("today");
        List<Intent> intents = candidates.stream()
                .map(ScoredIntent::intent)
                .filter(intent -> intent != Intent.OUT_OF_SCOPE)
                .distinct()
                .limit(MOST)
                .toList();
        if (intents.isEmpty()) {
            return new Clarification(
                    "Sorry, I'm not sure what you mean. Here are some things I can answer.", options(FALLBACK, when));
        }
        return new Clarification("Did you mean " + or(intents) + "?", options(intents, when));
    }

    private static List<Clarification.Option> options(List<Intent> intents, String when) {
        return intents.stream()
                .map(intent -> IntentWords.question(intent, when))
                .map(text -> new Clarification.Option(Words.capitalise(text), text))
                .toList();
    }

    /** "revenue", "revenue or payment methods", "revenue, best sellers or payment methods". */
    private static String or(List<Intent> intents) {
        List<String> topics = intents.stream().map(IntentWords::topic).toList();
        if (topics.size() == 1) {
            return topics.getFirst();
        }
        return String.join(", ", topics.subList(0, topics.size() - 1)) + " or " + topics.getLast();
    }
}
