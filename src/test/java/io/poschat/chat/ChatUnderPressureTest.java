package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.poschat.FixedClockConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The chat when the services behind it misbehave: a question that runs out of time still gets its
 * partial answer on an open socket, and an auth outage does not sign anyone out.
 */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            // The calls' own timeouts outlast the deadline, so the deadline is what cuts them off.
            "chatbot.deadline=800ms",
            "chatbot.downstream.payment.timeout=5s",
            "chatbot.downstream.cache.stale-for=0s"
        })
class ChatUnderPressureTest {

    @LocalServerPort
    int port;

    @AfterEach
    void healthyAgain() throws Exception {
        admin("DELETE", "/faults", null);
        admin("PUT", "/latency", "{\"profile\":\"none\"}");
    }

    @Test
    void aQuestionCutOffByItsDeadlineGetsItsPartialAnswerAndTheSocketStaysOpen() throws Exception {
        admin("PUT", "/latency", "{\"service\":\"payment\",\"ms\":3000,\"jitter_ms\":0}");
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            chat.next();

            // Several times: the deadline, the call's own timeout and the progress frame race.
            for (int i = 0; i < 5; i++) {
                chat.ask("slow-" + i, "what was my revenue yesterday?");
                JsonNode answer = chat.next();

                assertThat(answer.path("type").asText()).isEqualTo("answer");
                assertThat(answer.path("id").asText()).isEqualTo("slow-" + i);
                assertThat(answer.path("meta").path("partial").asBoolean()).isTrue();
                assertThat(answer.path("data").has("total")).isTrue();
                assertThat(answer.path("meta").path("calls")).anySatisfy(call -> {
                    assertThat(call.path("service").asText()).isEqualTo("payment");
                    assertThat(call.path("status").asText()).isEqualTo("timeout");
                });
            }
            chat.send("{\"type\":\"ping\"}");
            assertThat(chat.next().path("type").asText()).isEqualTo("pong");
            assertThat(chat.isOpen()).isTrue();
        }
    }

    @Test
    void anAuthOutageAtSignInAsksTheClientToComeBackLaterInsteadOfSigningItOut() throws Exception {
        admin("PUT", "/faults", "{\"service\":\"auth\",\"mode\":\"error\",\"rate\":1.0}");
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            JsonNode error = chat.next();

            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("code").asText()).isEqualTo("internal");
            assertThat(chat.closeCode(Duration.ofSeconds(5))).isEqualTo(1013);
        }
    }

    private void admin(String method, String path, String body) throws Exception {
        new TestHttp(port).admin(method, path, body);
    }
}
