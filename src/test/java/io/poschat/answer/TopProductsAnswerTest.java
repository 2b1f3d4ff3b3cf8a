package io.poschat.answer;

import static io.poschat.answer.Fixtures.BISTRO;
import static io.poschat.answer.Fixtures.COMPOSER;
import static io.poschat.answer.Fixtures.LAST_WEEK;
import static io.poschat.answer.Fixtures.SATURDAY;
import static io.poschat.answer.Fixtures.TODAY_ONLY;
import static io.poschat.answer.Fixtures.failed;
import static io.poschat.answer.Fixtures.item;
import static io.poschat.answer.Fixtures.money;
import static io.poschat.answer.Fixtures.ok;
import static io.poschat.answer.Fixtures.order;
import static io.poschat.answer.Fixtures.payment;
import static io.poschat.answer.Fixtures.product;
import static io.poschat.answer.Fixtures.stale;
import static io.poschat.answer.Fixtures.timedOut;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.Order;
import io.poschat.downstream.Payment;
import io.poschat.downstream.Product;
import io.poschat.nlu.Period;
import io.poschat.orchestration.Findings;
import io.poschat.orchestration.Findings.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopProductsAnswerTest {

    private static final Map<String, Product> MENU = Map.of(
            "p-12", product("p-12", "Margherita pizza", "each", "12.50", "3.10", "14", "20"),
            "p-7", product("p-7", "Tiramisu", "each", "6.50", "1.20", "30", "10"),
            "p-3", product("p-3", "Espresso", "each", "2.00", "0.30", "500", "50"),
            "p-9", product("p-9", "Lemonade", "each", "3.00", "0.50", "40", "10"));

    /**
     * Sold: pizza 34 (€425.00, of which €375.00 paid), tiramisu 20 (€130.00), espresso 18 (€36.00),
     * lemonade 2 (€6.00), a bottle of wine 1 (€453.00); the cancelled lemonades don't count. Paid
     * orders and payments both come to €1,000.00, as the contract keeps them.
     */
    private static final List<Order> ORDERS = List.of(
            order("o-1", "paid", "t-1", "12:00", item("p-12", 30, "12.50"), item("p-7", 20, "6.50")),
            order("o-2", "paid", "t-2", "12:30", item("p-3", 18, "2.00"), item("p-9", 2, "3.00")),
            order("o-3", "served", "t-3", "13:00", item("p-12", 4, "12.50")),
            order("o-4", "cancelled", "t-4", "13:10", item("p-9", 50, "3.00")),
            order("o-5", "paid", "t-5", "13:20", item("p-20", 1, "453.00")));

    private static final List<Payment> PAYMENTS =
            List.of(payment("pay-1", "o-1", "505.00", "card"), payment("pay-2", "o-2", "495.00", "cash"));

    private static Reply top(
            Period period,
            int limit,
            CallOutcome<List<Order>> orders,
            Step<Map<String, Product>> products,
            CallOutcome<List<Payment>> payments) {
        return COMPOSER.compose(new Findings.TopProducts(period, limit, orders, products, payments), BISTRO);
    }

    private static Step<Map<String, Product>> made(CallOutcome<Map<String, Product>> outcome) {
        return new Step.Made<>(outcome);
    }

    @Test
    void ranksByQuantityWithRevenueAndTheirShareOfTheTakings() {
        Reply reply = top(TODAY_ONLY, 3, ok(ORDERS), made(ok(MENU)), ok(PAYMENTS));

        assertThat(reply.text())
                .isEqualTo("Your top 3 today: 1. Margherita pizza — 34 sold (€425.00), 2. Tiramisu — 20 sold"
                        + " (€130.00), 3. Espresso — 18 sold (€36.00). Together they made 54% of today's takings.");
        assertThat(reply.data()).containsEntry("limit", 3).containsEntry("share_of_takings_percent", 54);
        assertThat(reply.data().get("items"))
                .isEqualTo(List.of(
                        Map.of(
                                "product_id",
                                "p-12",
                                "name",
                                "Margherita pizza",
                                "quantity",
                                34L,
                                "revenue",
                                money("425.00")),
                        Map.of("product_id", "p-7", "name", "Tiramisu", "quantity", 20L, "revenue", money("130.00")),
                        Map.of("product_id", "p-3", "name", "Espresso", "quantity", 18L, "revenue", money("36.00"))));
        assertThat(reply.suggestions()).containsExactly("Revenue today", "Top 10 instead", "What's running low?");
        assertThat(reply.partial()).isFalse();
    }

    @Test
    void oneAskedForIsTheBestSeller() {
        Reply reply = top(LAST_WEEK, 1, ok(ORDERS), made(ok(MENU)), ok(PAYMENTS));

        assertThat(reply.text())
                .isEqualTo("Your best seller last week is Margherita pizza — 34 sold (€425.00)."
                        + " It made 38% of last week's takings.");
    }

    @Test
    void equalQuantitiesAreRankedByRevenue() {
        List<Order> orders =
                List.of(order("o-1", "paid", "t-1", "12:00", item("p-3", 2, "2.00"), item("p-7", 2, "6.50")));

        Reply reply = top(TODAY_ONLY, 1, ok(orders), made(ok(MENU)), ok(List.of()));

        assertThat(reply.text()).isEqualTo("Your best seller today is Tiramisu — 2 sold (€13.00).");
    }

    @Test
    void fewerSoldThanAskedSaysOnly() {
        List<Order> orders =
                List.of(order("o-1", "paid", "t-1", "12:00", item("p-12", 3, "12.50"), item("p-7", 1, "6.50")));
        List<Payment> payments = List.of(payment("pay-1", "o-1", "44.00", "card"));

        Reply reply = top(TODAY_ONLY, 5, ok(orders), made(ok(MENU)), ok(payments));

        assertThat(reply.text())
                .isEqualTo("Only 2 products sold so far today: 1. Margherita pizza — 3 sold (€37.50),"
                        + " 2. Tiramisu — 1 sold (€6.50). Together they made 100% of today's takings.");
        assertThat(reply.data()).containsEntry("limit", 5);
    }

    @Test
    void oneProductSoldOnAPastDay() {
        List<Order> orders = List.of(order("o-1", "paid", "t-1", "12:00", item("p-12", 3, "12.50")));

        Reply reply =
                top(SATURDAY, 5, ok(orders), made(ok(MENU)), ok(List.of(payment("pay-1", "o-1", "37.50", "card"))));

        assertThat(reply.text())
                .isEqualTo("Only 1 product sold on Saturday 21 November: Margherita pizza — 3 sold (€37.50)."
                        + " It made 100% of the takings on Saturday 21 November.");
    }

    @Test
    void saysNothingSoldYet() {
        Reply reply = top(TODAY_ONLY, 5, ok(List.of()), made(ok(Map.of())), ok(List.of()));

        assertThat(reply.text()).isEqualTo("Nothing sold yet today.");
        assertThat(reply.data()).containsEntry("items", List.of());
        assertThat(reply.partial()).isFalse();
    }

    @Test
    void withoutTheInventoryShowsProductIds() {
        Reply reply = top(TODAY_ONLY, 2, ok(ORDERS), made(timedOut()), ok(PAYMENTS));

        assertThat(reply.text())
                .isEqualTo("Your top 2 today: 1. p-12 — 34 sold (€425.00), 2. p-7 — 20 sold (€130.00)."
                        + " Together they made 51% of today's takings."
                        + " The inventory service didn't answer in time, so products are shown by their id.");
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void withoutThePaymentsLeavesOutTheShare() {
        Reply reply = top(TODAY_ONLY, 2, ok(ORDERS), made(ok(MENU)), failed(Problem.SERVER_ERROR));

        assertThat(reply.text())
                .isEqualTo("Your top 2 today: 1. Margherita pizza — 34 sold (€425.00), 2. Tiramisu — 20 sold"
                        + " (€130.00). The payment service had an error, so the share of the takings is missing.");
        assertThat(reply.data()).doesNotContainKey("share_of_takings_percent");
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void withoutTheOrdersSaysWhyAndNothingAboutTheSkippedInventory() {
        Reply reply = top(TODAY_ONLY, 5, timedOut(), new Step.Skipped<>(), ok(PAYMENTS));

        assertThat(reply.text())
                .isEqualTo("I couldn't get today's best sellers: the pos service didn't answer in time."
                        + " Please try again in a moment.");
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void usesStaleOrdersAndSaysAsOfWhen() {
        List<Order> orders = List.of(order("o-1", "paid", "t-1", "12:00", item("p-12", 3, "12.50")));

        Reply reply = top(TODAY_ONLY, 1, stale(orders, "14:02"), made(ok(MENU)), ok(List.of()));

        assertThat(reply.text())
                .isEqualTo("Your best seller today is Margherita pizza — 3 sold (€37.50)."
                        + " The pos service didn't answer in time, so I'm using its figures as of 14:02.");
        assertThat(reply.partial()).isFalse();
    }

    @Test
    void aTopTenOffersATopThree() {
        assertThat(top(TODAY_ONLY, 10, ok(ORDERS), made(ok(MENU)), ok(PAYMENTS)).suggestions())
                .contains("Top 3 instead");
    }
}
