package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.CallOutcome.Ok;
import io.poschat.downstream.Order.OrderItem;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the clients send (headers, query) and how the contract's JSON becomes records. */
class RequestsAndBodiesTest extends DownstreamTest {

    @ParameterizedTest
    @EnumSource(value = ServiceCall.class, mode = EnumSource.Mode.EXCLUDE, names = "AUTH_VERIFY")
    void sendsTheTenantTheCorrelationIdAndTheUsersToken(ServiceCall call) {
        wiremock.stubFor(get(urlPathEqualTo(call.path)).willReturn(okJson(call.body)));

        call.call(this, ctx());

        wiremock.verify(
                1,
                getRequestedFor(urlPathEqualTo(call.path))
                        .withHeader("x-tenant-id", equalTo(TENANT))
                        .withHeader("x-correlation-id", equalTo(CORRELATION_ID))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void sendsAuthTheTokenAndCorrelationIdButNoTenant() {
        wiremock.stubFor(get("/auth/auth/verify").willReturn(okJson(Bodies.AUTH)));

        auth.verify("tok-42", "corr-9");

        wiremock.verify(
                1,
                getRequestedFor(urlEqualTo("/auth/auth/verify"))
                        .withoutHeader("x-tenant-id")
                        .withHeader("x-correlation-id", equalTo("corr-9"))
                        .withHeader("Authorization", equalTo("Bearer tok-42")));
    }

    @Test
    void asksForOneDayByDateAndForSeveralByFromAndTo() {
        wiremock.stubFor(get(urlPathEqualTo("/pos/orders")).willReturn(okJson("[]")));
        wiremock.stubFor(get(urlPathEqualTo("/payment/payments")).willReturn(okJson("[]")));

        pos.orders(ctx(), TODAY, TODAY);
        pos.orders(ctx(), YESTERDAY, TODAY);
        payment.payments(ctx(), TODAY, TODAY);
        payment.payments(ctx(), YESTERDAY, TODAY);

        wiremock.verify(1, getRequestedFor(urlEqualTo("/pos/orders?date=2026-11-24")));
        wiremock.verify(1, getRequestedFor(urlEqualTo("/pos/orders?from=2026-11-23&to=2026-11-24")));
        wiremock.verify(1, getRequestedFor(urlEqualTo("/payment/payments?date=2026-11-24")));
        wiremock.verify(1, getRequestedFor(urlEqualTo("/payment/payments?from=2026-11-23&to=2026-11-24")));
    }

    @Test
    void asksForTheTotalOfARangeByFromAndTo() {
        wiremock.stubFor(get(urlPathEqualTo("/payment/payments/total")).willReturn(okJson(Bodies.TOTAL)));

        payment.total(ctx(), TODAY, TODAY);

        wiremock.verify(1, getRequestedFor(urlEqualTo("/payment/payments/total?from=2026-11-24&to=2026-11-24")));
    }

    @Test
    void asksForProductsByTheirIdsSortedAndOnce() {
        wiremock.stubFor(get(urlPathEqualTo("/inventory/products")).willReturn(okJson(Bodies.PRODUCTS)));

        inventory.products(ctx(), List.of("p-12", "p-3", "p-12"));

        wiremock.verify(
                1, getRequestedFor(urlPathEqualTo("/inventory/products")).withQueryParam("ids", equalTo("p-12,p-3")));
    }

    @Test
    void mapsOrdersWithMoneyAsDecimalsAndTimesWithTheirOffset() {
        wiremock.stubFor(get(urlPathEqualTo("/pos/orders")).willReturn(okJson(Bodies.ORDERS)));

        CallOutcome<List<Order>> outcome = pos.orders(ctx(), TODAY, TODAY);

        Order expected = new Order(
                "o-1001",
                OffsetDateTime.parse("2026-11-24T12:31:05+01:00"),
                "paid",
                "t-4",
                2,
                "Ana",
                List.of(new OrderItem("p-12", 2, new BigDecimal("12.50"), new BigDecimal("25.00"))),
                new BigDecimal("25.00"));
        assertThat(outcome).isEqualTo(new Ok<>(List.of(expected), false));
    }

    @Test
    void mapsActiveOrders() {
        wiremock.stubFor(get("/pos/orders/active").willReturn(okJson(Bodies.ORDERS)));

        CallOutcome<List<Order>> outcome = pos.activeOrders(ctx());

        assertThat(outcome.data())
                .hasValueSatisfying(
                        orders -> assertThat(orders).extracting(Order::id).containsExactly("o-1001"));
    }

    @Test
    void mapsPayments() {
        wiremock.stubFor(get(urlPathEqualTo("/payment/payments")).willReturn(okJson(Bodies.PAYMENTS)));

        CallOutcome<List<Payment>> outcome = payment.payments(ctx(), TODAY, TODAY);

        Payment expected = new Payment(
                "pay-1",
                "o-1001",
                new BigDecimal("25.00"),
                new BigDecimal("3.00"),
                "card",
                OffsetDateTime.parse("2026-11-24T13:02:44+01:00"));
        assertThat(outcome).isEqualTo(new Ok<>(List.of(expected), false));
    }

    @Test
    void mapsThePaymentTotalWithItsSplitByMethod() {
        wiremock.stubFor(get(urlPathEqualTo("/payment/payments/total")).willReturn(okJson(Bodies.TOTAL)));

        CallOutcome<PaymentTotal> outcome = payment.total(ctx(), TODAY, TODAY);

        PaymentTotal expected = new PaymentTotal(
                TODAY,
                TODAY,
                new BigDecimal("4213.50"),
                87,
                Map.of(
                        "card", new BigDecimal("3012.00"),
                        "cash", new BigDecimal("901.50"),
                        "mobile", new BigDecimal("300.00")));
        assertThat(outcome).isEqualTo(new Ok<>(expected, false));
    }

    @Test
    void mapsProductsKeyedById() {
        wiremock.stubFor(get("/inventory/products").willReturn(okJson(Bodies.PRODUCTS)));

        CallOutcome<Map<String, Product>> outcome = inventory.products(ctx());

        assertThat(outcome).isEqualTo(new Ok<>(Map.of("p-12", margherita()), false));
    }

    @Test
    void mapsLowStockAsAList() {
        wiremock.stubFor(get("/inventory/products/low-stock").willReturn(okJson("[" + Bodies.PRODUCT + "]")));

        CallOutcome<List<Product>> outcome = inventory.lowStock(ctx());

        assertThat(outcome).isEqualTo(new Ok<>(List.of(margherita()), false));
    }

    @Test
    void mapsTablesWithPartyFieldsOnlyWhenOccupied() {
        wiremock.stubFor(get("/restaurant/tables/status").willReturn(okJson(Bodies.TABLES)));

        CallOutcome<List<TableStatus>> outcome = restaurant.tables(ctx());

        assertThat(outcome)
                .isEqualTo(new Ok<>(
                        List.of(
                                new TableStatus(
                                        "t-4",
                                        4,
                                        4,
                                        "terrace",
                                        "occupied",
                                        3,
                                        OffsetDateTime.parse("2026-11-24T13:10:00+01:00"),
                                        "Ana",
                                        "o-1009"),
                                new TableStatus("t-5", 5, 2, "inside", "free", null, null, null, null)),
                        false));
    }

    @Test
    void mapsTheVerifiedUser() {
        wiremock.stubFor(get("/auth/auth/verify").willReturn(okJson(Bodies.AUTH)));

        CallOutcome<AuthInfo> outcome = auth.verify(TOKEN, CORRELATION_ID);

        AuthInfo expected = new AuthInfo(
                "u-1",
                "Maria Lopez",
                "bistro-1",
                "Bistro Uno",
                "Europe/Madrid",
                "EUR",
                List.of("manager"),
                Set.of("reports:read", "inventory:read", "floor:read"));
        assertThat(outcome).isEqualTo(new Ok<>(expected, false));
    }

    @Test
    void ignoresFieldsTheContractMayAddLater() {
        wiremock.stubFor(get(urlPathEqualTo("/payment/payments/total"))
                .willReturn(okJson("{\"from\": \"2026-11-24\", \"to\": \"2026-11-24\", \"total\": 10.00,"
                        + " \"count\": 1, \"currency\": \"EUR\"}")));

        assertThat(payment.total(ctx(), TODAY, TODAY).data())
                .hasValueSatisfying(total -> assertThat(total.total()).isEqualTo(new BigDecimal("10.00")));
    }

    private static Product margherita() {
        return new Product(
                "p-12",
                "Margherita pizza",
                "PIZ-MAR",
                "mains",
                "each",
                new BigDecimal("12.50"),
                new BigDecimal("3.10"),
                new BigDecimal("14"),
                new BigDecimal("20"));
    }
}
