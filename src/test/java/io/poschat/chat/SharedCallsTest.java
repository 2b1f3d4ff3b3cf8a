package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.poschat.FixedClockConfiguration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Many staff asking at once, over real WebSockets to the app with its embedded simulator: identical
 * questions share their upstream calls, and tenants never see each other's figures.
 */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            // Nothing cached: what fifty questions share must be the one call in flight.
            "chatbot.downstream.cache.past-days=0s",
            "chatbot.downstream.cache.today=0s"
        })
class SharedCallsTest {

    @LocalServerPort
    int port;

    @AfterEach
    void restoreLatency() throws Exception {
        admin("PUT", "/latency", "{\"profile\":\"none\"}");
    }

    @Test
    void fiftyStaffAskingTheSameQuestionAtOnceCostOneCallPerEndpoint() throws Exception {
        // Slow enough that all fifty questions arrive while the first calls are in flight.
        admin("PUT", "/latency", "{\"service\":\"pos\",\"ms\":400,\"jitter_ms\":0}");
        admin("PUT", "/latency", "{\"service\":\"payment\",\"ms\":400,\"jitter_ms\":0}");
        List<TestChatClient> staff = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                TestChatClient chat = TestChatClient.connect(port, "demo-manager");
                assertThat(chat.next().path("type").asText()).isEqualTo("ready");
                staff.add(chat);
            }
            admin("DELETE", "/stats", null);

            List<JsonNode> answers = askAllAtOnce(staff, "revenue last week");

            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.path("type").asText()).isEqualTo("answer");
                assertThat(answer.path("intent").asText()).isEqualTo("revenue");
                assertThat(answer.path("meta").path("partial").asBoolean()).isFalse();
                // Whether it ran the plan or shared the answer of the one that did, it shows the calls.
                assertThat(answer.path("meta").path("calls").findValuesAsText("endpoint"))
                        .containsExactlyInAnyOrder("/orders", "/payments/total");
                assertThat(answer.path("meta").path("calls").findValuesAsText("status"))
                        .containsOnly("ok");
            });
            assertThat(answers.stream()
                            .map(a -> a.path("data").path("total").decimalValue())
                            .distinct())
                    .hasSize(1);
            JsonNode calls = admin("GET", "/stats", null).path("calls");
            assertThat(calls.path("pos GET /orders").asInt()).isEqualTo(1);
            assertThat(calls.path("payment GET /payments/total").asInt()).isEqualTo(1);
        } finally {
            staff.forEach(TestChatClient::close);
        }
    }

    @Test
    void twoTenantsAskingTheSameQuestionAtOnceEachGetTheirOwnFigures() throws Exception {
        admin("PUT", "/latency", "{\"service\":\"payment\",\"ms\":300,\"jitter_ms\":0}");
        try (TestChatClient bistro = TestChatClient.connect(port, "demo-manager");
                TestChatClient cafe = TestChatClient.connect(port, "demo-cafe")) {
            bistro.next();
            cafe.next();

            List<JsonNode> answers = askAllAtOnce(List.of(bistro, cafe), "what did we take yesterday?");

            BigDecimal bistroTotal = answers.get(0).path("data").path("total").decimalValue();
            BigDecimal cafeTotal = answers.get(1).path("data").path("total").decimalValue();
            assertThat(bistroTotal).isEqualByComparingTo(simulatorTotal("bistro-1", "demo-manager", "2026-11-23"));
            assertThat(cafeTotal).isEqualByComparingTo(simulatorTotal("cafe-2", "demo-cafe", "2026-11-23"));
            assertThat(bistroTotal).isNotEqualByComparingTo(cafeTotal);
            assertThat(answers.get(0).path("text").asText()).contains("€");
            assertThat(answers.get(1).path("text").asText()).contains("£");
        }
    }

    private static List<JsonNode> askAllAtOnce(List<TestChatClient> clients, String question) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                TestChatClient chat = clients.get(i);
                String id = "q-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    chat.ask(id, question);
                    return chat.next();
                }));
            }
            start.countDown();
            List<JsonNode> result = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                result.add(answer.get());
            }
            return result;
        }
    }

    private BigDecimal simulatorTotal(String tenant, String token, String day) throws Exception {
        return new TestHttp(port)
                .simulator("/payment/payments/total?from=" + day + "&to=" + day, tenant, token)
                .path("total")
                .decimalValue();
    }

    private JsonNode admin(String method, String path, String body) throws Exception {
        return new TestHttp(port).admin(method, path, body);
    }
}
