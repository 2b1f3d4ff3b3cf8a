package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.CallOutcome.TimedOut;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each call gets the smaller of its service's timeout and what is left of the question's deadline. */
class DeadlineTest extends DownstreamTest {

    @Test
    void waitsNoLongerThanTheServiceTimeoutWhenTheDeadlineIsFurther() {
        slowTotal();

        long start = System.nanoTime();
        CallOutcome<PaymentTotal> outcome = payment.total(ctx(Duration.ofSeconds(2)), TODAY, TODAY);

        assertThat(outcome).isEqualTo(new TimedOut<>());
        assertThat(msSince(start)).isBetween(TIMEOUT_MS - 10, TIMEOUT_MS + LATE_MS);
    }

    @Test
    void waitsNoLongerThanTheDeadlineWhenItComesBeforeTheServiceTimeout() {
        slowTotal();

        long start = System.nanoTime();
        CallOutcome<PaymentTotal> outcome = payment.total(ctx(Duration.ofMillis(120)), TODAY, TODAY);

        assertThat(outcome).isEqualTo(new TimedOut<>());
        assertThat(msSince(start)).isBetween(110L, 120 + LATE_MS);
    }

    @Test
    void makesNoRequestWhenTheDeadlineHasPassed() {
        slowTotal();

        CallOutcome<PaymentTotal> outcome = payment.total(ctx(Duration.ZERO), TODAY, TODAY);

        assertThat(outcome).isEqualTo(new TimedOut<>());
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void makesNoRequestWhenTooLittleOfTheDeadlineIsLeftForOne() {
        slowTotal();

        CallOutcome<PaymentTotal> outcome = payment.total(ctx(Duration.ofMillis(5)), TODAY, TODAY);

        assertThat(outcome).isEqualTo(new TimedOut<>());
        wiremock.verify(0, anyRequestedFor(anyUrl()));
    }

    private void slowTotal() {
        wiremock.stubFor(get(urlPathEqualTo("/payment/payments/total"))
                .willReturn(okJson(Bodies.TOTAL).withFixedDelay(2_000)));
    }
}
