package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.poschat.FixedClockConfiguration;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What one client may take, over a real socket: questions a second per session and per tenant,
 * open sockets, silence, and which pages may connect. The rate limiters' clock is moved by hand.
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
class ChatLimitsTest {

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
    void theSixthQuestionInASecondIsRefusedWithWhenToAskAgainAndTheNextSecondIsAnswered() throws Exception {
        try (TestChatClient chat = signedIn("demo-manager")) {
            for (int i = 1; i <= 6; i++) {
                chat.ask("q-" + i, "hello");
            }
            List<JsonNode> replies = replies(chat, 6);

            // The questions run concurrently: which one is refused is a race, that one is not.
            assertThat(replies)
                    .filteredOn(reply -> reply.path("type").asText().equals("answer"))
                    .hasSize(5);
            List<JsonNode> refusals = errors(replies);
            assertThat(refusals).hasSize(1);
            JsonNode refused = refusals.getFirst();
            assertThat(refused.path("id").asText()).startsWith("q-");
            assertThat(refused.path("code").asText()).isEqualTo("rate_limited");
            assertThat(refused.path("message").asText()).contains("Try again in a second");
            assertThat(chat.isOpen()).isTrue();

            clock.nextSecond();
            chat.ask("q-7", "hello");
            JsonNode answer = chat.next();
            assertThat(answer.path("type").asText()).isEqualTo("answer");
            assertThat(answer.path("id").asText()).isEqualTo("q-7");
        }
    }

    @Test
    void aTenantsLimitIsSharedByItsSessionsAndItsHttpCallersButNotByOtherTenants() throws Exception {
        try (TestChatClient manager = signedIn("demo-manager");
                TestChatClient waiter = signedIn("demo-waiter");
                TestChatClient otherTenant = signedIn("demo-cafe")) {
            for (int i = 1; i <= 5; i++) {
                manager.ask("m-" + i, "hello");
            }
            assertThat(errors(replies(manager, 5))).isEmpty();
            for (int i = 1; i <= 4; i++) {
                waiter.ask("w-" + i, "hello");
            }
            List<JsonNode> waiters = replies(waiter, 4);

            // bistro-1 may ask 8 a second in all: the manager took 5, the waiter gets 3.
            assertThat(waiters)
                    .filteredOn(reply -> reply.path("type").asText().equals("answer"))
                    .hasSize(3);
            assertThat(errors(waiters)).singleElement().satisfies(refused -> {
                assertThat(refused.path("code").asText()).isEqualTo("rate_limited");
                assertThat(refused.path("message").asText()).contains("Your restaurant");
            });
            HttpResponse<String> http = new TestHttp(port).post("demo-manager", "{\"text\":\"hello\"}");
            assertThat(http.statusCode()).isEqualTo(429);
            assertThat(http.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(http.body()).contains("\"code\":\"rate_limited\"");

            for (int i = 1; i <= 5; i++) {
                otherTenant.ask("c-" + i, "hello");
            }
            assertThat(errors(replies(otherTenant, 5))).isEmpty();
        }
    }

    @Test
    void aSocketBeyondTheMaximumIsToldToComeBackLaterAndTheOthersGoOn() throws Exception {
        List<TestChatClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                open.add(signedIn("demo-manager"));
            }
            try (TestChatClient fifth = TestChatClient.connect(port, "demo-manager")) {
                JsonNode refused = fifth.next();
                assertThat(refused.path("type").asText()).isEqualTo("error");
                assertThat(refused.path("code").asText()).isEqualTo("rate_limited");
                assertThat(refused.path("message").asText()).contains("Try again");
                assertThat(fifth.closeCode(Duration.ofSeconds(5))).isEqualTo(1013);
            }
            for (TestChatClient chat : open) {
                chat.send("{\"type\":\"ping\"}");
                assertThat(chat.next().path("type").asText()).isEqualTo("pong");
            }

            open.removeFirst().close();
            Sockets.awaitOpen(handler, 3);
            try (TestChatClient again = TestChatClient.connect(port, "demo-cafe")) {
                assertThat(again.next().path("type").asText()).isEqualTo("ready");
            }
        } finally {
            open.forEach(TestChatClient::close);
        }
    }

    @Test
    void aSilentSocketIsClosedAsIdleWhileOneThatPingsStaysOpen() throws Exception {
        try (TestChatClient silent = signedIn("demo-manager");
                TestChatClient pinging = signedIn("demo-cafe")) {
            // Pings every half second for longer than the 3 s idle timeout.
            for (int i = 0; i < 10; i++) {
                pinging.send("{\"type\":\"ping\"}");
                assertThat(pinging.next().path("type").asText()).isEqualTo("pong");
                Thread.sleep(500);
            }

            assertThat(silent.closeCode(Duration.ofSeconds(10))).isEqualTo(4408);
            assertThat(pinging.isOpen()).isTrue();
        }
    }

    @Test
    void aPageFromAConfiguredOriginMayConnectAndAForeignOneIsRefusedAtTheHandshake() throws Exception {
        try (TestChatClient shop = TestChatClient.connect(port, "demo-manager", "https://shop.example.com")) {
            assertThat(shop.next().path("type").asText()).isEqualTo("ready");
        }
        try (TestChatClient pattern = TestChatClient.connect(port, "demo-manager", "https://tills.poschat.example")) {
            assertThat(pattern.next().path("type").asText()).isEqualTo("ready");
        }
        try (TestChatClient own = TestChatClient.connect(port, "demo-manager", "http://127.0.0.1:" + port)) {
            assertThat(own.next().path("type").asText()).isEqualTo("ready");
        }
        assertThatThrownBy(() -> TestChatClient.connect(port, "demo-manager", "https://evil.example.org"))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(
                        WebSocketHandshakeException.class,
                        refused ->
                                assertThat(refused.getResponse().statusCode()).isEqualTo(403));
    }

    private TestChatClient signedIn(String token) throws Exception {
        TestChatClient chat = TestChatClient.connect(port, token);
        assertThat(chat.next().path("type").asText()).isEqualTo("ready");
        return chat;
    }

    /** The next {@code count} answers or errors. */
    private static List<JsonNode> replies(TestChatClient chat, int count) throws InterruptedException {
        List<JsonNode> replies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            replies.add(chat.next());
        }
        return replies;
    }

    private static List<JsonNode> errors(List<JsonNode> replies) {
        return replies.stream()
                .filter(reply -> reply.path("type").asText().equals("error"))
                .toList();
    }
}
