package io.poschat.nlu;

import io.poschat.nlu.DecisionRule.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a question means: a follow-up fragment, an intent with its slots, or two intents to choose
 * from. Thread-safe. Slots are kept only for the intents that take them; defaults (today, top 5)
 * are the caller's business.
 */
public final class LanguageUnderstanding {

    private final Supplier<IntentClassifier> model;
    private final DecisionRule rule;
    private final SlotExtractor slotExtractor;
    private final FollowUpDetector followUps;
    private final ReviewLog review;

    /**
     * @param model the model to use, asked once per question (e.g. {@code store::current})
     * @param review where low-confidence questions go, or {@code null} to drop them
     */
    public LanguageUnderstanding(
            Supplier<IntentClassifier> model,
            DecisionRule rule,
            SlotExtractor slotExtractor,
            FollowUpDetector followUps,
            ReviewLog review) {
        this.model = model;
        this.rule = rule;
        this.slotExtractor = slotExtractor;
        this.followUps = followUps;
        this.review = review;
    }

    public Interpretation interpret(String text, LocalDate today) {
        Optional<Slots> followUp = followUps.detect(text, today);
        if (followUp.isPresent()) {
            return new Interpretation.FollowUp(followUp.get());
        }
        return classify(text, today);
    }

    /** The intent reading alone, ignoring whether the text could be a follow-up. */
    public Interpretation classify(String text, LocalDate today) {
        return classify(text, today, true);
    }

    /**
     * As {@link #classify}, for the bot's own texts (its suggestions, checked against what the user
     * may ask): these are not staff questions, so an unsure reading of one is never sent for review.
     */
    public Interpretation classifyOwnText(String text, LocalDate today) {
        return classify(text, today, false);
    }

    private Interpretation classify(String text, LocalDate today, boolean reviewUnsure) {
        Decision decision = rule.decide(model.get().rank(text));
        return switch (decision) {
            case Decision.BelowThreshold(LabelScore best) -> {
                if (review != null && reviewUnsure) {
                    review.append(best.label(), text);
                }
                yield new Interpretation.Understood(Intent.OUT_OF_SCOPE, best.score(), Slots.none());
            }
            case Decision.Accepted(LabelScore best) -> understood(best, slotExtractor.extract(text, today));
            case Decision.Clarify(LabelScore first, LabelScore second) ->
                clarify(first, second, slotExtractor.extract(text, today));
        };
    }

    private static Interpretation understood(LabelScore best, Slots slots) {
        Intent intent = intentOf(best);
        return new Interpretation.Understood(
                intent, best.score(), keptFor(slots, intent.takesPeriod(), intent.takesLimit()));
    }

    private static Interpretation clarify(LabelScore first, LabelScore second, Slots slots) {
        Intent one = intentOf(first);
        Intent other = intentOf(second);
        if (one == Intent.OUT_OF_SCOPE || other == Intent.OUT_OF_SCOPE) {
            return understood(first, slots); // a label this product does not know: no choice to offer
        }
        Slots kept = keptFor(slots, one.takesPeriod() || other.takesPeriod(), one.takesLimit() || other.takesLimit());
        return new Interpretation.Ambiguous(
                List.of(new ScoredIntent(one, first.score()), new ScoredIntent(other, second.score())), kept);
    }

    /** Labels from a model trained on other data (a benchmark) mean nothing here. */
    private static Intent intentOf(LabelScore score) {
        return Intent.fromLabel(score.label()).orElse(Intent.OUT_OF_SCOPE);
    }

    private static Slots keptFor(Slots slots, boolean period, boolean limit) {
        return new Slots(period ? slots.period() : Optional.empty(), limit ? slots.limit() : Optional.empty());
    }
}
