package io.poschat.answer;

import static io.poschat.answer.Fixtures.BISTRO;
import static io.poschat.answer.Fixtures.COMPOSER;
import static io.poschat.answer.Fixtures.circuitOpen;
import static io.poschat.answer.Fixtures.failed;
import static io.poschat.answer.Fixtures.money;
import static io.poschat.answer.Fixtures.ok;
import static io.poschat.answer.Fixtures.product;
import static io.poschat.answer.Fixtures.stale;
import static io.poschat.answer.Fixtures.timedOut;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.Product;
import io.poschat.orchestration.Findings;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StockAnswersTest {

    private static final Product MOZZARELLA = product("p-1", "Mozzarella", "kg", "0", "8.00", "2", "10");
    private static final Product BASIL = product("p-2", "Basil", "bunch", "0", "0.80", "0", "5");
    private static final Product DOUGH = product("p-3", "Pizza dough", "each", "0", "0.40", "12", "20");

    @Test
    void listsLowProductsLowestRatioFirstWithStockUnitAndReorderLevel() {
        Reply reply = COMPOSER.compose(new Findings.LowStock(ok(List.of(DOUGH, MOZZARELLA, BASIL))), BISTRO);

        assertThat(reply.text())
                .isEqualTo("3 products are running low, 1 of them out of stock:"
                        + " Basil — out of stock (reorder at 5 bunches),"
                        + " Mozzarella — 2 kg left (reorder at 10 kg)"
                        + " and Pizza dough — 12 left (reorder at 20).");
        assertThat(reply.data()).containsEntry("count", 3);
        assertThat(reply.data().get("items"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .first()
                .isEqualTo(Map.of(
                        "product_id",
                        "p-2",
                        "name",
                        "Basil",
                        "stock",
                        money("0"),
                        "unit",
                        "bunch",
                        "reorder_level",
                        money("5"),
                        "out_of_stock",
                        true));
        assertThat(reply.suggestions()).containsExactly("What's the stock worth?", "Top products today");
        assertThat(reply.partial()).isFalse();
    }

    @Test
    void oneLowProduct() {
        Reply reply = COMPOSER.compose(new Findings.LowStock(ok(List.of(MOZZARELLA))), BISTRO);

        assertThat(reply.text()).isEqualTo("1 product is running low: Mozzarella — 2 kg left (reorder at 10 kg).");
    }

    @Test
    void aLongListNamesTheLowestFiveAndCountsTheRest() {
        List<Product> low = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> product("p-" + i, "Item " + i, "each", "1", "1", String.valueOf(i), "10"))
                .toList();

        Reply reply = COMPOSER.compose(new Findings.LowStock(ok(low)), BISTRO);

        assertThat(reply.text())
                .isEqualTo("9 products are running low: Item 1 — 1 left (reorder at 10), Item 2 — 2 left (reorder at"
                        + " 10), Item 3 — 3 left (reorder at 10), Item 4 — 4 left (reorder at 10), Item 5 — 5 left"
                        + " (reorder at 10) and 4 more.");
        assertThat(reply.data()).containsEntry("count", 9);
        assertThat(reply.data().get("items"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(9);
    }

    @Test
    void saysNothingIsLow() {
        Reply reply = COMPOSER.compose(new Findings.LowStock(ok(List.of())), BISTRO);

        assertThat(reply.text()).isEqualTo("Nothing is running low right now.");
        assertThat(reply.data()).containsEntry("count", 0);
    }

    @Test
    void withoutTheInventorySaysWhy() {
        Reply reply = COMPOSER.compose(new Findings.LowStock(failed(Problem.MALFORMED)), BISTRO);

        assertThat(reply.text())
                .isEqualTo("I couldn't get the stock levels: the inventory service sent something I couldn't read."
                        + " Please try again in a moment.");
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void usesStaleStockAndSaysAsOfWhen() {
        Reply reply = COMPOSER.compose(new Findings.LowStock(stale(List.of(MOZZARELLA), "14:05")), BISTRO);

        assertThat(reply.text())
                .isEqualTo("1 product is running low: Mozzarella — 2 kg left (reorder at 10 kg)."
                        + " The inventory service didn't answer in time, so I'm using its figures as of 14:05.");
        assertThat(reply.partial()).isFalse();
    }

    private static Map<String, Product> byId(Product... products) {
        return List.of(products).stream().collect(Collectors.toMap(Product::id, Function.identity()));
    }

    @Test
    void valuesTheStockAtCostAndAtMenuPrices() {
        Reply reply = COMPOSER.compose(
                new Findings.InventoryValue(ok(byId(
                        product("p-12", "Margherita pizza", "each", "12.50", "3.10", "14", "20"),
                        product("p-7", "Tiramisu", "each", "6.50", "1.20", "1000", "10")))),
                BISTRO);

        assertThat(reply.text())
                .isEqualTo("Your stock of 2 products is worth €1,243.40 at cost and €6,675.00 at menu prices.");
        assertThat(reply.data())
                .containsEntry("cost_value", money("1243.40"))
                .containsEntry("retail_value", money("6675.00"))
                .containsEntry("product_count", 2);
        assertThat(reply.suggestions()).containsExactly("What's running low?", "Top products today");
    }

    @Test
    void oneProductInStock() {
        Reply reply = COMPOSER.compose(new Findings.InventoryValue(ok(byId(MOZZARELLA))), BISTRO);

        assertThat(reply.text()).isEqualTo("Your stock of 1 product is worth €16.00 at cost and €0.00 at menu prices.");
    }

    @Test
    void anEmptyInventory() {
        Reply reply = COMPOSER.compose(new Findings.InventoryValue(ok(Map.of())), BISTRO);

        assertThat(reply.text()).isEqualTo("There are no products in the inventory yet.");
        assertThat(reply.data()).containsEntry("cost_value", money("0.00")).containsEntry("product_count", 0);
    }

    @Test
    void withoutTheInventoryValueSaysWhy() {
        Reply reply = COMPOSER.compose(new Findings.InventoryValue(circuitOpen()), BISTRO);

        assertThat(reply.text())
                .isEqualTo("I couldn't get the value of the stock: the inventory service is having trouble, so I'm"
                        + " giving it a moment. Please try again shortly.");
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void usesStaleProductsForTheValue() {
        Reply reply = COMPOSER.compose(new Findings.InventoryValue(stale(byId(MOZZARELLA), "09:15")), BISTRO);

        assertThat(reply.text())
                .endsWith("The inventory service didn't answer in time, so I'm using its figures as of 09:15.");
        assertThat(reply.partial()).isFalse();
    }

    @Test
    void withoutTheInventoryInTimeSaysSo() {
        assertThat(COMPOSER.compose(new Findings.InventoryValue(timedOut()), BISTRO)
                        .text())
                .isEqualTo("I couldn't get the value of the stock: the inventory service didn't answer in time."
                        + " Please try again in a moment.");
    }
}
