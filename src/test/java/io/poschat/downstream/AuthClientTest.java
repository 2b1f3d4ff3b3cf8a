package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.poschat.downstream.CallOutcome.Failed;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.CallOutcome.TimedOut;
import org.junit.jupiter.api.Test;

/** A chat session starts with the auth service's verdict; "bad token" and "auth down" must differ. */
class AuthClientTest extends DownstreamTest {

    private static final String VERIFY = "/auth/auth/verify";

    @Test
    void aKnownTokenGivesTheUserTheirTenantAndPermissions() {
        wiremock.stubFor(get(VERIFY)
                .withHeader("Authorization", equalTo("Bearer demo-manager"))
                .willReturn(okJson(Bodies.AUTH)));

        CallOutcome<AuthInfo> outcome = auth.verify("demo-manager", CORRELATION_ID);

        assertThat(outcome.data()).hasValueSatisfying(user -> {
            assertThat(user.tenantId()).isEqualTo("bistro-1");
            assertThat(user.may("reports:read")).isTrue();
            assertThat(user.may("admin")).isFalse();
        });
    }

    @Test
    void anUnknownTokenIsRejected() {
        wiremock.stubFor(get(VERIFY).willReturn(unauthorized().withBody("{\"error\": \"invalid_token\"}")));

        CallOutcome<AuthInfo> outcome = auth.verify("nobody", CORRELATION_ID);

        assertThat(outcome).isEqualTo(new Failed<>(Problem.REJECTED));
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(VERIFY)));
    }

    @Test
    void aFailingAuthServiceIsAnErrorNotARejection() {
        wiremock.stubFor(get(VERIFY).willReturn(serverError()));

        assertThat(auth.verify(TOKEN, CORRELATION_ID)).isEqualTo(new Failed<>(Problem.SERVER_ERROR));
    }

    @Test
    void anUnreachableAuthServiceIsAnErrorNotARejection() {
        wiremock.stubFor(get(VERIFY).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(auth.verify(TOKEN, CORRELATION_ID)).isEqualTo(new Failed<>(Problem.UNREACHABLE));
    }

    @Test
    void aSlowAuthServiceTimesOutWithinItsTimeout() {
        wiremock.stubFor(get(VERIFY).willReturn(okJson(Bodies.AUTH).withFixedDelay(2_000)));

        long start = System.nanoTime();
        CallOutcome<AuthInfo> outcome = auth.verify(TOKEN, CORRELATION_ID);

        assertThat(outcome).isEqualTo(new TimedOut<>());
        assertThat(msSince(start)).isBetween(TIMEOUT_MS - 10, TIMEOUT_MS + LATE_MS);
    }

    @Test
    void manyBadTokensDoNotOpenTheAuthBreaker() {
        wiremock.stubFor(get(VERIFY).willReturn(unauthorized()));

        for (int i = 0; i < 8; i++) {
            assertThat(auth.verify("guess-" + i, CORRELATION_ID)).isEqualTo(new Failed<>(Problem.REJECTED));
        }

        assertThat(breakers.circuitBreaker(Service.AUTH.id()).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
