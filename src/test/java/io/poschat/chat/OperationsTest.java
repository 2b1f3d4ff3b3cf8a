package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poschat.FixedClockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

    private final HttpClient http = HttpClient.newHttpClient();

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
        HttpResponse<String> asked = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
                        .header("Authorization", "Bearer demo-manager")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"how many tables are free?\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(200);

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
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
