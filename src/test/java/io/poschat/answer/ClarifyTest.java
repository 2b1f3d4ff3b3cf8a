package io.poschat.answer;

import static io.poschat.answer.Fixtures.BISTRO;
import static io.poschat.answer.Fixtures.COMPOSER;
import static io.poschat.answer.Fixtures.LAST_WEEK;
import static io.poschat.answer.Fixtures.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.answer.Clarification.Option;
import io.poschat.nlu.Intent;
import io.poschat.nlu.Period;
import io.poschat.nlu.ScoredIntent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClarifyTest {

    private static List<ScoredIntent> candidates(Intent... intents) {
        return java.util.stream.IntStream.range(0, intents.length)
                .mapToObj(i -> new ScoredIntent(intents[i], 0.4 - i * 0.05))
                .toList();
    }

    @Test
    void asksWhichOfTheTwoWasMeantWithTodayByDefault() {
        Clarification clarification =
                COMPOSER.clarify(candidates(Intent.REVENUE, Intent.PAYMENT_METHODS), Optional.empty(), BISTRO);

        assertThat(clarification.text()).isEqualTo("Did you mean revenue or payment methods?");
        assertThat(clarification.options())
                .containsExactly(
                        new Option("Revenue today", "revenue today"),
                        new Option("Payment methods today", "payment methods today"));
    }

    @ParameterizedTest(name = "{0}..{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-23 | 2026-11-23 | top products yesterday
            2026-11-21 | 2026-11-21 | top products on 21 November
            2026-11-16 | 2026-11-22 | top products last week
            2026-10-01 | 2026-10-31 | top products last month
            2026-11-18 | 2026-11-24 | top products last 7 days
            """)
    void optionsCarryTheQuestionsPeriod(LocalDate from, LocalDate to, String expected) {
        Clarification clarification = COMPOSER.clarify(
                candidates(Intent.TOP_PRODUCTS, Intent.LOW_STOCK), Optional.of(new Period(from, to)), BISTRO);

        assertThat(clarification.options().getFirst().text()).isEqualTo(expected);
        assertThat(clarification.options().get(1)).isEqualTo(new Option("What's running low", "what's running low"));
    }

    @Test
    void everyBusinessIntentHasAShortUnambiguousOption() {
        Clarification clarification = COMPOSER.clarify(
                candidates(Intent.INVENTORY_VALUE, Intent.TABLE_OCCUPANCY, Intent.PENDING_ORDERS),
                Optional.of(SATURDAY),
                BISTRO);
        Clarification more =
                COMPOSER.clarify(candidates(Intent.RESTAURANT_STATUS, Intent.REVENUE), Optional.of(LAST_WEEK), BISTRO);

        assertThat(clarification.text()).isEqualTo("Did you mean the value of your stock, free tables or open orders?");
        assertThat(clarification.options())
                .containsExactly(
                        new Option("Inventory value", "inventory value"),
                        new Option("How many tables are free", "how many tables are free"),
                        new Option("Open orders", "open orders"));
        assertThat(more.text()).isEqualTo("Did you mean how busy you are or revenue?");
        assertThat(more.options())
                .containsExactly(
                        new Option("How busy are we", "how busy are we"),
                        new Option("Revenue last week", "revenue last week"));
    }

    @Test
    void offersAtMostThreeDistinctIntentsAndNeverOutOfScope() {
        Clarification clarification = COMPOSER.clarify(
                candidates(
                        Intent.REVENUE,
                        Intent.OUT_OF_SCOPE,
                        Intent.REVENUE,
                        Intent.TOP_PRODUCTS,
                        Intent.PAYMENT_METHODS,
                        Intent.LOW_STOCK),
                Optional.empty(),
                BISTRO);

        assertThat(clarification.text()).isEqualTo("Did you mean revenue, best sellers or payment methods?");
        assertThat(clarification.options())
                .extracting(Option::text)
                .containsExactly("revenue today", "top products today", "payment methods today");
    }

    @Test
    void withNothingToOfferSuggestsWhatCanBeAsked() {
        Clarification clarification = COMPOSER.clarify(candidates(Intent.OUT_OF_SCOPE), Optional.empty(), BISTRO);

        assertThat(clarification.text())
                .isEqualTo("Sorry, I'm not sure what you mean. Here are some things I can answer.");
        assertThat(clarification.options())
                .extracting(Option::text)
                .containsExactly("revenue today", "top products today", "how many tables are free");
    }
}
