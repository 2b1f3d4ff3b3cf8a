package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.poschat.downstream.CallOutcome.Failed;
import io.poschat.downstream.CallOutcome.Ok;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.CallOutcome.Stale;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a service fails after it once answered, the last answer is served as stale, with when it
 * was fetched and why the fresh call failed.
 */
class StaleOnFailureTest extends DownstreamTest {

    private static final String TOTAL = "/payment/payments/total";
    private static final PaymentTotal EARLIER = new PaymentTotal(TODAY, TODAY, new BigDecimal("100.00"), 1, null);

    @BeforeEach
    void answeredOnceTenSecondsAgo() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.total("100.00"))));
        assertThat(payment.total(ctx(), TODAY, TODAY)).isEqualTo(new Ok<>(EARLIER, false));
        clock.advance(Duration.ofSeconds(10));
    }

    @Test
    void servesTheEarlierAnswerWhenTheServiceFails() {
        failWith(serverError());

        CallOutcome<PaymentTotal> outcome = payment.total(ctx(), TODAY, TODAY);

        assertThat(outcome).isEqualTo(new Stale<>(EARLIER, NOW, Problem.SERVER_ERROR));
        assertThat(outcome.status()).isEqualTo(CallStatus.STALE);
        assertThat(outcome.data()).contains(EARLIER);
    }

    @Test
    void servesTheEarlierAnswerWhenTheConnectionDrops() {
        failWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(payment.total(ctx(), TODAY, TODAY)).isEqualTo(new Stale<>(EARLIER, NOW, Problem.UNREACHABLE));
    }

    @Test
    void servesTheEarlierAnswerWhenTheServiceSendsGarbage() {
        failWith(okJson("{\"total\": "));

        assertThat(payment.total(ctx(), TODAY, TODAY)).isEqualTo(new Stale<>(EARLIER, NOW, Problem.MALFORMED));
    }

    @Test
    void servesTheEarlierAnswerWhenTheServiceIsTooSlow() {
        failWith(okJson(Bodies.total("130.00")).withFixedDelay(2_000));

        assertThat(payment.total(ctx(), TODAY, TODAY)).isEqualTo(new Stale<>(EARLIER, NOW, Problem.TIMEOUT));
    }

    @Test
    void servesTheEarlierAnswerWhenTheBreakerIsOpen() {
        breakers.circuitBreaker(Service.PAYMENT.id()).transitionToOpenState();

        assertThat(payment.total(ctx(), TODAY, TODAY)).isEqualTo(new Stale<>(EARLIER, NOW, Problem.CIRCUIT_OPEN));
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void servesTheEarlierAnswerWhenTheDeadlineLeavesNoTimeToAsk() {
        assertThat(payment.total(ctx(Duration.ZERO), TODAY, TODAY))
                .isEqualTo(new Stale<>(EARLIER, NOW, Problem.TIMEOUT));
    }

    @Test
    void forgetsTheEarlierAnswerOnceItIsOlderThanTheStaleWindow() {
        // Today's figures are fresh for 10 s, then kept 1 h longer (application.yml).
        clock.advance(Duration.ofHours(1));
        failWith(serverError());

        assertThat(payment.total(ctx(), TODAY, TODAY)).isEqualTo(new Failed<>(Problem.SERVER_ERROR));
    }

    @Test
    void stillServesTheEarlierAnswerJustBeforeTheStaleWindowEnds() {
        clock.advance(Duration.ofMinutes(59));
        failWith(serverError());

        assertThat(payment.total(ctx(), TODAY, TODAY)).isEqualTo(new Stale<>(EARLIER, NOW, Problem.SERVER_ERROR));
    }

    @Test
    void servesNothingToAUserTheServiceRefuses() {
        failWith(aResponse().withStatus(401));

        assertThat(payment.total(ctx(), TODAY, TODAY)).isEqualTo(new Failed<>(Problem.REJECTED));
    }

    @Test
    void answersFreshAgainOnceTheServiceRecovers() {
        failWith(serverError());
        payment.total(ctx(), TODAY, TODAY);

        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.total("130.00"))));
        CallOutcome<PaymentTotal> outcome = payment.total(ctx(), TODAY, TODAY);

        assertThat(outcome)
                .isEqualTo(new Ok<>(new PaymentTotal(TODAY, TODAY, new BigDecimal("130.00"), 1, null), false));
    }

    @Test
    void keepsTheEarlierAnswerOnlyForItsOwnTenant() {
        failWith(serverError());

        assertThat(payment.total(ctx("cafe-2"), TODAY, TODAY)).isEqualTo(new Failed<>(Problem.SERVER_ERROR));
    }

    private void failWith(ResponseDefinitionBuilder failure) {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(failure));
    }
}
