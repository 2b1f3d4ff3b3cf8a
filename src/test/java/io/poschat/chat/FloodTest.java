package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.poschat.FixedClockConfiguration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * One session floods; another tenant asks on as usual. The rate limiters' clock stands still, so the
 * flooder's allowance is exactly one second's: five. (Same context as {@link ChatLimitsTest}.)
 */
@Import({FixedClockConfiguration.class, ManualLimitsClock.class})
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            "chatbot.limits.questions-per-second-per-session=5",
            "chatbot.limits.questions-per-second-per-tenant=8",
            "chatbot.limits.max-sessions=4",
            "chatbot.chat.idle-timeout=3s",
            "chatbot.chat.allowed-origins=https://shop.example.com,https://*.poschat.example"
        })
class FloodTest {

    private static final int FLOOD = 500;
    private static final List<String> QUESTIONS = List.of(
            "what's my revenue today?",
            "what was my revenue yesterday?",
            "revenue this week",
            "revenue last week",
            "what did I take on monday?");

    @LocalServerPort
    int port;

    @Autowired
    ManualLimitsClock clock;

    @Autowired
    ChatHandler handler;

    @BeforeEach
    void freshSecondAndNoSocketsLeft() throws InterruptedException {
        clock.nextSecond();
        Sockets.awaitNoneOpen(handler);
    }

    @Test
    void aFloodingSessionIsRateLimitedWhileAnotherTenantIsAnsweredInFull() throws Exception {
        try (TestChatClient flooder = signedIn("demo-manager");
                TestChatClient other = signedIn("demo-cafe")) {
            CompletableFuture<Void> flood = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < FLOOD; i++) {
                        flooder.ask("f-" + i, "what's my revenue today?");
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < QUESTIONS.size(); i++) {
                long start = System.nanoTime();
                other.ask("o-" + i, QUESTIONS.get(i));
                JsonNode answer = other.next();
                millis.add((System.nanoTime() - start) / 1_000_000);

                assertThat(answer.path("type").asText()).as(QUESTIONS.get(i)).isEqualTo("answer");
                assertThat(answer.path("id").asText()).isEqualTo("o-" + i);
                assertThat(answer.path("intent").asText()).isEqualTo("revenue");
                assertThat(answer.path("text").asText()).contains("£");
                assertThat(answer.path("data").has("total")).isTrue();
            }
            flood.join();

            int answered = 0;
            int limited = 0;
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < FLOOD; i++) {
                JsonNode reply = flooder.next();
                ids.add(reply.path("id").asText());
                switch (reply.path("type").asText()) {
                    case "answer" -> {
                        assertThat(reply.path("intent").asText()).isEqualTo("revenue");
                        assertThat(reply.path("text").asText()).contains("€");
                        answered++;
                    }
                    case "error" -> {
                        assertThat(reply.path("code").asText()).isEqualTo("rate_limited");
                        limited++;
                    }
                    default -> throw new AssertionError("unexpected reply " + reply);
                }
            }
            System.out.printf(
                    "flood: %d answered, %d rate limited; the other tenant's answers took %s ms%n",
                    answered, limited, millis);

            assertThat(answered).isEqualTo(5);
            assertThat(limited).isEqualTo(FLOOD - 5);
            assertThat(ids).hasSize(FLOOD);
            flooder.send("{\"type\":\"ping\"}");
            assertThat(flooder.next().path("type").asText()).isEqualTo("pong");
        }
    }

    private TestChatClient signedIn(String token) throws Exception {
        TestChatClient chat = TestChatClient.connect(port, token);
        assertThat(chat.next().path("type").asText()).isEqualTo("ready");
        return chat;
    }
}
