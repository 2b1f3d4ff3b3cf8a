package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** What {@code /actuator/health} says of each service: its breaker and its last call on the wire. */
class DownstreamHealthTest extends DownstreamTest {

    private static final String TOTAL = "/payment/payments/total";

    @Autowired
    DownstreamHealth health;

    @Test
    void aServiceThatAnsweredIsUpWithItsLastCall() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.TOTAL)));

        payment.total(ctx(), TODAY, TODAY);

        Health payment = health.health(Service.PAYMENT);
        assertThat(payment.getStatus()).isEqualTo(Status.UP);
        assertThat(payment.getDetails()).containsEntry("breaker", "CLOSED");
        assertThat(lastCall(payment))
                .containsEntry("endpoint", "/payments/total")
                .containsEntry("outcome", "ok")
                .containsEntry("at", NOW.toString())
                .containsKey("ms");
    }

    @Test
    void aServiceWhoseLastCallFailedIsDegradedNeverDown() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(serverError()));

        payment.total(ctx(), TODAY, TODAY);

        Health payment = health.health(Service.PAYMENT);
        assertThat(payment.getStatus()).isEqualTo(DownstreamHealth.DEGRADED);
        assertThat(lastCall(payment)).containsEntry("outcome", "server_error");
    }

    @Test
    void aRefusedTokenSaysNothingOfTheServicesHealth() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(aResponse().withStatus(401)));

        payment.total(ctx(), TODAY, TODAY);

        Health payment = health.health(Service.PAYMENT);
        assertThat(payment.getStatus()).isEqualTo(Status.UP);
        assertThat(lastCall(payment)).containsEntry("outcome", "rejected");
    }

    @Test
    void anOpenBreakerIsDegradedAndShowsItsState() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.TOTAL)));
        payment.total(ctx(), TODAY, TODAY);

        breakers.circuitBreaker(Service.PAYMENT.id()).transitionToOpenState();

        Health payment = health.health(Service.PAYMENT);
        assertThat(payment.getStatus()).isEqualTo(DownstreamHealth.DEGRADED);
        assertThat(payment.getDetails()).containsEntry("breaker", "OPEN");
    }

    @Test
    void aCacheHitIsNoCallAndLeavesTheLastCallAlone() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.TOTAL)));
        payment.total(ctx(), YESTERDAY, YESTERDAY);
        Object first = lastCall(health.health(Service.PAYMENT));
        clock.advance(java.time.Duration.ofMinutes(1));

        payment.total(ctx(), YESTERDAY, YESTERDAY);

        assertThat(calls).extracting(CallRecord::cached).containsExactly(false, true);
        assertThat(lastCall(health.health(Service.PAYMENT))).isEqualTo(first);
    }

    @Test
    void hasOneComponentPerService() {
        assertThat(health)
                .extracting(named -> named.getName())
                .containsExactly("auth", "pos", "inventory", "payment", "restaurant");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastCall(Health health) {
        return (Map<String, Object>) health.getDetails().get("last_call");
    }
}
