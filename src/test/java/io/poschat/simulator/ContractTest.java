package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five services' shapes and errors as downstream-api.md states them, over real HTTP. */
class ContractTest extends EmbeddedSimulatorTest {

    private static final Pattern MONEY_FIELD = Pattern.compile(
            "\"(total|unit_price|subtotal|amount|tip|price|cost|card|cash|mobile|voucher)\":([^,}\\]]+)");
    private static final Pattern TWO_DECIMALS = Pattern.compile("\\d+\\.\\d{2}");
    private static final Pattern TIME_FIELD = Pattern.compile("\"(created_at|seated_at)\":\"([^\"]+)\"");

    @Test
    void verifiesTheManagerTokenAsMariaOfBistroUno() {
        JsonNode body = sim.json(Service.AUTH, "/auth/verify", null, "demo-manager");
        assertThat(body).isEqualTo(SimClient.parse("""
                {"user_id": "u-1", "name": "Maria Lopez", "tenant_id": "bistro-1", "tenant_name": "Bistro Uno",
                 "timezone": "Europe/Madrid", "currency": "EUR", "roles": ["manager"],
                 "permissions": ["reports:read", "inventory:read", "floor:read"]}
                """));
    }

    @ParameterizedTest
    @CsvSource({
        "demo-waiter, bistro-1, Europe/Madrid, EUR, floor:read|inventory:read",
        "demo-cafe, cafe-2, Europe/London, GBP, reports:read|inventory:read|floor:read",
        "demo-trattoria, trattoria-3, America/New_York, USD, reports:read|inventory:read|floor:read"
    })
    void verifiesEachDemoTokenForItsTenant(
            String token, String tenant, String timezone, String currency, String permissions) {
        JsonNode body = sim.json(Service.AUTH, "/auth/verify", null, token);
        assertThat(body.get("tenant_id").asText()).isEqualTo(tenant);
        assertThat(body.get("timezone").asText()).isEqualTo(timezone);
        assertThat(body.get("currency").asText()).isEqualTo(currency);
        assertThat(texts(body.get("permissions"))).containsExactly(permissions.split("\\|"));
    }

    @Test
    void verifyRejectsUnknownAndMissingTokensWith401() {
        for (String token : new String[] {"not-a-token", null}) {
            HttpResponse<String> response = sim.get(Service.AUTH, "/auth/verify", null, token);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(SimClient.parse(response.body()).get("error").asText()).isEqualTo("invalid_token");
            assertThat(SimClient.parse(response.body()).get("message").asText()).isNotBlank();
        }
    }

    @Test
    void ordersHaveExactlyTheContractsSnakeCaseFields() {
        JsonNode orders = sim.json(Service.POS, "/orders?date=2026-11-20");
        assertThat(orders.isArray()).isTrue();
        assertThat(orders.size()).isGreaterThan(20);
        for (JsonNode order : orders) {
            assertThat(fields(order))
                    .containsExactly("id", "created_at", "status", "table_id", "covers", "server", "items", "total");
            assertThat(order.get("status").asText()).isIn("paid", "cancelled");
            for (JsonNode item : order.get("items")) {
                assertThat(fields(item)).containsExactly("product_id", "quantity", "unit_price", "subtotal");
            }
        }
    }

    @Test
    void ordersOfARangeAreTheOrdersOfItsDays() {
        JsonNode range = sim.json(Service.POS, "/orders?from=2026-11-19&to=2026-11-20");
        int first = sim.json(Service.POS, "/orders?date=2026-11-19").size();
        int second = sim.json(Service.POS, "/orders?date=2026-11-20").size();
        assertThat(range.size()).isEqualTo(first + second);
    }

    @Test
    void activeOrdersAreTodaysOpenPreparingAndServedOrders() {
        JsonNode active = sim.json(Service.POS, "/orders/active");
        assertThat(active.size()).isPositive();
        for (JsonNode order : active) {
            assertThat(order.get("status").asText()).isIn("open", "preparing", "served");
            assertThat(order.get("created_at").asText()).startsWith("2026-11-24T");
        }
        List<String> todaysActive = new ArrayList<>();
        for (JsonNode order : sim.json(Service.POS, "/orders?date=2026-11-24")) {
            if (Set.of("open", "preparing", "served")
                    .contains(order.get("status").asText())) {
                todaysActive.add(order.get("id").asText());
            }
        }
        assertThat(ids(active)).containsExactlyElementsOf(todaysActive);
    }

    @Test
    void moneyHasTwoDecimalsAndTimesCarryTheTenantsOffset() {
        String madrid = sim.get(Service.POS, "/orders?date=2026-11-24").body()
                + sim.get(Service.PAYMENT, "/payments?date=2026-11-24").body()
                + sim.get(Service.PAYMENT, "/payments/total?from=2026-11-01&to=2026-11-24")
                        .body()
                + sim.get(Service.INVENTORY, "/products").body()
                + sim.get(Service.RESTAURANT, "/tables/status").body();
        assertMoneyAndTimes(madrid, "+01:00");
        String london = sim.get(Service.POS, "/orders?date=2026-11-24", "cafe-2", "demo-cafe")
                        .body()
                + sim.get(Service.PAYMENT, "/payments?date=2026-11-24", "cafe-2", "demo-cafe")
                        .body();
        assertMoneyAndTimes(london, "+00:00");
        String newYork = sim.get(Service.PAYMENT, "/payments?date=2026-11-23", "trattoria-3", "demo-trattoria")
                .body();
        assertMoneyAndTimes(newYork, "-05:00");
    }

    @Test
    void paymentsCarryTheContractsFieldsAndKnownMethods() {
        JsonNode payments = sim.json(Service.PAYMENT, "/payments?date=2026-11-20");
        assertThat(payments.size()).isGreaterThan(20);
        for (JsonNode payment : payments) {
            assertThat(fields(payment)).containsExactly("id", "order_id", "amount", "tip", "method", "created_at");
            assertThat(payment.get("method").asText()).isIn("card", "cash", "mobile", "voucher");
        }
    }

    @Test
    void paymentTotalHasTheContractsShapeAndDailyTotalIsTheSameForOneDay() {
        JsonNode total = sim.json(Service.PAYMENT, "/payments/total?from=2026-11-20&to=2026-11-20");
        assertThat(fields(total)).containsExactly("from", "to", "total", "count", "by_method");
        assertThat(total.get("from").asText()).isEqualTo("2026-11-20");
        assertThat(total.get("to").asText()).isEqualTo("2026-11-20");
        assertThat(sim.json(Service.PAYMENT, "/payments/daily-total?date=2026-11-20"))
                .isEqualTo(total);
    }

    @Test
    void productsAreKeyedByIdAndCanBeAskedForByIds() {
        JsonNode all = sim.json(Service.INVENTORY, "/products");
        assertThat(all.size()).isEqualTo(18);
        JsonNode p1 = all.get("p-1");
        assertThat(fields(p1))
                .containsExactly("id", "name", "sku", "category", "unit", "price", "cost", "stock", "reorder_level");
        assertThat(p1.get("id").asText()).isEqualTo("p-1");

        JsonNode some = sim.json(Service.INVENTORY, "/products?ids=p-2,p-99,p-5");
        assertThat(fields(some)).containsExactly("p-2", "p-5");
        assertThat(some.get("p-5")).isEqualTo(all.get("p-5"));
    }

    @Test
    void lowStockListsProductsAtOrBelowReorderLevelLowestRatioFirst() {
        JsonNode low = sim.json(Service.INVENTORY, "/products/low-stock");
        assertThat(low.size()).isBetween(3, 6);
        double previous = -1;
        for (JsonNode product : low) {
            double ratio = product.get("stock").asDouble()
                    / product.get("reorder_level").asDouble();
            assertThat(ratio).isLessThanOrEqualTo(1).isGreaterThanOrEqualTo(previous);
            previous = ratio;
        }
    }

    @Test
    void tablesShowPartiesOnlyWhereOccupiedAndEachOccupiedTableHasAnActiveOrder() {
        JsonNode tables = sim.json(Service.RESTAURANT, "/tables/status");
        assertThat(tables.size()).isEqualTo(16);
        Set<String> active = new HashSet<>(ids(sim.json(Service.POS, "/orders/active")));
        for (JsonNode table : tables) {
            assertThat(fields(table))
                    .containsExactly(
                            "id", "number", "seats", "area", "status", "party_size", "seated_at", "server", "order_id");
            String status = table.get("status").asText();
            assertThat(status).isIn("free", "occupied", "reserved", "cleaning");
            if (status.equals("occupied")) {
                assertThat(active).contains(table.get("order_id").asText());
                assertThat(table.get("party_size").asInt())
                        .isBetween(1, table.get("seats").asInt());
            } else {
                assertThat(table.get("party_size").isNull()).isTrue();
                assertThat(table.get("seated_at").isNull()).isTrue();
                assertThat(table.get("server").isNull()).isTrue();
                assertThat(table.get("order_id").isNull()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {
                "/orders?date=2026-11-24, none, demo-manager, 400, bad_request",
                "/orders?date=24-11-2026, bistro-1, demo-manager, 400, bad_request",
                "/orders?date=2026-02-30, bistro-1, demo-manager, 400, bad_request",
                "/orders?from=2026-11-24&to=2026-11-01, bistro-1, demo-manager, 400, bad_request",
                "/orders?from=2026-11-24, bistro-1, demo-manager, 400, bad_request",
                "/orders, bistro-1, demo-manager, 400, bad_request",
                "/orders?date=2026-11-24, bistro-1, none, 401, invalid_token",
                "/orders?date=2026-11-24, bistro-1, stolen-token, 401, invalid_token",
                "/orders?date=2026-11-24, bistro-1, demo-cafe, 403, forbidden",
                "/orders?date=2026-11-24, no-such-tenant, demo-manager, 403, forbidden",
                "/no-such-thing, bistro-1, demo-manager, 404, not_found"
            })
    void posAnswersBadRequestsWithTheContractsErrorBody(
            String pathAndQuery, String tenant, String token, int status, String error) {
        HttpResponse<String> response = sim.get(Service.POS, pathAndQuery, tenant, token);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = SimClient.parse(response.body());
        assertThat(fields(body)).containsExactly("error", "message");
        assertThat(body.get("error").asText()).isEqualTo(error);
    }

    @Test
    void everyTenantScopedServiceChecksTenantAndToken() {
        String[][] calls = {
            {"INVENTORY", "/products"},
            {"INVENTORY", "/products/low-stock"},
            {"PAYMENT", "/payments?date=2026-11-24"},
            {"PAYMENT", "/payments/total?from=2026-11-24&to=2026-11-24"},
            {"PAYMENT", "/payments/daily-total?date=2026-11-24"},
            {"RESTAURANT", "/tables/status"},
            {"POS", "/orders/active"}
        };
        for (String[] call : calls) {
            Service service = Service.valueOf(call[0]);
            assertThat(sim.get(service, call[1], null, "demo-manager").statusCode())
                    .isEqualTo(400);
            assertThat(sim.get(service, call[1], "bistro-1", null).statusCode()).isEqualTo(401);
            assertThat(sim.get(service, call[1], "bistro-1", "demo-cafe").statusCode())
                    .isEqualTo(403);
            assertThat(sim.get(service, call[1], "cafe-2", "demo-cafe").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aMalformedDailyTotalDateIsABadRequest() {
        HttpResponse<String> response = sim.get(Service.PAYMENT, "/payments/daily-total?date=yesterday");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"bad_request\"");
    }

    @Test
    void theWaiterMayReadTheFloorOfTheirOwnTenant() {
        assertThat(sim.get(Service.RESTAURANT, "/tables/status", "bistro-1", "demo-waiter")
                        .statusCode())
                .isEqualTo(200);
    }

    private static void assertMoneyAndTimes(String text, String offset) {
        var money = MONEY_FIELD.matcher(text);
        int amounts = 0;
        while (money.find()) {
            assertThat(money.group(2)).as(money.group()).matches(TWO_DECIMALS);
            amounts++;
        }
        assertThat(amounts).isPositive();
        var times = TIME_FIELD.matcher(text);
        int stamps = 0;
        while (times.find()) {
            assertThat(times.group(2)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d" + Pattern.quote(offset));
            stamps++;
        }
        assertThat(stamps).isPositive();
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
