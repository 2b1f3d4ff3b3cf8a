package io.poschat.answer;

import static io.poschat.answer.MissingData.gap;
import static io.poschat.answer.Numbers.counted;

import io.poschat.downstream.Product;
import io.poschat.downstream.Service;
import io.poschat.orchestration.Findings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** What is running low, and what the stock on hand is worth: the inventory right now. */
final class StockAnswers {

    /** How many low products a sentence names before "…and 4 more". */
    static final int NAMED = 5;

    /** Units that are counted as they are: "2 kg", never "2 kgs". */
    private static final Set<String> MEASURES = Set.of("kg", "g", "l", "ml", "cl", "lb", "oz");

    private static final Comparator<Product> LOWEST_FIRST =
            Comparator.comparing(StockAnswers::ratio).thenComparing(Product::name);

    private final Formats formats;

    StockAnswers(Formats formats) {
        this.formats = formats;
    }

    Reply lowStock(Findings.LowStock findings) {
        Draft draft = new Draft(formats).suggest("What's the stock worth?", "Top products today");
        Optional<List<Product>> found = findings.products().data();
        if (found.isEmpty()) {
            return draft.nothing("the stock levels", List.of(gap(Service.INVENTORY, findings.products())))
                    .reply();
        }
        List<Product> low = found.get().stream().sorted(LOWEST_FIRST).toList();
        draft.put("count", low.size())
                .put("items", low.stream().map(StockAnswers::data).toList());
        if (low.isEmpty()) {
            draft.say("Nothing is running low right now.");
        } else {
            draft.say(runningLow(low));
        }
        return draft.asOf(Service.INVENTORY, findings.products()).reply();
    }

    Reply inventoryValue(Findings.InventoryValue findings) {
        Draft draft = new Draft(formats).suggest("What's running low?", "Top products today");
        Optional<Map<String, Product>> found = findings.products().data();
        if (found.isEmpty()) {
            return draft.nothing("the value of the stock", List.of(gap(Service.INVENTORY, findings.products())))
                    .reply();
        }
        Collection<Product> products = found.get().values();
        BigDecimal cost = valueAt(products, Product::cost);
        BigDecimal retail = valueAt(products, Product::price);
        draft.put("cost_value", Money.amount(cost))
                .put("retail_value", Money.amount(retail))
                .put("product_count", products.size());
        if (products.isEmpty()) {
            draft.say("There are no products in the inventory yet.");
        } else {
            draft.say("Your stock of " + counted(products.size(), "product", "products") + " is worth "
                    + formats.money(cost) + " at cost and " + formats.money(retail) + " at menu prices.");
        }
        return draft.asOf(Service.INVENTORY, findings.products()).reply();
    }

    /** "3 products are running low, 1 of them out of stock: Basil — out of stock (reorder at 5), …" */
    private static String runningLow(List<Product> low) {
        long out = low.stream().filter(StockAnswers::isOut).count();
        String head = counted(low.size(), "product is", "products are") + " running low";
        if (out > 0 && low.size() > 1) {
            head += ", " + out + " of them out of stock";
        }
        List<String> named = new ArrayList<>(
                low.stream().limit(NAMED).map(StockAnswers::line).toList());
        if (low.size() > NAMED) {
            named.add((low.size() - NAMED) + " more");
        }
        return head + ": " + Words.and(named) + ".";
    }

    /** "Mozzarella — 2 kg left (reorder at 10 kg)", "Basil — out of stock (reorder at 5 bunches)". */
    private static String line(Product product) {
        String reorder = " (reorder at " + amountOf(product.reorderLevel(), product.unit()) + ")";
        if (isOut(product)) {
            return product.name() + " — out of stock" + reorder;
        }
        return product.name() + " — " + amountOf(product.stock(), product.unit()) + " left" + reorder;
    }

    private static String amountOf(BigDecimal quantity, String unit) {
        BigDecimal n = quantity == null ? BigDecimal.ZERO : quantity;
        String number = Numbers.quantity(n);
        if (unit == null || unit.isBlank() || unit.equals("each") || unit.equals("unit") || unit.equals("units")) {
            return number;
        }
        if (MEASURES.contains(unit) || unit.endsWith("s") || n.compareTo(BigDecimal.ONE) == 0) {
            return number + " " + unit;
        }
        return number + " " + (unit.endsWith("ch") || unit.endsWith("sh") ? unit + "es" : unit + "s");
    }

    private static boolean isOut(Product product) {
        return product.stock() == null || product.stock().signum() <= 0;
    }

    /** Stock as a share of its reorder level; without a level, the stock itself orders them. */
    private static BigDecimal ratio(Product product) {
        BigDecimal stock = product.stock() == null ? BigDecimal.ZERO : product.stock();
        BigDecimal level = product.reorderLevel();
        if (level == null || level.signum() <= 0) {
            return stock;
        }
        return stock.divide(level, 6, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> data(Product product) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("product_id", product.id());
        data.put("name", product.name());
        data.put("stock", zeroIfNull(product.stock()));
        data.put("unit", product.unit() == null ? "each" : product.unit());
        data.put("reorder_level", zeroIfNull(product.reorderLevel()));
        data.put("out_of_stock", isOut(product));
        return data;
    }

    private static BigDecimal valueAt(Collection<Product> products, Function<Product, BigDecimal> price) {
        return products.stream()
                .map(p -> zeroIfNull(p.stock()).max(BigDecimal.ZERO).multiply(zeroIfNull(price.apply(p))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal zeroIfNull(BigDecimal n) {
        return n == null ? BigDecimal.ZERO : n;
    }
}
