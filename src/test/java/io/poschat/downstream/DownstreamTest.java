package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The clients against one WireMock server standing in for all five services, each under its own
 * base path ({@code /pos}, {@code /payment}, ...). One Spring context serves every test class; each
 * test starts with no stubs, an empty cache, closed breakers and the clock at {@link #NOW}.
 */
@SpringBootTest(
        classes = DownstreamTestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "chatbot.downstream.auth.timeout=" + DownstreamTest.TIMEOUT_MS + "ms",
            "chatbot.downstream.pos.timeout=" + DownstreamTest.TIMEOUT_MS + "ms",
            "chatbot.downstream.inventory.timeout=" + DownstreamTest.TIMEOUT_MS + "ms",
            "chatbot.downstream.payment.timeout=" + DownstreamTest.TIMEOUT_MS + "ms",
            "chatbot.downstream.restaurant.timeout=" + DownstreamTest.TIMEOUT_MS + "ms",
            "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
            "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
            "resilience4j.circuitbreaker.configs.default.failure-rate-threshold=50",
            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=" + DownstreamTest.OPEN_WAIT_MS
                    + "ms",
            "resilience4j.circuitbreaker.configs.default.permitted-number-of-calls-in-half-open-state=1",
            "resilience4j.retry.configs.default.wait-duration=" + DownstreamTest.RETRY_WAIT_MS + "ms",
            "resilience4j.bulkhead.instances.inventory.max-concurrent-calls=" + DownstreamTest.INVENTORY_BULKHEAD,
            "resilience4j.bulkhead.instances.inventory.max-wait-duration=0ms",
            "resilience4j.bulkhead.instances.payment.max-concurrent-calls=" + DownstreamTest.PAYMENT_BULKHEAD,
            "resilience4j.bulkhead.instances.payment.max-wait-duration=" + DownstreamTest.PAYMENT_BULKHEAD_WAIT_MS
                    + "ms",
        })
abstract class DownstreamTest {

    static final long TIMEOUT_MS = 400;
    static final long OPEN_WAIT_MS = 300;
    static final long RETRY_WAIT_MS = 100;
    static final int INVENTORY_BULKHEAD = 2;
    static final int PAYMENT_BULKHEAD = 2;
    static final long PAYMENT_BULKHEAD_WAIT_MS = 1_000;
    /** How late a timeout may fire on a busy two-core machine and still count as on time. */
    static final long LATE_MS = 250;

    static final Instant NOW = Instant.parse("2026-11-24T11:00:00Z");
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final LocalDate YESTERDAY = TODAY.minusDays(1);
    static final String TENANT = "bistro-1";
    static final String TOKEN = "demo-manager";
    static final String CORRELATION_ID = "corr-1";

    static final WireMockServer wiremock = startedWireMock();
    private static volatile boolean warmedUp;

    @Autowired
    PosClient pos;

    @Autowired
    PaymentClient payment;

    @Autowired
    InventoryClient inventory;

    @Autowired
    RestaurantClient restaurant;

    @Autowired
    AuthClient auth;

    @Autowired
    CallPipeline pipeline;

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    MutableClock clock;

    /** Every {@link CallRecord} the calls of the current test reported. */
    final List<CallRecord> calls = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void servicesOnWireMock(DynamicPropertyRegistry registry) {
        for (Service service : Service.values()) {
            registry.add(
                    "chatbot.downstream." + service.id() + ".base-url", () -> wiremock.baseUrl() + "/" + service.id());
        }
    }

    @BeforeEach
    void startClean() {
        warmUpOnce();
        wiremock.resetAll();
        pipeline.forgetAll();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        clock.set(NOW);
        calls.clear();
    }

    /**
     * One good call per service before the first test, so that class loading and JIT of the first
     * HTTP exchange do not count against a test's timing.
     */
    private void warmUpOnce() {
        if (warmedUp) {
            return;
        }
        for (ServiceCall call : ServiceCall.values()) {
            wiremock.stubFor(get(urlPathEqualTo(call.path)).willReturn(okJson(call.body)));
            call.call(this, ctx());
        }
        warmedUp = true;
    }

    /** Tenant {@link #TENANT} with two seconds to answer. */
    CallContext ctx() {
        return ctx(TENANT, Duration.ofSeconds(2));
    }

    CallContext ctx(String tenantId) {
        return ctx(tenantId, Duration.ofSeconds(2));
    }

    CallContext ctx(Duration deadline) {
        return ctx(TENANT, deadline);
    }

    CallContext ctx(String tenantId, Duration deadline) {
        return new CallContext(
                tenantId, MADRID, TOKEN, CORRELATION_ID, Deadline.after(deadline), System.nanoTime(), calls::add);
    }

    /** Milliseconds since {@code startNanos}. */
    static long msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static WireMockServer startedWireMock() {
        WireMockServer server = new WireMockServer(
                options().bindAddress("127.0.0.1").dynamicPort().containerThreads(40));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
