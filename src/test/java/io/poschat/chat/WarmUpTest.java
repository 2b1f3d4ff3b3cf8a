package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start-up warm-up, run by hand on a test server (tests turn the automatic one off): every
 * question is answered over the real WebSocket, and the simulator's counters are left at zero.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            "chatbot.warm-up.questions=27",
            "chatbot.warm-up.sessions=3"
        })
class WarmUpTest {

    @LocalServerPort
    int port;

    @Autowired
    WarmUp warmUp;

    @Test
    void answersEveryQuestionOverItsOwnWebSocketAndLeavesTheSimulatorsCountersAtZero() throws Exception {
        WarmUp.Done done = warmUp.run(port);

        assertThat(done.answered()).isEqualTo(27);
        // Every demo tenant's data took its path, and a session was opened every five questions at most.
        assertThat(done.sessionsByToken()).containsOnlyKeys("demo-manager", "demo-cafe", "demo-trattoria");
        assertThat(done.sessionsByToken().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isGreaterThanOrEqualTo(6);
        JsonNode calls = new TestHttp(port).admin("GET", "/stats", null).path("calls");
        assertThat(calls.size()).as(calls.toString()).isZero();
    }
}
