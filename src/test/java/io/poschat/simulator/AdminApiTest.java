package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin API under /sim/admin: counters, latency and faults; no token needed. */
class AdminApiTest extends EmbeddedSimulatorTest {

    @Test
    void statsCountCallsPerEndpointWithoutTheQueryString() {
        sim.get(Service.POS, "/orders?date=2026-11-20");
        sim.get(Service.POS, "/orders?from=2026-11-01&to=2026-11-02");
        sim.get(Service.POS, "/orders/active");
        sim.get(Service.PAYMENT, "/payments/total?from=2026-11-20&to=2026-11-20");
        sim.get(Service.INVENTORY, "/products?ids=p-1");
        sim.get(Service.INVENTORY, "/products", "bistro-1", "wrong-token");
        sim.get(Service.INVENTORY, "/nothing-here");

        HttpResponse<String> stats = sim.admin("GET", "/stats", null);

        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(SimClient.parse(stats.body())).isEqualTo(SimClient.parse("""
                {"calls": {"inventory GET /products": 2, "payment GET /payments/total": 1,
                           "pos GET /orders": 2, "pos GET /orders/active": 1}}
                """));
    }

    @Test
    void deletingStatsResetsTheCounters() {
        sim.get(Service.AUTH, "/auth/verify", null, "demo-manager");
        assertThat(sim.admin("GET", "/stats", null).body()).contains("\"auth GET /auth/verify\":1");

        assertThat(sim.admin("DELETE", "/stats", null).statusCode()).isEqualTo(204);

        assertThat(sim.admin("GET", "/stats", null).body()).isEqualTo("{\"calls\":{}}");
    }

    @Test
    void theSeedProfileSetsTheArticlesFixedLatencies() {
        HttpResponse<String> put = sim.admin("PUT", "/latency", "{\"profile\": \"seed\"}");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(SimClient.parse(sim.admin("GET", "/latency", null).body())).isEqualTo(SimClient.parse("""
                {"profile": "seed", "services": {
                  "auth": {"ms": 100, "jitter_ms": 0}, "pos": {"ms": 800, "jitter_ms": 0},
                  "inventory": {"ms": 600, "jitter_ms": 0}, "payment": {"ms": 900, "jitter_ms": 0},
                  "restaurant": {"ms": 300, "jitter_ms": 0}}}
                """));
        assertThat(timeOf(() -> sim.get(Service.AUTH, "/auth/verify", null, "demo-manager")))
                .isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aServiceLatencyDelaysThatServicesAnswers() {
        HttpResponse<String> put =
                sim.admin("PUT", "/latency", "{\"service\":\"restaurant\",\"ms\":300,\"jitter_ms\":0}");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(SimClient.parse(put.body()).get("profile").asText()).isEqualTo("custom");
        assertThat(SimClient.parse(put.body()).at("/services/restaurant/ms").asInt())
                .isEqualTo(300);
        assertThat(timeOf(() -> sim.get(Service.RESTAURANT, "/tables/status")))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void theRealisticProfileVariesAroundTensToHundredsOfMilliseconds() {
        sim.admin("PUT", "/latency", "{\"profile\":\"realistic\"}");
        var services =
                SimClient.parse(sim.admin("GET", "/latency", null).body()).get("services");
        services.forEach(s -> {
            assertThat(s.get("ms").asInt() + s.get("jitter_ms").asInt()).isBetween(20, 250);
            assertThat(s.get("jitter_ms").asInt()).isPositive();
        });
    }

    @Test
    void faultsCanBeReadBackAndCleared() {
        sim.admin("PUT", "/faults", "{\"service\":\"payment\",\"mode\":\"error\",\"rate\":1.0}");
        sim.admin("PUT", "/faults", "{\"service\":\"pos\",\"mode\":\"slow\",\"rate\":0.25}");

        assertThat(SimClient.parse(sim.admin("GET", "/faults", null).body())).isEqualTo(SimClient.parse("""
                {"auth": {"mode": "none", "rate": 0.0}, "pos": {"mode": "slow", "rate": 0.25},
                 "inventory": {"mode": "none", "rate": 0.0}, "payment": {"mode": "error", "rate": 1.0},
                 "restaurant": {"mode": "none", "rate": 0.0}}
                """));

        sim.admin("PUT", "/faults", "{\"service\":\"payment\",\"mode\":\"none\"}");
        assertThat(SimClient.parse(sim.admin("GET", "/faults", null).body())
                        .at("/payment/mode")
                        .asText())
                .isEqualTo("none");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PUT | /latency | {\"profile\":\"warp\"}                          | unknown profile 'warp'",
                "PUT | /latency | {\"service\":\"kitchen\",\"ms\":5}             | unknown service 'kitchen'",
                "PUT | /latency | {\"service\":\"pos\",\"ms\":-1}                | must not be negative",
                "PUT | /latency | {\"service\":\"pos\"}                           | ms must be a whole number",
                "PUT | /latency | not json                                         | not valid JSON",
                "PUT | /latency | [1]                                              | must be a JSON object",
                "PUT | /faults  | {\"service\":\"pos\",\"mode\":\"explode\"}       | unknown mode 'explode'",
                "PUT | /faults  | {\"service\":\"pos\"}                           | missing mode",
                "PUT | /faults  | {\"service\":\"pos\",\"mode\":\"error\",\"rate\":1.5}    | rate must be between 0 and 1",
                "PUT | /faults  | {\"service\":\"pos\",\"mode\":\"error\",\"rate\":\"all\"}  | rate must be a number",
                "PUT | /faults  | {\"mode\":\"error\"}                            | unknown service ''"
            })
    void badAdminInputIsABadRequestWithAClearMessage(String method, String path, String body, String message) {
        HttpResponse<String> response = sim.admin(method, path, body);

        assertThat(response.statusCode()).isEqualTo(400);
        var error = SimClient.parse(response.body());
        assertThat(error.get("error").asText()).isEqualTo("bad_request");
        assertThat(error.get("message").asText()).contains(message);
    }

    @Test
    void unknownAdminEndpointsAreNotFound() {
        assertThat(sim.admin("POST", "/stats", "{}").statusCode()).isEqualTo(404);
        assertThat(sim.admin("GET", "/reboot", null).statusCode()).isEqualTo(404);
    }

    private static Duration timeOf(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
