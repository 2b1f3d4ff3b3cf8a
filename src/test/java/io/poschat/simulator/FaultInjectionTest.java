package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each fault mode as a real HTTP client experiences it. */
class FaultInjectionTest extends EmbeddedSimulatorTest {

    private static final String TOTAL = "/payments/total?from=2026-11-20&to=2026-11-20";

    @Test
    void errorModeAnswers500WithAnErrorBody() {
        fault("payment", "error", 1.0);

        HttpResponse<String> response = sim.get(Service.PAYMENT, TOTAL);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(SimClient.parse(response.body()).get("error").asText()).isEqualTo("internal_error");
        assertThat(sim.get(Service.POS, "/orders/active").statusCode())
                .as("other services are unaffected")
                .isEqualTo(200);
    }

    @Test
    void timeoutModeDoesNotAnswerBeforeTheClientGivesUp() {
        fault("pos", "timeout", 1.0);
        var request = sim.request(Service.POS, "/orders/active", "bistro-1", "demo-manager", Duration.ofMillis(400));

        long start = System.nanoTime();
        assertThatThrownBy(() -> sim.sendRaw(request)).isInstanceOf(HttpTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void resetModeDropsTheConnectionMidResponse() {
        fault("inventory", "reset", 1.0);
        var request = sim.request(Service.INVENTORY, "/products", "bistro-1", "demo-manager", Duration.ofSeconds(5));

        assertThatThrownBy(() -> sim.sendRaw(request))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class)
                .hasMessageContaining("fixed content-length")
                .hasMessageContaining("bytes received");
    }

    @Test
    void malformedModeAnswers200WithBrokenJson() {
        fault("restaurant", "malformed", 1.0);

        HttpResponse<String> response = sim.get(Service.RESTAURANT, "/tables/status");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[{\"id\":\"t-1\"");
        assertThatThrownBy(() -> SimClient.JSON.readTree(response.body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void slowModeDribblesTheWholeBodyOverTheConfiguredSecond() {
        String expected = sim.get(Service.PAYMENT, TOTAL).body();
        fault("payment", "slow", 1.0);

        long start = System.nanoTime();
        HttpResponse<String> response = sim.get(Service.PAYMENT, TOTAL);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(expected);
    }

    @Test
    void noneModeClearsAFault() {
        fault("payment", "error", 1.0);
        fault("payment", "none", 1.0);

        assertThat(sim.get(Service.PAYMENT, TOTAL).statusCode()).isEqualTo(200);
    }

    @Test
    void aFaultStrikesOnlyTheConfiguredShareOfCalls() {
        fault("auth", "error", 0.5);
        int failures = 0;
        for (int i = 0; i < 60; i++) {
            if (sim.get(Service.AUTH, "/auth/verify", null, "demo-manager").statusCode() == 500) {
                failures++;
            }
        }
        assertThat(failures).isBetween(10, 50);

        fault("auth", "error", 0.0);
        for (int i = 0; i < 20; i++) {
            assertThat(sim.get(Service.AUTH, "/auth/verify", null, "demo-manager")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void faultedCallsAreCountedToo() {
        fault("payment", "error", 1.0);
        sim.get(Service.PAYMENT, TOTAL);
        assertThat(sim.admin("GET", "/stats", null).body())
                .isEqualTo("{\"calls\":{\"payment GET /payments/total\":1}}");
    }

    private void fault(String service, String mode, double rate) {
        String body = "{\"service\":\"%s\",\"mode\":\"%s\",\"rate\":%s}".formatted(service, mode, rate);
        assertThat(sim.admin("PUT", "/faults", body).statusCode()).isEqualTo(200);
    }
}
