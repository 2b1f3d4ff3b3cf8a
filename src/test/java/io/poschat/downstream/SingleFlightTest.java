package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.CallOutcome.Failed;
import io.poschat.downstream.CallOutcome.Ok;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.CallOutcome.TimedOut;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Identical requests in flight at the same time share one call; anything that differs does not. */
class SingleFlightTest extends DownstreamTest {

    private static final String TOTAL = "/payment/payments/total";

    @Test
    void fiftyIdenticalConcurrentRequestsMakeOneCallAndAllGetItsAnswer() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .willReturn(okJson(Bodies.total("100.00")).withFixedDelay(200)));

        List<CallOutcome<PaymentTotal>> outcomes = together(50, () -> payment.total(ctx(), TODAY, TODAY));

        assertThat(outcomes)
                .hasSize(50)
                .allSatisfy(outcome -> assertThat(outcome).isEqualTo(new Ok<>(total("100.00"), false)));
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void everyoneWaitingOnAFailedCallGetsTheFailure() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(serverError().withFixedDelay(150)));

        List<CallOutcome<PaymentTotal>> outcomes = together(20, () -> payment.total(ctx(), TODAY, TODAY));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isEqualTo(new Failed<>(Problem.SERVER_ERROR)));
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void theFirstCallersRefusedTokenIsNotSharedWithTheOthersWaiting() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .withHeader("Authorization", equalTo("Bearer revoked"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.unauthorized()
                        .withFixedDelay(200)));
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson(Bodies.total("100.00"))));
        CallContext revoked = new CallContext(
                TENANT,
                MADRID,
                "revoked",
                CORRELATION_ID,
                Deadline.after(Duration.ofSeconds(2)),
                System.nanoTime(),
                calls::add);

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<CallOutcome<PaymentTotal>> leader = threads.submit(() -> payment.total(revoked, TODAY, TODAY));
            Thread.sleep(50); // the revoked user's call is in flight
            Future<CallOutcome<PaymentTotal>> colleague = threads.submit(() -> payment.total(ctx(), TODAY, TODAY));

            assertThat(leader.get()).isEqualTo(new Failed<>(Problem.REJECTED));
            assertThat(colleague.get()).isEqualTo(new Ok<>(total("100.00"), false));
        }
    }

    @Test
    void aFailedCallIsNotSharedWithLaterRequests() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(serverError()));
        together(5, () -> payment.total(ctx(), TODAY, TODAY));

        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.total("130.00"))));
        CallOutcome<PaymentTotal> later = payment.total(ctx(), TODAY, TODAY);

        assertThat(later).isEqualTo(new Ok<>(total("130.00"), false));
    }

    @Test
    void differentParametersAreNotShared() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .willReturn(okJson(Bodies.total("100.00")).withFixedDelay(200)));

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            Future<?> today = threads.submit(() -> awaitThen(start, () -> payment.total(ctx(), TODAY, TODAY)));
            Future<?> range = threads.submit(() -> awaitThen(start, () -> payment.total(ctx(), YESTERDAY, TODAY)));
            start.countDown();
            today.get();
            range.get();
        }

        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)).withQueryParam("from", equalTo("2026-11-24")));
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)).withQueryParam("from", equalTo("2026-11-23")));
    }

    @Test
    void differentTenantsAreNotSharedAndEachGetsItsOwnAnswer() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .withHeader("x-tenant-id", equalTo("bistro-1"))
                .willReturn(okJson(Bodies.total("100.00")).withFixedDelay(200)));
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .withHeader("x-tenant-id", equalTo("cafe-2"))
                .willReturn(okJson(Bodies.total("7.50")).withFixedDelay(200)));

        CallOutcome<PaymentTotal> bistro;
        CallOutcome<PaymentTotal> cafe;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            Future<CallOutcome<PaymentTotal>> forBistro =
                    threads.submit(() -> awaitThen(start, () -> payment.total(ctx("bistro-1"), TODAY, TODAY)));
            Future<CallOutcome<PaymentTotal>> forCafe =
                    threads.submit(() -> awaitThen(start, () -> payment.total(ctx("cafe-2"), TODAY, TODAY)));
            start.countDown();
            bistro = forBistro.get();
            cafe = forCafe.get();
        }

        assertThat(bistro).isEqualTo(new Ok<>(total("100.00"), false));
        assertThat(cafe).isEqualTo(new Ok<>(total("7.50"), false));
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void aWaiterWithAShorterDeadlineTimesOutOnItsOwnDeadline() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .willReturn(okJson(Bodies.total("100.00")).withFixedDelay(250)));

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<CallOutcome<PaymentTotal>> leader = threads.submit(() -> payment.total(ctx(), TODAY, TODAY));
            Thread.sleep(50);

            long start = System.nanoTime();
            CallOutcome<PaymentTotal> follower = payment.total(ctx(Duration.ofMillis(80)), TODAY, TODAY);
            long followerMs = msSince(start);

            assertThat(follower).isEqualTo(new TimedOut<>());
            assertThat(followerMs).isBetween(70L, 80 + LATE_MS);
            assertThat(leader.get()).isEqualTo(new Ok<>(total("100.00"), false));
        }
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void aFinishedCallIsNotSharedWithLaterRequests() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.total("100.00"))));
        together(5, () -> payment.total(ctx(), TODAY, TODAY));

        pipeline.forgetAll();
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.total("130.00"))));
        CallOutcome<PaymentTotal> later = payment.total(ctx(), TODAY, TODAY);

        assertThat(later).isEqualTo(new Ok<>(total("130.00"), false));
    }

    @Test
    void theSharedAnswerIsCachedForLaterRequests() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .willReturn(okJson(Bodies.total("100.00")).withFixedDelay(100)));

        together(20, () -> payment.total(ctx(), TODAY, TODAY));
        CallOutcome<PaymentTotal> next = payment.total(ctx(), TODAY, TODAY);

        assertThat(next).isEqualTo(new Ok<>(total("100.00"), true));
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    /** Runs {@code n} copies of {@code call} on virtual threads released at the same moment. */
    private static <T> List<T> together(int n, Supplier<T> call) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(threads.submit(() -> awaitThen(start, call)));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private static <T> T awaitThen(CountDownLatch start, Supplier<T> call) throws InterruptedException {
        start.await();
        return call.get();
    }

    private static PaymentTotal total(String amount) {
        return new PaymentTotal(TODAY, TODAY, new BigDecimal(amount), 1, null);
    }
}
