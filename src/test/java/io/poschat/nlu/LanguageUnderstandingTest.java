package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.poschat.nlu.Interpretation.Ambiguous;
import io.poschat.nlu.Interpretation.FollowUp;
import io.poschat.nlu.Interpretation.Understood;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageUnderstandingTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");
    private static final Slots LAST_WEEK_TOP_3 = new Slots(
            Optional.of(new Period(LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-22"))), Optional.of(3));

    @TempDir
    Path dir;

    private final SlotExtractor slots = mock(SlotExtractor.class);
    private final FollowUpDetector followUps = mock(FollowUpDetector.class);

    /** What the mocked extractor reads in any question: last week, top 3. */
    private static final SlotReading LAST_WEEK_TOP_3_READ = new SlotReading(
            List.of("top", "3", "last", "week"),
            Optional.of(new SlotMatch<>(LAST_WEEK_TOP_3.period().orElseThrow(), 2, 4)),
            Optional.of(new SlotMatch<>(3, 0, 2)));

    private LanguageUnderstanding understanding(DecisionRule rule, ReviewLog review) {
        when(slots.extract(any(), any())).thenReturn(LAST_WEEK_TOP_3);
        when(slots.read(any(), any())).thenReturn(LAST_WEEK_TOP_3_READ);
        when(followUps.detect(any(SlotReading.class))).thenReturn(Optional.empty());
        return new LanguageUnderstanding(NluFixtures::sampleModel, rule, slots, followUps, review);
    }

    @Test
    void aConfidentQuestionIsUnderstoodWithTheSlotsItsIntentTakes() {
        LanguageUnderstanding nlu = understanding(new DecisionRule(0.2, 0.0), null);

        Interpretation topProducts = nlu.interpret("top 3 dishes last week", TODAY);
        Interpretation revenue = nlu.interpret("what's my revenue last week", TODAY);
        Interpretation lowStock = nlu.interpret("what is running low", TODAY);

        assertThat(topProducts).isInstanceOfSatisfying(Understood.class, u -> {
            assertThat(u.intent()).isEqualTo(Intent.TOP_PRODUCTS);
            assertThat(u.slots()).isEqualTo(LAST_WEEK_TOP_3);
        });
        assertThat(revenue).isInstanceOfSatisfying(Understood.class, u -> {
            assertThat(u.intent()).isEqualTo(Intent.REVENUE);
            assertThat(u.slots()).isEqualTo(new Slots(LAST_WEEK_TOP_3.period(), Optional.empty()));
        });
        assertThat(lowStock).isInstanceOfSatisfying(Understood.class, u -> {
            assertThat(u.intent()).isEqualTo(Intent.LOW_STOCK);
            assertThat(u.slots()).isEqualTo(Slots.none());
        });
    }

    @Test
    void aFollowUpFragmentIsReportedAsSuch() {
        LanguageUnderstanding nlu = understanding(DecisionRule.defaults(), null);
        Slots yesterday = new Slots(Optional.of(Period.day(TODAY.minusDays(1))), Optional.empty());
        SlotReading read = new SlotReading(
                List.of("and", "yesterday"),
                Optional.of(new SlotMatch<>(yesterday.period().orElseThrow(), 1, 2)),
                Optional.empty());
        when(slots.read("and yesterday?", TODAY)).thenReturn(read);
        when(followUps.detect(read)).thenReturn(Optional.of(yesterday));

        assertThat(nlu.interpret("and yesterday?", TODAY)).isEqualTo(new FollowUp(yesterday));
    }

    @Test
    void anUnsureAnswerIsOutOfScopeAndGoesToTheReviewFile() throws Exception {
        Path file = dir.resolve("review.txt");
        IntentClassifier model = NluFixtures.sampleModel();
        LabelScore guess = model.rank("what's my revenue today").getFirst();
        try (ReviewLog review = new ReviewLog(file)) {
            LanguageUnderstanding nlu = understanding(new DecisionRule(1.0, 0.1), review);

            assertThat(nlu.interpret("what's my revenue today", TODAY))
                    .isEqualTo(new Understood(Intent.OUT_OF_SCOPE, guess.score(), Slots.none()));
        }
        assertThat(Files.readAllLines(file)).containsExactly("revenue what's my revenue today");
    }

    @Test
    void theBotsOwnSuggestionsAreNeverSentForReview() throws Exception {
        Path file = dir.resolve("review.txt");
        try (ReviewLog review = new ReviewLog(file)) {
            LanguageUnderstanding nlu = understanding(new DecisionRule(1.0, 0.1), review);

            assertThat(nlu.ownTextIntent("And today?")).contains(Intent.OUT_OF_SCOPE);
            nlu.classify("what's my revenue today", TODAY);
        }
        // Only the staff member's question is there: one line per unsure question, not per answer.
        assertThat(Files.readAllLines(file)).containsExactly("revenue what's my revenue today");
    }

    @Test
    void twoCloseBusinessIntentsAreOfferedWithTheSlotsEitherTakes() {
        String question = "cash vs card takings";
        List<LabelScore> ranked = NluFixtures.sampleModel().rank(question);
        LanguageUnderstanding nlu = understanding(new DecisionRule(0.0, 1.0), null);

        Interpretation interpretation = nlu.interpret(question, TODAY);

        assertThat(interpretation).isInstanceOfSatisfying(Ambiguous.class, a -> {
            assertThat(a.candidates())
                    .extracting(c -> c.intent().label())
                    .containsExactly(ranked.get(0).label(), ranked.get(1).label());
            assertThat(a.candidates())
                    .extracting(ScoredIntent::score)
                    .containsExactly(ranked.get(0).score(), ranked.get(1).score());
        });
    }

    @Test
    void aModelWithForeignLabelsAnswersOutOfScope() {
        IntentClassifier foreign =
                IntentTrainer.train(NluFixtures.tinyData("card_arrival", "exchange_rate"), ModelRecipe.STANDARD);
        when(slots.read(any(), any())).thenReturn(new SlotReading(List.of(), Optional.empty(), Optional.empty()));
        when(followUps.detect(any(SlotReading.class))).thenReturn(Optional.empty());
        LanguageUnderstanding nlu =
                new LanguageUnderstanding(() -> foreign, new DecisionRule(0.0, 0.0), slots, followUps, null);

        assertThat(nlu.interpret("what is my revenue", TODAY))
                .isInstanceOfSatisfying(
                        Understood.class, u -> assertThat(u.intent()).isEqualTo(Intent.OUT_OF_SCOPE));
    }

    @Test
    void theBotsOwnTextsReadAsClassifyReadsThemUnderTheCurrentModel() {
        when(slots.extract(any(), any())).thenReturn(Slots.none());
        when(followUps.detect(any(), any())).thenReturn(Optional.empty());
        IntentClassifier foreign =
                IntentTrainer.train(NluFixtures.tinyData("card_arrival", "exchange_rate"), ModelRecipe.STANDARD);
        AtomicReference<IntentClassifier> current = new AtomicReference<>(NluFixtures.sampleModel());
        LanguageUnderstanding nlu =
                new LanguageUnderstanding(current::get, new DecisionRule(0.2, 0.0), slots, followUps, null);
        String text = "what's my revenue today";
        Intent read = ((Understood) nlu.classify(text, TODAY)).intent();

        assertThat(nlu.ownTextIntent(text)).contains(read);
        assertThat(nlu.ownTextIntent(text)).contains(read); // remembered, same answer
        current.set(foreign); // a reloaded model forgets what the old one read
        assertThat(nlu.ownTextIntent(text)).contains(Intent.OUT_OF_SCOPE);
    }
}
