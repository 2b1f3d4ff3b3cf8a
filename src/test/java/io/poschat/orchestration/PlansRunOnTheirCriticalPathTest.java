package io.poschat.orchestration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.poschat.downstream.CallContext;
import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.CallRecord;
import io.poschat.downstream.CallStatus;
import io.poschat.downstream.Deadline;
import io.poschat.downstream.Service;
import io.poschat.nlu.Intent;
import io.poschat.nlu.Period;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each plan's calls start as soon as what they need is known. Checked on the order and moments
 * WireMock received the requests (with delays far apart, so a noisy machine cannot blur them), not
 * on a stopwatch.
 */
@SpringBootTest(classes = PlanTestContext.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PlansRunOnTheirCriticalPathTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final String ORDERS = """
            [{"id":"o-1","created_at":"2026-11-20T12:00:00+01:00","status":"paid","table_id":"t-1","covers":2,
              "server":"Ana","items":[{"product_id":"p-1","quantity":2,"unit_price":10.00,"subtotal":20.00}],
              "total":20.00}]""";
    private static final String TOTAL = """
            {"from":"2026-11-20","to":"2026-11-20","total":20.00,"count":1,"by_method":{"card":20.00}}""";
    private static final String PAYMENTS = """
            [{"id":"pay-1","order_id":"o-1","amount":20.00,"tip":2.00,"method":"card",
              "created_at":"2026-11-20T12:30:00+01:00"}]""";
    private static final String TABLES = """
            [{"id":"t-1","number":1,"seats":4,"area":"main","status":"occupied","party_size":2,
              "seated_at":"2026-11-20T12:00:00+01:00","server":"Ana","order_id":"o-1"}]""";
    private static final String PRODUCTS = """
            {"p-1":{"id":"p-1","name":"Margherita pizza","sku":"PIZ-MAR","category":"mains","unit":"each",
                    "price":10.00,"cost":3.00,"stock":14,"reorder_level":20}}""";

    @RegisterExtension
    static WireMockExtension services = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @DynamicPropertySource
    static void pointAtWireMock(DynamicPropertyRegistry registry) {
        for (Service service : Service.values()) {
            registry.add("chatbot.downstream." + service.id() + ".base-url", services::baseUrl);
            registry.add("chatbot.downstream." + service.id() + ".timeout", () -> "5s");
        }
    }

    @Autowired
    Orchestrator orchestrator;

    @Autowired
    io.poschat.downstream.PosClient pos;

    @Autowired
    io.poschat.downstream.InventoryClient inventory;

    @Autowired
    io.poschat.downstream.PaymentClient payment;

    @Autowired
    io.poschat.downstream.RestaurantClient restaurant;

    private final List<CallRecord> calls = new CopyOnWriteArrayList<>();
    /** A tenant of its own per test, so no test sees another's cached answers. */
    private final String tenant = "tenant-" + java.util.UUID.randomUUID();

    @BeforeEach
    void reset() {
        services.resetAll();
        calls.clear();
    }

    @Test
    void revenueAsksOrdersAndTotalsAtTheSameTime() throws Exception {
        stub("/orders", ORDERS, 600);
        stub("/payments/total", TOTAL, 900);

        var findings = (Findings.Revenue) orchestrator.run(Intent.REVENUE, Period.day(DAY), 5, context());

        assertThat(findings.orders()).isInstanceOf(CallOutcome.Ok.class);
        assertThat(findings.total()).isInstanceOf(CallOutcome.Ok.class);
        List<LoggedRequest> requests = requestsInOrder();
        assertThat(requests).hasSize(2);
        // Sequential calls would be 600 ms apart; parallel ones start together.
        assertThat(gapMs(requests.get(0), requests.get(1))).isLessThan(300);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "PAYMENT_METHODS, /payments/total, /orders",
        "PENDING_ORDERS, /orders/active, /tables/status",
        "RESTAURANT_STATUS, /tables/status, /orders/active"
    })
    void twoCallPlansAskBothServicesAtTheSameTime(Intent intent, String first, String second) throws Exception {
        stub(first, first.equals("/payments/total") ? TOTAL : first.equals("/tables/status") ? TABLES : ORDERS, 600);
        stub(second, second.equals("/tables/status") ? TABLES : ORDERS, 900);

        orchestrator.run(intent, Period.day(DAY), 5, context());

        List<LoggedRequest> requests = requestsInOrder();
        assertThat(requests).hasSize(2);
        assertThat(gapMs(requests.get(0), requests.get(1))).isLessThan(300);
        assertThat(calls).extracting(CallRecord::status).containsOnly(CallStatus.OK);
    }

    @Test
    void topProductsAsksPaymentsAtOnceAndProductsAsSoonAsOrdersArrive() throws Exception {
        stub("/orders", ORDERS, 300);
        stub("/payments", PAYMENTS, 3000);
        stub("/products", PRODUCTS, 100);

        var findings = (Findings.TopProducts) orchestrator.run(Intent.TOP_PRODUCTS, Period.day(DAY), 3, context());

        assertThat(findings.products()).isInstanceOf(Findings.Step.Made.class);
        List<LoggedRequest> requests = requestsInOrder();
        assertThat(requests).extracting(LoggedRequest::getUrl).hasSize(3);
        LoggedRequest orders = find(requests, "/orders");
        LoggedRequest payments = find(requests, "/payments");
        LoggedRequest products = find(requests, "/products");
        assertThat(gapMs(orders, payments)).as("payments start with orders").isLessThan(300);
        assertThat(products.getUrl()).isEqualTo("/products?ids=p-1");
        long productsAfterOrders =
                products.getLoggedDate().getTime() - orders.getLoggedDate().getTime();
        assertThat(productsAfterOrders)
                .as("products are asked once the orders (300 ms) are in, not after the payments (3000 ms)")
                .isBetween(300L, 2500L);
    }

    @Test
    void topProductsSkipsTheProductCallWhenOrdersFail() throws Exception {
        services.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(500)));
        stub("/payments", PAYMENTS, 0);

        var findings = (Findings.TopProducts) orchestrator.run(Intent.TOP_PRODUCTS, Period.day(DAY), 3, context());

        assertThat(findings.products()).isInstanceOf(Findings.Step.Skipped.class);
        assertThat(findings.payments()).isInstanceOf(CallOutcome.Ok.class);
        assertThat(calls)
                .filteredOn(call -> call.service() == Service.INVENTORY)
                .singleElement()
                .extracting(CallRecord::status)
                .isEqualTo(CallStatus.SKIPPED);
    }

    @Test
    void whatHasNotArrivedByTheDeadlineIsReportedAsTimedOutAndTheRestKept() throws Exception {
        stub("/orders", ORDERS, 50);
        stub("/payments/total", TOTAL, 5000);

        long started = System.nanoTime();
        var findings = (Findings.Revenue)
                orchestrator.run(Intent.REVENUE, Period.day(DAY), 5, context(Duration.ofMillis(700)));
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(findings.orders()).isInstanceOf(CallOutcome.Ok.class);
        assertThat(findings.total()).isInstanceOf(CallOutcome.TimedOut.class);
        assertThat(tookMs)
                .as("answered at the deadline, not when payment gave up")
                .isLessThan(3000);
        assertThat(calls)
                .extracting(CallRecord::service, CallRecord::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Service.POS, CallStatus.OK),
                        org.assertj.core.groups.Tuple.tuple(Service.PAYMENT, CallStatus.TIMEOUT));
    }

    @Test
    void sequentialModeMakesTheSameCallsOneAfterAnotherAndFindsTheSame() throws Exception {
        stub("/orders", ORDERS, 200);
        stub("/payments", PAYMENTS, 200);
        stub("/products", PRODUCTS, 200);
        var sequential = new Orchestrator(
                pos,
                inventory,
                payment,
                restaurant,
                new OrchestrationProperties(OrchestrationProperties.Mode.SEQUENTIAL));

        var inSequence = sequential.run(Intent.TOP_PRODUCTS, Period.day(DAY), 3, context());
        List<CallRecord> sequentialCalls = List.copyOf(calls);
        calls.clear();
        // Another tenant, so that the parallel run makes its own calls rather than reading the cache.
        var inParallel = orchestrator.run(Intent.TOP_PRODUCTS, Period.day(DAY), 3, context("other-" + tenant));

        assertThat(inSequence).isEqualTo(inParallel);
        assertThat(sequentialCalls)
                .extracting(CallRecord::endpoint)
                .containsExactly("/payments", "/orders", "/products");
        for (int i = 1; i < sequentialCalls.size(); i++) {
            CallRecord before = sequentialCalls.get(i - 1);
            assertThat(sequentialCalls.get(i).startedMs())
                    .as("a call starts only once the one before it has answered")
                    .isGreaterThanOrEqualTo(before.startedMs() + before.ms());
        }
    }

    private void stub(String path, String body, int delayMs) {
        services.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)
                        .withFixedDelay(delayMs)));
    }

    private CallContext context() {
        return context(Duration.ofSeconds(6));
    }

    private CallContext context(Duration deadline) {
        return context(tenant, deadline);
    }

    private CallContext context(String tenantId) {
        return context(tenantId, Duration.ofSeconds(6));
    }

    private CallContext context(String tenantId, Duration deadline) {
        return new CallContext(
                tenantId,
                ZoneId.of("Europe/Madrid"),
                "demo-manager",
                "test-correlation",
                Deadline.after(deadline),
                System.nanoTime(),
                calls::add);
    }

    private static List<LoggedRequest> requestsInOrder() {
        return services.getAllServeEvents().stream()
                .map(event -> event.getRequest())
                .map(LoggedRequest.class::cast)
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    private static LoggedRequest find(List<LoggedRequest> requests, String path) {
        return requests.stream()
                .filter(request -> request.getUrl().split("\\?")[0].equals(path))
                .findFirst()
                .orElseThrow();
    }

    private static long gapMs(LoggedRequest a, LoggedRequest b) {
        return Math.abs(a.getLoggedDate().getTime() - b.getLoggedDate().getTime());
    }
}
