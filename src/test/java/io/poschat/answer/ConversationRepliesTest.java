package io.poschat.answer;

import static io.poschat.answer.Fixtures.BISTRO;
import static io.poschat.answer.Fixtures.COMPOSER;
import static io.poschat.answer.Fixtures.MADRID;
import static io.poschat.answer.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.nlu.Intent;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ConversationRepliesTest {

    @Test
    void greetsByFirstNameAndTimeOfDayAndSaysWhatItKnows() {
        Reply reply = COMPOSER.greeting(BISTRO);

        assertThat(reply.text())
                .isEqualTo("Good afternoon, Maria! Ask me about Bistro Uno's sales, best sellers, stock or tables.");
        assertThat(reply.suggestions())
                .containsExactly("What's my revenue today?", "How many tables are free?", "What's running low?");
        assertThat(reply.data()).isEmpty();
        assertThat(reply.partial()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"03:00, Hello", "08:15, Good morning", "12:00, Good afternoon", "19:45, Good evening"})
    void greetsForTheTimeOfDayInTheTenantsZone(String time, String salutation) {
        Clock clock = Clock.fixed(
                LocalDateTime.parse(TODAY + "T" + time).atZone(MADRID).toInstant(), java.time.ZoneOffset.UTC);

        assertThat(new AnswerComposer(clock).greeting(BISTRO).text()).startsWith(salutation + ", Maria!");
    }

    @Test
    void greetsWithoutANameWhenThereIsNone() {
        Audience anonymous = new Audience(null, null, Currency.getInstance("EUR"), MADRID, TODAY);

        assertThat(COMPOSER.greeting(anonymous).text())
                .isEqualTo("Good afternoon! Ask me about your sales, best sellers, stock or tables.");
    }

    @Test
    void helpSaysWhatCanBeAskedWithExamplesAsSuggestions() {
        Reply reply = COMPOSER.help(BISTRO);

        assertThat(reply.text())
                .isEqualTo("I can tell you about Bistro Uno's revenue, best sellers and payment methods for a day, a"
                        + " week or a month, and, right now, what's running low, what the stock is worth, how many"
                        + " tables are free, which orders are open and how busy you are. Ask in your own words, for"
                        + " example \"best sellers last week\" or \"how many tables are free?\".");
        assertThat(reply.suggestions())
                .containsExactly(
                        "What's my revenue today?",
                        "Best sellers last week",
                        "Payment methods yesterday",
                        "What's running low?",
                        "How many tables are free?",
                        "How busy are we?");
    }

    @Test
    void thanksIsWelcome() {
        Reply reply = COMPOSER.thanks(BISTRO);

        assertThat(reply.text()).isEqualTo("You're welcome, Maria! Ask me anytime.");
        assertThat(reply.suggestions()).hasSizeBetween(2, 3);
    }

    @Test
    void outOfScopeIsAPoliteNoWithWhatCanBeAsked() {
        Reply reply = COMPOSER.outOfScope(BISTRO);

        assertThat(reply.text())
                .isEqualTo("Sorry, I can't help with that. I can tell you about revenue, best sellers and payment"
                        + " methods, what's running low or what the stock is worth, and how many tables are free,"
                        + " which orders are open or how busy you are.");
        assertThat(reply.suggestions())
                .containsExactly(
                        "What's my revenue today?",
                        "Best sellers last week",
                        "What's running low?",
                        "How many tables are free?");
        assertThat(reply.partial()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            REVENUE           | Your role can't see revenue. Ask a manager if you need it.
            TOP_PRODUCTS      | Your role can't see best sellers. Ask a manager if you need it.
            PAYMENT_METHODS   | Your role can't see payment methods. Ask a manager if you need it.
            LOW_STOCK         | Your role can't see stock levels. Ask a manager if you need it.
            INVENTORY_VALUE   | Your role can't see the value of the stock. Ask a manager if you need it.
            TABLE_OCCUPANCY   | Your role can't see the tables. Ask a manager if you need it.
            PENDING_ORDERS    | Your role can't see open orders. Ask a manager if you need it.
            RESTAURANT_STATUS | Your role can't see how busy the restaurant is. Ask a manager if you need it.
            """)
    void forbiddenIsPoliteAndSaysWhoToAsk(Intent intent, String expected) {
        assertThat(COMPOSER.forbidden(intent)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Intent.class)
    void everyIntentHasSomethingToSay(Intent intent) {
        assertThat(COMPOSER.forbidden(intent)).isNotBlank();
    }
}
