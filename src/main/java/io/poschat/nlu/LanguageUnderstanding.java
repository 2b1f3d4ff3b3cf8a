package io.poschat.nlu;

import io.poschat.nlu.DecisionRule.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
    private volatile OwnTexts ownTexts = new OwnTexts(null, new ConcurrentHashMap<>());

    private static final int MAX_OWN_TEXTS = 1_000;

    /** What the bot's own texts read as under one model instance. */
    private record OwnTexts(IntentClassifier model, ConcurrentMap<String, Optional<Intent>> intents) {}

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
        // Read once: the follow-up check and the intent's slots need the same reading.
        SlotReading reading = slotExtractor.read(text, today);
        Optional<Slots> followUp = followUps.detect(reading);
        if (followUp.isPresent()) {
            return new Interpretation.FollowUp(followUp.get());
        }
        return read(model.get(), text, reading::slots, review);
    }

    /** Whether {@code text} opens by carrying on from the question before ({@link FollowUpDetector#carriesOn}). */
    public boolean carriesOn(String text, LocalDate today) {
        return followUps.carriesOn(text, today);
    }

    /** The intent reading alone, ignoring whether the text could be a follow-up. */
    public Interpretation classify(String text, LocalDate today) {
        return read(model.get(), text, () -> slotExtractor.extract(text, today), review);
    }

    /** The decision rule's verdict on {@code text} as an interpretation; unsure readings go to {@code reviewOrNull}. */
    private Interpretation read(IntentClassifier current, String text, Supplier<Slots> slots, ReviewLog reviewOrNull) {
        return switch (rule.decide(current.rank(text))) {
            case Decision.BelowThreshold(LabelScore best) -> {
                if (reviewOrNull != null) {
                    reviewOrNull.append(best.label(), text);
                }
                yield new Interpretation.Understood(Intent.OUT_OF_SCOPE, best.score(), Slots.none());
            }
            case Decision.Accepted(LabelScore best) -> understood(best, slots.get());
            case Decision.Clarify(LabelScore first, LabelScore second) -> clarify(first, second, slots.get());
        };
    }

    /**
     * The one intent the bot's own {@code text} (a suggestion, checked against what the user may ask)
     * reads as, as {@link #classify} would read it, or empty when it reads as two (a choice the user
     * makes). These are not staff questions, so an unsure reading is never sent for review. The bot
     * offers the same few suggestion texts after every answer and the reading of a text depends only
     * on the model, so readings are remembered per model instance and forgotten when it is replaced.
     */
    public Optional<Intent> ownTextIntent(String text) {
        IntentClassifier current = model.get();
        OwnTexts known = ownTexts;
        if (known.model() != current) {
            known = new OwnTexts(current, new ConcurrentHashMap<>());
            ownTexts = known;
        }
        Optional<Intent> intent = known.intents().get(text);
        if (intent == null) {
            intent = readOwnText(current, text);
            if (known.intents().size() >= MAX_OWN_TEXTS) {
                known.intents().clear(); // suggestions are a fixed handful; this only bounds the unexpected
            }
            known.intents().put(text, intent);
        }
        return intent;
    }

    private Optional<Intent> readOwnText(IntentClassifier current, String text) {
        return switch (read(current, text, Slots::none, null)) {
            case Interpretation.Understood understood -> Optional.of(understood.intent());
            case Interpretation.Ambiguous ambiguous -> Optional.empty();
            case Interpretation.FollowUp followUp -> Optional.of(Intent.OUT_OF_SCOPE); // read() never makes one
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
