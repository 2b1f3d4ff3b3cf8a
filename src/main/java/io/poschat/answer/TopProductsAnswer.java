package io.poschat.answer;

import static io.poschat.answer.MissingData.gap;

import io.poschat.downstream.Order;
import io.poschat.downstream.Payment;
import io.poschat.downstream.Product;
import io.poschat.downstream.Service;
import io.poschat.orchestration.Findings;
import io.poschat.orchestration.Findings.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Best sellers over a period: the items of every order not cancelled, by quantity and then by
 * revenue; names from the inventory, and the share of the takings from the payments.
 */
final class TopProductsAnswer {

    private final Formats formats;

    TopProductsAnswer(Formats formats) {
        this.formats = formats;
    }

    Reply answer(Findings.TopProducts findings) {
        PeriodPhrase when = formats.period(findings.period());
        int limit = Math.max(1, findings.limit());
        Draft draft = new Draft(formats)
                .suggest(
                        "Revenue " + when.asked(),
                        limit >= 10 ? "Top 3 instead" : "Top 10 instead",
                        "What's running low?");
        Optional<List<Order>> orders = findings.orders().data();
        if (orders.isEmpty()) {
            return draft.nothing(when.of("best sellers"), List.of(gap(Service.POS, findings.orders())))
                    .reply();
        }
        Map<String, Product> products = products(findings.products());
        List<Sold> ranking = Sold.rank(orders.get(), products);
        List<Sold> top = ranking.subList(0, Math.min(limit, ranking.size()));
        draft.put("items", top.stream().map(Sold::data).toList()).put("limit", limit);

        draft.say(ranking(top, ranking.size() < limit, limit, when));
        findings.payments().data().ifPresent(payments -> shareOfTakings(draft, top, orders.get(), payments, when));
        draft.asOf(Service.POS, findings.orders())
                .explain(Service.INVENTORY, findings.products(), "products are shown by their id")
                .explain(Service.PAYMENT, findings.payments(), "the share of the takings is missing");
        return draft.reply();
    }

    private String ranking(List<Sold> top, boolean fewerThanAsked, int limit, PeriodPhrase when) {
        if (top.isEmpty()) {
            return "Nothing sold " + when.yet() + ".";
        }
        if (limit == 1) {
            return "Your best seller " + when.when() + " is " + line(top.getFirst()) + ".";
        }
        if (fewerThanAsked) {
            String sold = Numbers.counted(top.size(), "product", "products") + " sold "
                    + (when.reachesToday() ? "so far " : "") + when.when();
            return "Only " + sold + ": " + lines(top) + ".";
        }
        return "Your top " + limit + " " + when.when() + ": " + lines(top) + ".";
    }

    private String lines(List<Sold> top) {
        if (top.size() == 1) {
            return line(top.getFirst());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            lines.add((i + 1) + ". " + line(top.get(i)));
        }
        return String.join(", ", lines);
    }

    /** "Margherita pizza — 34 sold (€425.00)". */
    private String line(Sold sold) {
        return sold.name() + " — " + Numbers.count(sold.quantity()) + " sold (" + formats.money(sold.revenue()) + ")";
    }

    /** "Together they made 38% of today's takings." — from the paid orders, as the payments are. */
    private static void shareOfTakings(
            Draft draft, List<Sold> top, List<Order> orders, List<Payment> payments, PeriodPhrase when) {
        BigDecimal takings = payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (top.isEmpty() || takings.signum() <= 0) {
            return;
        }
        Set<String> ids = top.stream().map(Sold::productId).collect(Collectors.toSet());
        BigDecimal theirs = orders.stream()
                .filter(Order::isPaid)
                .flatMap(order -> order.items().stream())
                .filter(item -> ids.contains(item.productId()))
                .map(Sold::subtotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int percent = Math.min(100, Numbers.percent(theirs, takings));
        String words = Numbers.percentWords(percent, theirs.signum() > 0);
        draft.put("share_of_takings_percent", percent)
                .say((top.size() == 1 ? "It" : "Together they") + " made " + words + " of " + when.of("takings") + ".");
    }

    private static Map<String, Product> products(Step<Map<String, Product>> step) {
        return switch (step) {
            case Step.Made<Map<String, Product>> made -> made.outcome().data().orElse(Map.of());
            case Step.Skipped<Map<String, Product>> skipped -> Map.of();
        };
    }

    /** What one product sold over the period. */
    record Sold(String productId, String name, long quantity, BigDecimal revenue) {

        private static final Comparator<Sold> BEST_FIRST = Comparator.comparingLong(Sold::quantity)
                .thenComparing(Sold::revenue)
                .reversed()
                .thenComparing(Sold::name);

        static List<Sold> rank(List<Order> orders, Map<String, Product> products) {
            Map<String, Sold> byProduct = new LinkedHashMap<>();
            orders.stream()
                    .filter(order -> !"cancelled".equals(order.status()))
                    .flatMap(order -> order.items().stream())
                    .forEach(item -> byProduct.merge(
                            item.productId(),
                            new Sold(
                                    item.productId(),
                                    nameOf(item.productId(), products),
                                    item.quantity(),
                                    subtotal(item)),
                            Sold::plus));
            return byProduct.values().stream().sorted(BEST_FIRST).toList();
        }

        static BigDecimal subtotal(Order.OrderItem item) {
            if (item.subtotal() != null) {
                return item.subtotal();
            }
            return item.unitPrice() == null
                    ? BigDecimal.ZERO
                    : item.unitPrice().multiply(BigDecimal.valueOf(item.quantity()));
        }

        private static String nameOf(String id, Map<String, Product> products) {
            Product product = products.get(id);
            return product == null ? id : product.name();
        }

        Sold plus(Sold other) {
            return new Sold(productId, name, quantity + other.quantity, revenue.add(other.revenue));
        }

        Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("product_id", productId);
            data.put("name", name);
            data.put("quantity", quantity);
            data.put("revenue", Money.amount(revenue));
            return data;
        }
    }
}
