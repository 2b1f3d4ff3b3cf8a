package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.poschat.downstream.CallOutcome.CircuitOpen;
import io.poschat.downstream.CallOutcome.Failed;
import io.poschat.downstream.CallOutcome.Ok;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.CallOutcome.TimedOut;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * One breaker per service (window of 4 calls here, opening at 50 % failures, open for {@link
 * #OPEN_WAIT_MS}, one trial call when half-open). Each failing call is two attempts, so two
 * failing calls open it.
 */
class CircuitBreakerTest extends DownstreamTest {

    private static final String TABLES = "/restaurant/tables/status";

    @Test
    void opensAfterEnoughFailuresAndThenAnswersAtOnceWithoutCalling() {
        wiremock.stubFor(get(TABLES).willReturn(serverError()));
        restaurant.tables(ctx());
        restaurant.tables(ctx());
        wiremock.verify(4, getRequestedFor(urlPathEqualTo(TABLES)));

        long start = System.nanoTime();
        CallOutcome<?> outcome = restaurant.tables(ctx());

        assertThat(outcome).isEqualTo(new CircuitOpen<>());
        assertThat(outcome.status()).isEqualTo(CallStatus.CIRCUIT_OPEN);
        assertThat(msSince(start)).isLessThan(100);
        wiremock.verify(4, getRequestedFor(urlPathEqualTo(TABLES)));
        assertThat(breaker(Service.RESTAURANT).getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void triesAgainAfterTheOpenWaitAndClosesWhenTheServiceIsBack() throws InterruptedException {
        openRestaurantBreaker();
        wiremock.stubFor(get(TABLES).willReturn(okJson(Bodies.TABLES)));
        assertThat(restaurant.tables(ctx())).isEqualTo(new CircuitOpen<>());

        Thread.sleep(OPEN_WAIT_MS + 50);
        CallOutcome<?> outcome = restaurant.tables(ctx());

        assertThat(outcome).isInstanceOf(Ok.class);
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TABLES)));
        assertThat(breaker(Service.RESTAURANT).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void opensAgainWhenTheTrialCallFails() throws InterruptedException {
        openRestaurantBreaker();
        wiremock.stubFor(get(TABLES).willReturn(serverError()));

        Thread.sleep(OPEN_WAIT_MS + 50);
        CallOutcome<?> trial = restaurant.tables(ctx());
        CallOutcome<?> next = restaurant.tables(ctx());

        assertThat(trial).isEqualTo(new Failed<>(Problem.SERVER_ERROR));
        assertThat(next).isEqualTo(new CircuitOpen<>());
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TABLES)));
    }

    @Test
    void rejectedTokensDoNotCountAgainstTheService() {
        wiremock.stubFor(get(TABLES).willReturn(aResponse().withStatus(401)));

        for (int i = 0; i < 6; i++) {
            assertThat(restaurant.tables(ctx())).isEqualTo(new Failed<>(Problem.REJECTED));
        }

        wiremock.verify(6, getRequestedFor(urlPathEqualTo(TABLES)));
        assertThat(breaker(Service.RESTAURANT).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker(Service.RESTAURANT).getMetrics().getNumberOfFailedCalls())
                .isZero();
    }

    @Test
    void callsNotMadeForLackOfTimeDoNotCountAgainstTheService() {
        wiremock.stubFor(get(TABLES).willReturn(okJson(Bodies.TABLES)));

        for (int i = 0; i < 6; i++) {
            assertThat(restaurant.tables(ctx(Duration.ZERO))).isEqualTo(new TimedOut<>());
        }

        assertThat(breaker(Service.RESTAURANT).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker(Service.RESTAURANT).getMetrics().getNumberOfFailedCalls())
                .isZero();
        assertThat(restaurant.tables(ctx())).isInstanceOf(Ok.class);
    }

    @Test
    void slowAnswersCountAgainstTheService() {
        wiremock.stubFor(get(TABLES).willReturn(okJson(Bodies.TABLES).withFixedDelay(2_000)));

        for (int i = 0; i < 4; i++) {
            assertThat(restaurant.tables(ctx(Duration.ofMillis(100)))).isEqualTo(new TimedOut<>());
        }

        assertThat(restaurant.tables(ctx())).isEqualTo(new CircuitOpen<>());
        wiremock.verify(4, getRequestedFor(urlPathEqualTo(TABLES)));
    }

    @Test
    void anOpenBreakerStopsOnlyItsOwnService() {
        openRestaurantBreaker();
        wiremock.stubFor(get(urlPathEqualTo("/payment/payments/total")).willReturn(okJson(Bodies.TOTAL)));

        assertThat(restaurant.tables(ctx())).isEqualTo(new CircuitOpen<>());
        assertThat(payment.total(ctx(), TODAY, TODAY)).isInstanceOf(Ok.class);
    }

    @Test
    void aFullBulkheadAnswersCircuitOpenWithoutCalling() throws Exception {
        // Answers that outlast the timeout keep the bulkhead full for all of it, however busy the machine.
        wiremock.stubFor(get(urlPathEqualTo("/inventory/products"))
                .willReturn(okJson(Bodies.PRODUCTS).withFixedDelay(2_000)));

        List<CallOutcome<?>> outcomes =
                atOnce(INVENTORY_BULKHEAD + 1, i -> inventory.products(ctx(), List.of("p-" + i)));

        assertThat(outcomes).filteredOn(new TimedOut<>()::equals).hasSize(INVENTORY_BULKHEAD);
        assertThat(outcomes).filteredOn(new CircuitOpen<>()::equals).hasSize(1);
        wiremock.verify(INVENTORY_BULKHEAD, getRequestedFor(urlPathEqualTo("/inventory/products")));
    }

    @Test
    void callsBeyondTheBulkheadWaitForAFreeSlotAndAreThenMade() throws Exception {
        // Payment's bulkhead (2 slots, waits up to a second) with three calls at once: the third waits
        // for one of the first two to end, then is made, instead of being answered as not called.
        wiremock.stubFor(get(urlPathEqualTo("/payment/payments/total"))
                .willReturn(okJson(Bodies.TOTAL).withFixedDelay(150)));

        // Three different days: no call shares another's.
        List<CallOutcome<?>> outcomes = atOnce(PAYMENT_BULKHEAD + 1, i -> {
            LocalDate day = TODAY.minusDays(i);
            return payment.total(ctx(), day, day);
        });

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Ok.class));
        wiremock.verify(PAYMENT_BULKHEAD + 1, getRequestedFor(urlPathEqualTo("/payment/payments/total")));
    }

    /** The outcomes of {@code count} calls ({@code call} of 0, 1, …) released at the same instant, in that order. */
    private static List<CallOutcome<?>> atOnce(int count, IntFunction<CallOutcome<?>> call) throws Exception {
        List<CallOutcome<?>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CallOutcome<?>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            for (Future<CallOutcome<?>> future : futures) {
                outcomes.add(future.get());
            }
        }
        return outcomes;
    }

    private void openRestaurantBreaker() {
        wiremock.stubFor(get(TABLES).willReturn(serverError()));
        restaurant.tables(ctx());
        restaurant.tables(ctx());
        assertThat(breaker(Service.RESTAURANT).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        wiremock.resetAll();
    }

    private CircuitBreaker breaker(Service service) {
        return breakers.circuitBreaker(service.id());
    }
}
