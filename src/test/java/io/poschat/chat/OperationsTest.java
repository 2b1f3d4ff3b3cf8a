package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poschat.FixedClockConfiguration;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** What operators look at: health with the model and the breakers, metrics per downstream. */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "simulator.latency-profile=none"})
class OperationsTest {

    @LocalServerPort
    int port;

    @Test
    void healthShowsTheServingModelAndEachServicesBreaker() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode components = new ObjectMapper().readTree(response.body()).path("components");
        assertThat(components.path("intentModel").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("intentModel").path("details").path("path").asText())
                .endsWith("intent-model.bin");
        assertThat(components.path("circuitBreakers").path("details").fieldNames())
                .toIterable()
                .contains("auth", "pos", "inventory", "payment", "restaurant");
    }

    @Test
    void metricsTimeEveryDownstreamCallByServiceEndpointAndStatus() throws Exception {
        JsonNode asked = new TestHttp(port).ask("demo-manager", "how many tables are free?");
        assertThat(asked.path("type").asText()).isEqualTo("answer");

        // Tests run with the simple registry; the running app exports the same meters at /actuator/prometheus.
        JsonNode calls = new ObjectMapper()
                .readTree(
                        get("/actuator/metrics/chatbot.downstream.calls?tag=service:restaurant&tag=endpoint:/tables/status&tag=status:ok")
                                .body());
        assertThat(calls.path("measurements")).anySatisfy(measurement -> {
            assertThat(measurement.path("statistic").asText()).isEqualTo("COUNT");
            assertThat(measurement.path("value").asDouble()).isGreaterThanOrEqualTo(1);
        });
        assertThat(get("/actuator/metrics/resilience4j.circuitbreaker.state").statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return new TestHttp(port).get(path);
    }
}
