package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poschat.FixedClockConfiguration;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What operators look at, on the running app with its embedded simulator: health with a component
 * per downstream and one for the model, and the Prometheus scrape with the metric names operators'
 * dashboards rely on.
 */
@Import(FixedClockConfiguration.class)
@AutoConfigureObservability(tracing = false) // tests get the real Prometheus registry, as the app does
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "simulator.latency-profile=none"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // each service's last call is shared state: healthy first
class OperationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SERVICES = List.of("auth", "pos", "inventory", "payment", "restaurant");

    @LocalServerPort
    int port;

    @AfterEach
    void restoreSimulator() throws Exception {
        http().admin("DELETE", "/faults", null);
        http().admin("PUT", "/latency", "{\"profile\":\"none\"}");
    }

    @Test
    @Order(1)
    void healthIsUpWithTheModelAndEachDownstreamsBreakerAndLastCall() throws Exception {
        assertThat(http().ask("demo-manager", "how many tables are free?")
                        .path("type")
                        .asText())
                .isEqualTo("answer");

        HttpResponse<String> response = http().get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).as(response.body()).isEqualTo("UP");
        JsonNode components = health.path("components");
        assertThat(components.path("intentModel").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("intentModel").path("details").path("path").asText())
                .endsWith("intent-model.bin");
        JsonNode downstream = components.path("downstream").path("components");
        assertThat(downstream.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(SERVICES);
        for (String service : SERVICES) {
            assertThat(downstream.path(service).path("status").asText())
                    .as(service)
                    .isEqualTo("UP");
            assertThat(downstream.path(service).path("details").path("breaker").asText())
                    .as(service)
                    .isEqualTo("CLOSED");
        }
        JsonNode tables = downstream.path("restaurant").path("details").path("last_call");
        assertThat(tables.path("endpoint").asText()).isEqualTo("/tables/status");
        assertThat(tables.path("outcome").asText()).isEqualTo("ok");
        assertThat(tables.path("at").asText()).isEqualTo(FixedClockConfiguration.NOW.toString());
        assertThat(tables.path("ms").isNumber()).isTrue();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    @DirtiesContext // the payment service's last call stays failed
    void aFailingDownstreamIsDegradedButTheChatbotStaysServing() throws Exception {
        http().admin("PUT", "/faults", "{\"service\":\"payment\",\"mode\":\"error\",\"rate\":1.0}");

        JsonNode answer = http().ask("demo-manager", "what did we take on monday?");
        assertThat(answer.path("type").asText()).isEqualTo("answer");
        assertThat(answer.path("meta").path("partial").asBoolean()).isTrue();

        HttpResponse<String> response = http().get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
        JsonNode payment =
                health.path("components").path("downstream").path("components").path("payment");
        assertThat(payment.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(payment.path("details").path("breaker").asText()).isEqualTo("CLOSED");
        assertThat(payment.path("details").path("last_call").path("outcome").asText())
                .isEqualTo("server_error");
        assertThat(health.path("components")
                        .path("downstream")
                        .path("components")
                        .path("pos")
                        .path("status")
                        .asText())
                .isEqualTo("UP");
    }

    @Test
    void prometheusExportsTheStableNamesWithTheirTags() throws Exception {
        try (TestChatClient open = TestChatClient.connect(port, "demo-manager")) {
            assertThat(open.next().path("type").asText()).isEqualTo("ready");
            JsonNode first = http().ask("demo-manager", "how many tables are free?");
            JsonNode second = http().ask("demo-manager", "how many tables are free?");
            assertThat(first.path("intent").asText()).isEqualTo("table_occupancy");
            assertThat(second.path("meta").path("calls").get(0).path("cached").asBoolean())
                    .isTrue();

            String scrape = http().get("/actuator/prometheus").body();

            assertThat(value(
                            scrape,
                            "chatbot_downstream_calls_seconds_count",
                            "endpoint=\"/tables/status\",outcome=\"ok\",service=\"restaurant\""))
                    .isGreaterThanOrEqualTo(2);
            assertThat(value(
                            scrape,
                            "chatbot_questions_seconds_count",
                            "intent=\"table_occupancy\",outcome=\"answered\""))
                    .isGreaterThanOrEqualTo(2);
            assertThat(value(
                            scrape, "chatbot_questions_seconds_sum", "intent=\"table_occupancy\",outcome=\"answered\""))
                    .isPositive();
            assertThat(value(
                            scrape,
                            "chatbot_questions_seconds_bucket",
                            "intent=\"table_occupancy\",outcome=\"answered\",le=\"+Inf\""))
                    .isGreaterThanOrEqualTo(2);
            assertThat(value(scrape, "chatbot_sessions_active", null)).isGreaterThanOrEqualTo(1);
            // Admission: nothing in flight once both answers are in; the bound is within its settings.
            assertThat(value(scrape, "chatbot_admission_in_flight", null)).isZero();
            assertThat(value(scrape, "chatbot_admission_waiting", null)).isZero();
            assertThat(value(scrape, "chatbot_admission_limit", null)).isBetween(8.0, 2000.0);
            assertThat(value(scrape, "chatbot_scheduling_lag_seconds", null)).isNotNegative();
            assertThat(value(scrape, "cache_gets_total", "cache=\"downstream\",result=\"hit\""))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(scrape, "cache_gets_total", "cache=\"downstream\",result=\"miss\""))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(scrape, "cache_gets_total", "cache=\"http_sign_ins\",result=\"hit\""))
                    .isGreaterThanOrEqualTo(1);
            assertThat(value(scrape, "resilience4j_circuitbreaker_state", "name=\"restaurant\",state=\"closed\""))
                    .isEqualTo(1);
            assertThat(scrape)
                    .contains("resilience4j_retry_calls_total", "resilience4j_bulkhead_available_concurrent_calls");
        }
    }

    @Test
    void identicalQuestionsAtOnceCountASharedAnswerAndQuestionsNeedingTheSameCallACoalescedCall() throws Exception {
        // Slow enough that the other questions arrive while the first one's call is in flight; a
        // tenant no other test asks for, so nothing is cached yet.
        http().admin("PUT", "/latency", "{\"service\":\"restaurant\",\"ms\":1000,\"jitter_ms\":0}");
        try (TestChatClient one = TestChatClient.connect(port, "demo-cafe");
                TestChatClient two = TestChatClient.connect(port, "demo-cafe");
                TestChatClient three = TestChatClient.connect(port, "demo-cafe");
                ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            one.next();
            two.next();
            three.next();
            Future<JsonNode> first = pool.submit(() -> ask(one, "how many tables are free?"));
            Future<JsonNode> same = pool.submit(() -> ask(two, "how many tables are free?"));
            // Another intent, whose plan needs the same restaurant call.
            Future<JsonNode> other = pool.submit(() -> ask(three, "how busy are we?"));
            assertThat(first.get().path("type").asText()).isEqualTo("answer");
            assertThat(same.get().path("text").asText())
                    .isEqualTo(first.get().path("text").asText());
            assertThat(other.get().path("intent").asText()).isEqualTo("restaurant_status");

            String scrape = http().get("/actuator/prometheus").body();

            assertThat(value(scrape, "chatbot_questions_shared_total", "intent=\"table_occupancy\""))
                    .isEqualTo(1);
            assertThat(value(
                            scrape,
                            "chatbot_downstream_coalesced_total",
                            "endpoint=\"/tables/status\",service=\"restaurant\""))
                    .isEqualTo(1);
        }
    }

    private static JsonNode ask(TestChatClient chat, String question) {
        try {
            chat.ask("q", question);
            return chat.next();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The value of the series {@code name} whose labels include {@code tags} (e.g. {@code
     * service="pos",endpoint="/orders"}, in any order; null for none); fails when there is none.
     */
    private static double value(String scrape, String name, String tags) {
        Set<String> wanted = tags == null ? Set.of() : Set.of(tags.split(",(?=[a-z_]+=\")"));
        Pattern series = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{(.*)\\})? (\\S+)$");
        Matcher matcher = series.matcher(scrape);
        while (matcher.find()) {
            String labels = matcher.group(1) == null ? "" : matcher.group(1);
            if (Set.of(labels.split(",(?=[a-z_]+=\")")).containsAll(wanted)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError(name + "{" + tags + "} is not in the scrape");
    }

    private TestHttp http() {
        return new TestHttp(port);
    }
}
