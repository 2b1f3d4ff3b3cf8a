package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The consistency rules of downstream-api.md, checked over HTTP for every demo tenant on each of
 * the 60 days up to and including today.
 */
class ConsistencyPropertyTest extends EmbeddedSimulatorTest {

    private static final int DAYS = 60;
    private static final Set<String> STATUSES = Set.of("open", "preparing", "served", "paid", "cancelled");

    private record Login(String tenant, String token, String idPrefix) {}

    private static final List<Login> LOGINS = List.of(
            new Login("bistro-1", "demo-manager", "o-bu-"),
            new Login("cafe-2", "demo-cafe", "o-cd-"),
            new Login("trattoria-3", "demo-trattoria", "o-tt-"));

    @Test
    void paymentsTotalsAndPaidOrdersAgreeOnEveryDay() {
        for (Login login : LOGINS) {
            LocalDate today = Sales.today(Catalogue.tenant(login.tenant()).orElseThrow(), SimulatorTestApp.NOW);
            for (int back = 0; back < DAYS; back++) {
                LocalDate day = today.minusDays(back);
                String where = login.tenant() + " " + day;
                JsonNode orders = get(login, Service.POS, "/orders?date=" + day);
                JsonNode payments = get(login, Service.PAYMENT, "/payments?date=" + day);
                JsonNode total = get(login, Service.PAYMENT, "/payments/total?from=" + day + "&to=" + day);

                assertOrdersAddUp(orders, login, where);
                assertPaymentsMatchPaidOrders(payments, orders, where);
                assertTotalMatchesPayments(total, payments, where);
                assertThat(get(login, Service.PAYMENT, "/payments/daily-total?date=" + day))
                        .as(where)
                        .isEqualTo(total);
            }
        }
    }

    @Test
    void aRangeTotalIsTheSumOfItsDailyTotals() {
        for (Login login : LOGINS) {
            LocalDate today = Sales.today(Catalogue.tenant(login.tenant()).orElseThrow(), SimulatorTestApp.NOW);
            for (int week = 0; week < 8; week++) {
                LocalDate to = today.minusDays(7L * week);
                LocalDate from = to.minusDays(6);
                JsonNode range = get(login, Service.PAYMENT, "/payments/total?from=" + from + "&to=" + to);
                BigDecimal sum = BigDecimal.ZERO;
                int count = 0;
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    JsonNode daily = get(login, Service.PAYMENT, "/payments/daily-total?date=" + d);
                    sum = sum.add(daily.get("total").decimalValue());
                    count += daily.get("count").asInt();
                }
                assertThat(range.get("total").decimalValue()).isEqualByComparingTo(sum);
                assertThat(range.get("count").asInt()).isEqualTo(count);
                assertThat(get(login, Service.PAYMENT, "/payments?from=" + from + "&to=" + to)
                                .size())
                        .isEqualTo(count);
            }
        }
    }

    @Test
    void pastDaysAreIdenticalOnEveryCall() {
        for (Login login : LOGINS) {
            LocalDate today = Sales.today(Catalogue.tenant(login.tenant()).orElseThrow(), SimulatorTestApp.NOW);
            for (int back = 1; back < DAYS; back += 7) {
                LocalDate day = today.minusDays(back);
                for (String call : List.of("/orders?date=" + day, "/payments?date=" + day)) {
                    Service service = call.startsWith("/orders") ? Service.POS : Service.PAYMENT;
                    String first = sim.get(service, call, login.tenant(), login.token())
                            .body();
                    String second = sim.get(service, call, login.tenant(), login.token())
                            .body();
                    assertThat(second).isEqualTo(first);
                }
            }
        }
    }

    @Test
    void tenantsNeverSeeEachOthersRows() {
        Map<String, Set<String>> idsByTenant = new HashMap<>();
        for (Login login : LOGINS) {
            LocalDate today = Sales.today(Catalogue.tenant(login.tenant()).orElseThrow(), SimulatorTestApp.NOW);
            JsonNode orders = get(login, Service.POS, "/orders?from=" + today.minusDays(13) + "&to=" + today);
            Set<String> ids = new HashSet<>(ContractTest.ids(orders));
            assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith(login.idPrefix()));
            idsByTenant.put(login.tenant(), ids);
        }
        for (Login a : LOGINS) {
            for (Login b : LOGINS) {
                if (a != b) {
                    assertThat(idsByTenant.get(a.tenant())).doesNotContainAnyElementsOf(idsByTenant.get(b.tenant()));
                }
            }
        }
    }

    @Test
    void todayHoldsOnlyWhatHasHappenedAndTheFloorMatchesTheActiveOrders() {
        for (Login login : LOGINS) {
            Tenant tenant = Catalogue.tenant(login.tenant()).orElseThrow();
            LocalDate today = Sales.today(tenant, SimulatorTestApp.NOW);
            JsonNode orders = get(login, Service.POS, "/orders?date=" + today);
            orders.forEach(o -> assertThat(
                            OffsetDateTime.parse(o.get("created_at").asText()).toInstant())
                    .isBeforeOrEqualTo(SimulatorTestApp.NOW));
            assertThat(get(login, Service.POS, "/orders?date=" + today.plusDays(1)))
                    .isEmpty();

            Set<String> active = new HashSet<>(ContractTest.ids(get(login, Service.POS, "/orders/active")));
            Set<String> occupied = new HashSet<>();
            for (JsonNode table : get(login, Service.RESTAURANT, "/tables/status")) {
                if (table.get("status").asText().equals("occupied")) {
                    occupied.add(table.get("order_id").asText());
                }
            }
            assertThat(occupied).as(login.tenant()).isEqualTo(active);
        }
    }

    private static void assertOrdersAddUp(JsonNode orders, Login login, String where) {
        for (JsonNode order : orders) {
            assertThat(order.get("id").asText()).startsWith(login.idPrefix());
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode item : order.get("items")) {
                BigDecimal subtotal = item.get("subtotal").decimalValue();
                assertThat(subtotal)
                        .as(where)
                        .isEqualByComparingTo(item.get("unit_price")
                                .decimalValue()
                                .multiply(
                                        BigDecimal.valueOf(item.get("quantity").asInt())));
                sum = sum.add(subtotal);
            }
            assertThat(order.get("total").decimalValue()).as(where).isEqualByComparingTo(sum);
        }
    }

    private static void assertPaymentsMatchPaidOrders(JsonNode payments, JsonNode orders, String where) {
        Map<String, BigDecimal> paidTotals = new HashMap<>();
        orders.forEach(o -> {
            if (o.get("status").asText().equals("paid")) {
                paidTotals.put(o.get("id").asText(), o.get("total").decimalValue());
            }
        });
        Set<String> paidFor = new HashSet<>();
        for (JsonNode payment : payments) {
            String orderId = payment.get("order_id").asText();
            assertThat(paidTotals).as(where).containsKey(orderId);
            assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo(paidTotals.get(orderId));
            assertThat(payment.get("tip").decimalValue()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(paidFor.add(orderId)).as("one payment per order").isTrue();
        }
        assertThat(paidFor).as(where).isEqualTo(paidTotals.keySet());
        orders.forEach(o -> assertThat(o.get("status").asText()).isIn(STATUSES));
    }

    private static void assertTotalMatchesPayments(JsonNode total, JsonNode payments, String where) {
        BigDecimal sum = BigDecimal.ZERO;
        Map<String, BigDecimal> byMethod = new HashMap<>();
        for (JsonNode payment : payments) {
            BigDecimal amount = payment.get("amount").decimalValue();
            sum = sum.add(amount);
            byMethod.merge(payment.get("method").asText(), amount, BigDecimal::add);
        }
        assertThat(total.get("total").decimalValue()).as(where).isEqualByComparingTo(sum);
        assertThat(total.get("count").asInt()).as(where).isEqualTo(payments.size());
        JsonNode reported = total.get("by_method");
        assertThat(ContractTest.fields(reported)).containsExactlyInAnyOrderElementsOf(byMethod.keySet());
        BigDecimal methodSum = BigDecimal.ZERO;
        for (var method : byMethod.entrySet()) {
            assertThat(reported.get(method.getKey()).decimalValue()).isEqualByComparingTo(method.getValue());
            methodSum = methodSum.add(reported.get(method.getKey()).decimalValue());
        }
        assertThat(methodSum).as(where).isEqualByComparingTo(total.get("total").decimalValue());
    }

    private JsonNode get(Login login, Service service, String pathAndQuery) {
        return sim.json(service, pathAndQuery, login.tenant(), login.token());
    }
}
