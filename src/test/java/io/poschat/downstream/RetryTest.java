package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.poschat.downstream.CallOutcome.Failed;
import io.poschat.downstream.CallOutcome.Ok;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.CallOutcome.TimedOut;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One more attempt for what may not happen twice (a 5xx, a dropped connection), if the deadline allows. */
class RetryTest extends DownstreamTest {

    private static final String TOTAL = "/payment/payments/total";

    @Test
    void answersWithTheSecondAttemptAfterA500() {
        firstThen(serverError(), okJson(Bodies.total("12.00")));

        CallOutcome<PaymentTotal> outcome = payment.total(ctx(), TODAY, TODAY);

        assertThat(outcome).isInstanceOf(Ok.class);
        assertThat(outcome.data().orElseThrow().total()).isEqualTo(new BigDecimal("12.00"));
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void answersWithTheSecondAttemptAfterAResetConnection() {
        firstThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(Bodies.total("12.00")));

        assertThat(payment.total(ctx(), TODAY, TODAY)).isInstanceOf(Ok.class);
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void givesUpAfterTwoAttempts() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(serverError()));

        assertThat(payment.total(ctx(), TODAY, TODAY)).isEqualTo(new Failed<>(Problem.SERVER_ERROR));
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    static Stream<Arguments> answersThatDoNotChangeOnASecondAsk() {
        return Stream.of(
                Arguments.of(Named.of("401", aResponse().withStatus(401)), new Failed<>(Problem.REJECTED)),
                Arguments.of(Named.of("403", aResponse().withStatus(403)), new Failed<>(Problem.REJECTED)),
                Arguments.of(Named.of("broken JSON", okJson("{\"total\": 1")), new Failed<>(Problem.MALFORMED)),
                Arguments.of(Named.of("empty body", aResponse().withStatus(200)), new Failed<>(Problem.MALFORMED)),
                Arguments.of(Named.of("wrong shape", okJson("[]")), new Failed<>(Problem.MALFORMED)),
                Arguments.of(Named.of("too slow", okJson(Bodies.TOTAL).withFixedDelay(2_000)), new TimedOut<>()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersThatDoNotChangeOnASecondAsk")
    void asksOnlyOnceWhenAnotherAttemptWouldNotHelp(ResponseDefinitionBuilder answer, CallOutcome<?> expected) {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(answer));

        assertThat(payment.total(ctx(), TODAY, TODAY)).isEqualTo(expected);
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void doesNotRetryWhenTheWaitAndAnotherAttemptWouldNotFitTheDeadline() {
        // 175 ms: after the first answer at most 115 ms are left, less than the wait (100) plus an attempt (20).
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(serverError().withFixedDelay(60)));

        long start = System.nanoTime();
        CallOutcome<PaymentTotal> outcome = payment.total(ctx(Duration.ofMillis(175)), TODAY, TODAY);

        assertThat(outcome).isEqualTo(new Failed<>(Problem.SERVER_ERROR));
        assertThat(msSince(start)).isLessThan(175);
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void theSecondAttemptGetsOnlyWhatIsLeftOfTheDeadline() {
        firstThen(serverError(), okJson(Bodies.TOTAL).withFixedDelay(2_000));

        long start = System.nanoTime();
        CallOutcome<PaymentTotal> outcome = payment.total(ctx(Duration.ofMillis(350)), TODAY, TODAY);

        assertThat(outcome).isEqualTo(new TimedOut<>());
        assertThat(msSince(start)).isBetween(340L, 350 + LATE_MS);
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    private void firstThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder second) {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .inScenario("retry")
                .whenScenarioStateIs(STARTED)
                .willReturn(first)
                .willSetStateTo("answered once"));
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .inScenario("retry")
                .whenScenarioStateIs("answered once")
                .willReturn(second));
    }
}
