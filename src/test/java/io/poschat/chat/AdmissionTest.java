package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.poschat.FixedClockConfiguration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Admission over the real protocol: with room for one question at a time, a second one that cannot
 * start within its wait is told to ask again (the socket stays open), and is answered once there is
 * room.
 */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            "chatbot.admission.min-in-flight=1",
            "chatbot.admission.max-in-flight=1",
            "chatbot.admission.max-wait=150ms"
        })
class AdmissionTest {

    @LocalServerPort
    int port;

    @AfterEach
    void restoreLatency() throws Exception {
        new TestHttp(port).admin("PUT", "/latency", "{\"profile\":\"none\"}");
    }

    @Test
    void aQuestionThatFindsNoRoomInTimeIsToldToAskAgainAndIsAnsweredLater() throws Exception {
        new TestHttp(port).admin("PUT", "/latency", "{\"service\":\"pos\",\"ms\":800,\"jitter_ms\":0}");
        try (TestChatClient first = TestChatClient.connect(port, "demo-manager");
                TestChatClient second = TestChatClient.connect(port, "demo-cafe")) {
            assertThat(first.next().path("type").asText()).isEqualTo("ready");
            assertThat(second.next().path("type").asText()).isEqualTo("ready");
            warmUp(first);

            first.ask("q-1", "revenue on 3 november");
            CompletableFuture<JsonNode> firstAnswer =
                    CompletableFuture.supplyAsync(() -> next(first), Thread::startVirtualThread);
            Thread.sleep(200); // the first question holds the only room while pos takes 800 ms
            second.ask("q-2", "revenue on 4 november");
            JsonNode refused = second.next();

            assertThat(refused.path("type").asText()).isEqualTo("error");
            assertThat(refused.path("id").asText()).isEqualTo("q-2");
            assertThat(refused.path("code").asText()).isEqualTo("rate_limited");
            assertThat(refused.path("message").asText())
                    .isEqualTo("I'm answering a lot of questions right now and couldn't get to yours in time."
                            + " Please ask again in a moment.");
            JsonNode answered = firstAnswer.get(10, TimeUnit.SECONDS);
            assertThat(answered.path("type").asText()).isEqualTo("answer");
            assertThat(answered.path("meta").path("partial").asBoolean())
                    .as(answered.toString())
                    .isFalse();

            second.ask("q-3", "revenue on 4 november");
            JsonNode later = second.next();
            assertThat(later.path("type").asText()).isEqualTo("answer");
            assertThat(later.path("intent").asText()).isEqualTo("revenue");
            assertThat(second.isOpen()).isTrue();
        }
    }

    @Test
    void questionsThatNeedNoDataAreNeverQueued() throws Exception {
        new TestHttp(port).admin("PUT", "/latency", "{\"service\":\"pos\",\"ms\":800,\"jitter_ms\":0}");
        try (TestChatClient first = TestChatClient.connect(port, "demo-manager");
                TestChatClient second = TestChatClient.connect(port, "demo-cafe")) {
            first.next();
            second.next();
            warmUp(first);

            first.ask("q-1", "revenue on 5 november");
            CompletableFuture<JsonNode> firstAnswer =
                    CompletableFuture.supplyAsync(() -> next(first), Thread::startVirtualThread);
            Thread.sleep(200);
            second.ask("q-2", "hello");

            assertThat(second.next().path("type").asText()).isEqualTo("answer");
            assertThat(firstAnswer.get(10, TimeUnit.SECONDS).path("type").asText())
                    .isEqualTo("answer");
        }
    }

    /** A fresh JVM's first calls can take longer than the room is held: get them out of the way. */
    private void warmUp(TestChatClient chat) throws Exception {
        new TestHttp(port).admin("PUT", "/latency", "{\"profile\":\"none\"}");
        chat.ask("warm-up", "revenue on 2 november");
        assertThat(chat.next().path("type").asText()).isEqualTo("answer");
        new TestHttp(port).admin("PUT", "/latency", "{\"service\":\"pos\",\"ms\":800,\"jitter_ms\":0}");
    }

    private static JsonNode next(TestChatClient chat) {
        try {
            return chat.next();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
