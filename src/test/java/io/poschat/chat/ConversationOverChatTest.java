package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.poschat.FixedClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A conversation as staff have it, over a real WebSocket to the app and its simulator (today is
 * Tuesday 2026-11-24 in Madrid): follow-ups reuse the last question, permissions gate intents before
 * any call is made, every business intent answers.
 */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            // Asks a question after another faster than staff would; the limits have their own tests.
            "chatbot.limits.questions-per-second-per-session=1000"
        })
class ConversationOverChatTest {

    @LocalServerPort
    int port;

    @Test
    void aFollowUpReusesTheLastQuestionWithTheNewPeriod() throws Exception {
        try (TestChatClient chat = signedIn("demo-manager")) {
            JsonNode today = ask(chat, "what's my revenue today?");
            assertThat(today.path("slots").path("from").asText()).isEqualTo("2026-11-24");

            JsonNode yesterday = ask(chat, "and yesterday?");

            assertThat(yesterday.path("type").asText()).isEqualTo("answer");
            assertThat(yesterday.path("intent").asText()).isEqualTo("revenue");
            assertThat(yesterday.path("slots").path("from").asText()).isEqualTo("2026-11-23");
            assertThat(yesterday.path("slots").path("to").asText()).isEqualTo("2026-11-23");
            assertThat(yesterday.path("text").asText()).contains("yesterday");
        }
    }

    @Test
    void aQuestionThatCarriesOnKeepsThePeriodOfTheOneBefore() throws Exception {
        try (TestChatClient chat = signedIn("demo-manager")) {
            ask(chat, "what was my revenue yesterday?");

            JsonNode sellers = ask(chat, "and the best sellers?");

            assertThat(sellers.path("intent").asText()).isEqualTo("top_products");
            assertThat(sellers.path("slots").path("from").asText()).isEqualTo("2026-11-23");
            assertThat(sellers.path("slots").path("to").asText()).isEqualTo("2026-11-23");
            assertThat(sellers.path("slots").path("limit").asInt()).isEqualTo(5);

            JsonNode payments = ask(chat, "what about payment methods?");

            assertThat(payments.path("intent").asText()).isEqualTo("payment_methods");
            assertThat(payments.path("slots").path("from").asText()).isEqualTo("2026-11-23");

            // Without an opener that carries on, a question names its own period: today by default.
            JsonNode fresh = ask(chat, "best sellers");

            assertThat(fresh.path("intent").asText()).isEqualTo("top_products");
            assertThat(fresh.path("slots").path("from").asText()).isEqualTo("2026-11-24");
        }
    }

    @Test
    void aFollowUpCanChangeTheNumberAndKeepThePeriod() throws Exception {
        try (TestChatClient chat = signedIn("demo-manager")) {
            JsonNode top3 = ask(chat, "top 3 dishes last wk");
            assertThat(top3.path("intent").asText()).isEqualTo("top_products");
            assertThat(top3.path("slots").path("limit").asInt()).isEqualTo(3);
            assertThat(top3.path("data").path("items")).hasSize(3);

            JsonNode top10 = ask(chat, "top 10 instead");

            assertThat(top10.path("intent").asText()).isEqualTo("top_products");
            assertThat(top10.path("slots").path("limit").asInt()).isEqualTo(10);
            assertThat(top10.path("slots").path("from").asText()).isEqualTo("2026-11-16");
            assertThat(top10.path("slots").path("to").asText()).isEqualTo("2026-11-22");
            assertThat(top10.path("data").path("items")).hasSize(10);
        }
    }

    @Test
    void aFollowUpWithNothingBeforeItIsAnsweredLikeAnUnclearQuestion() throws Exception {
        try (TestChatClient chat = signedIn("demo-manager")) {
            JsonNode answer = ask(chat, "what about last week?");

            assertThat(answer.path("type").asText()).isEqualTo("answer");
            assertThat(answer.path("intent").asText()).isEqualTo("out_of_scope");
            assertThat(answer.path("suggestions")).isNotEmpty();
            assertThat(answer.path("meta").path("calls")).isEmpty();
        }
    }

    @Test
    void aQuestionTooCloseToCallGetsAChoiceAndAnOptionAnswersIt() throws Exception {
        try (TestChatClient chat = signedIn("demo-manager")) {
            JsonNode clarify = ask(chat, "what did we sell today");

            assertThat(clarify.path("type").asText()).isEqualTo("clarify");
            assertThat(clarify.path("text").asText()).isNotBlank();
            assertThat(clarify.path("options"))
                    .extracting(option -> option.path("text").asText())
                    .containsExactlyInAnyOrder("revenue today", "top products today");

            JsonNode answer = ask(chat, "top products today");

            assertThat(answer.path("type").asText()).isEqualTo("answer");
            assertThat(answer.path("intent").asText()).isEqualTo("top_products");
            assertThat(answer.path("slots").path("from").asText()).isEqualTo("2026-11-24");
        }
    }

    @Test
    void aWaiterIsRefusedRevenuePolitelyAndNoServiceIsAsked() throws Exception {
        admin("DELETE", "/stats");
        try (TestChatClient chat = signedIn("demo-waiter")) {
            admin("DELETE", "/stats");

            JsonNode error = ask(chat, "what's my revenue today?");

            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("code").asText()).isEqualTo("forbidden");
            assertThat(error.path("message").asText()).contains("Your role can't see revenue");
            assertThat(admin("GET", "/stats").path("calls").size()).isZero();

            JsonNode tables = ask(chat, "how many tables are free?");
            assertThat(tables.path("type").asText()).isEqualTo("answer");
            assertThat(tables.path("intent").asText()).isEqualTo("table_occupancy");
        }
    }

    @Test
    void aWaiterIsOnlyOfferedWhatTheirRoleMayAsk() throws Exception {
        try (TestChatClient chat = signedIn("demo-waiter")) {
            for (String question : new String[] {"what's running low?", "how busy are we right now?", "help"}) {
                JsonNode answer = ask(chat, question);

                assertThat(answer.path("type").asText()).as(question).isEqualTo("answer");
                assertThat(answer.path("suggestions"))
                        .as(question)
                        .extracting(JsonNode::asText)
                        .isNotEmpty()
                        .noneMatch(suggestion ->
                                suggestion.toLowerCase().matches(".*(revenue|top|sell|payment|took|takings).*"));
            }

            JsonNode sold = ask(chat, "what did we sell today");
            assertThat(sold.path("type").asText()).isEqualTo("error");
            assertThat(sold.path("code").asText()).isEqualTo("forbidden");
        }
    }

    @Test
    void everyBusinessIntentAnswersAPlainQuestion() throws Exception {
        String[][] questions = {
            {"what's my revenue today?", "revenue"},
            {"best sellers last week?", "top_products"},
            {"how did people pay yesterday?", "payment_methods"},
            {"what's running low?", "low_stock"},
            {"what is our stock worth?", "inventory_value"},
            {"how many tables are free?", "table_occupancy"},
            {"which orders are still open?", "pending_orders"},
            {"how busy are we right now?", "restaurant_status"}
        };
        try (TestChatClient chat = signedIn("demo-manager")) {
            for (String[] question : questions) {
                JsonNode answer = ask(chat, question[0]);
                assertThat(answer.path("type").asText()).as(question[0]).isEqualTo("answer");
                assertThat(answer.path("intent").asText()).as(question[0]).isEqualTo(question[1]);
                assertThat(answer.path("meta").path("partial").asBoolean())
                        .as(question[0])
                        .isFalse();
                assertThat(answer.path("meta").path("calls")).as(question[0]).isNotEmpty();
                assertThat(answer.path("data").size()).as(question[0]).isPositive();
                assertThat(answer.path("suggestions")).as(question[0]).isNotEmpty();
            }
        }
    }

    private TestChatClient signedIn(String token) throws Exception {
        TestChatClient chat = TestChatClient.connect(port, token);
        assertThat(chat.next().path("type").asText()).isEqualTo("ready");
        return chat;
    }

    private static JsonNode ask(TestChatClient chat, String question) throws Exception {
        String id = "q-" + question.hashCode();
        chat.ask(id, question);
        JsonNode reply = chat.next();
        assertThat(reply.path("id").asText()).isEqualTo(id);
        return reply;
    }

    private JsonNode admin(String method, String path) throws Exception {
        return new TestHttp(port).admin(method, path, null);
    }
}
