package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.poschat.downstream.CallOutcome.Ok;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every call, whatever its outcome, is told to the question's {@code onCall} and to the metrics. */
class CallRecordTest extends DownstreamTest {

    private static final String TOTAL = "/payment/payments/total";

    @Autowired
    MeterRegistry meters;

    @Test
    void recordsAnAnsweredCallWithServiceEndpointWithoutQueryAndDuration() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .willReturn(okJson(Bodies.total("100.00")).withFixedDelay(100)));

        payment.total(ctx(), TODAY, TODAY);

        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.service()).isEqualTo(Service.PAYMENT);
            assertThat(call.endpoint()).isEqualTo("/payments/total");
            assertThat(call.status()).isEqualTo(CallStatus.OK);
            assertThat(call.cached()).isFalse();
            assertThat(call.ms()).isBetween(100L, 100 + LATE_MS);
        });
    }

    @Test
    void recordsACacheHitAsOkAndCached() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.total("100.00"))));
        payment.total(ctx(), TODAY, TODAY);

        payment.total(ctx(), TODAY, TODAY);

        assertThat(calls).extracting(CallRecord::status).containsExactly(CallStatus.OK, CallStatus.OK);
        assertThat(calls).extracting(CallRecord::cached).containsExactly(false, true);
    }

    @Test
    void recordsEachOutcomesStatus() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(serverError()));
        payment.total(ctx(), TODAY, TODAY);
        wiremock.stubFor(
                get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.TOTAL).withFixedDelay(2_000)));
        payment.total(ctx(), TODAY, TODAY);
        breakers.circuitBreaker(Service.PAYMENT.id()).transitionToOpenState();
        payment.total(ctx(), TODAY, TODAY);
        breakers.circuitBreaker(Service.PAYMENT.id()).reset();
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.TOTAL)));
        payment.total(ctx(), TODAY, TODAY);
        clock.advance(Duration.ofMinutes(1));
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(serverError()));
        payment.total(ctx(), TODAY, TODAY);

        assertThat(calls)
                .extracting(CallRecord::status)
                .containsExactly(
                        CallStatus.ERROR, CallStatus.TIMEOUT, CallStatus.CIRCUIT_OPEN, CallStatus.OK, CallStatus.STALE);
        assertThat(calls).extracting(CallRecord::endpoint).containsOnly("/payments/total");
    }

    @Test
    void recordsWhenTheCallStartedCountedFromTheQuestionsStart() {
        wiremock.stubFor(get("/restaurant/tables/status").willReturn(okJson(Bodies.TABLES)));
        long questionStarted = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(500);
        CallContext ctx = new CallContext(
                TENANT,
                MADRID,
                TOKEN,
                CORRELATION_ID,
                Deadline.after(Duration.ofSeconds(2)),
                questionStarted,
                calls::add);

        restaurant.tables(ctx);

        assertThat(calls)
                .singleElement()
                .satisfies(call -> assertThat(call.startedMs()).isBetween(500L, 500 + LATE_MS));
    }

    @Test
    void answersEvenWhenTheListenerThrows() {
        wiremock.stubFor(get("/restaurant/tables/status").willReturn(okJson(Bodies.TABLES)));
        CallContext ctx = new CallContext(
                TENANT,
                MADRID,
                TOKEN,
                CORRELATION_ID,
                Deadline.after(Duration.ofSeconds(2)),
                System.nanoTime(),
                call -> {
                    throw new IllegalStateException("listener broke");
                });

        CallOutcome<List<TableStatus>> outcome = restaurant.tables(ctx);

        assertThat(outcome).isInstanceOf(Ok.class);
    }

    @Test
    void timesEveryCallByServiceEndpointAndOutcome() {
        wiremock.stubFor(get("/restaurant/tables/status").willReturn(okJson(Bodies.TABLES)));
        double before = count("restaurant", "/tables/status", "ok");

        restaurant.tables(ctx());

        assertThat(count("restaurant", "/tables/status", "ok")).isEqualTo(before + 1);
    }

    private double count(String service, String endpoint, String outcome) {
        var timer = meters.find("chatbot.downstream.calls")
                .tag("service", service)
                .tag("endpoint", endpoint)
                .tag("outcome", outcome)
                .timer();
        return timer == null ? 0 : timer.count();
    }
}
