package io.poschat.answer;

import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.Order;
import io.poschat.downstream.Payment;
import io.poschat.downstream.PaymentTotal;
import io.poschat.downstream.Product;
import io.poschat.downstream.TableStatus;
import io.poschat.nlu.Period;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for findings: Bistro Uno in Madrid, on Tuesday 24 November 2026 at 14:30. */
final class Fixtures {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant NOW = OffsetDateTime.parse("2026-11-24T14:30:00+01:00").toInstant();
    static final Clock CLOCK = Clock.fixed(NOW, MADRID);
    static final Audience BISTRO = audience("EUR");
    static final AnswerComposer COMPOSER = new AnswerComposer(CLOCK);

    static final Period TODAY_ONLY = Period.day(TODAY);
    static final Period SATURDAY = Period.day(LocalDate.of(2026, 11, 21));
    static final Period LAST_WEEK = new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));

    private Fixtures() {}

    static Audience audience(String currency) {
        return new Audience("Maria Lopez", "Bistro Uno", Currency.getInstance(currency), MADRID, TODAY);
    }

    static <T> CallOutcome<T> ok(T value) {
        return new CallOutcome.Ok<>(value, false);
    }

    static <T> CallOutcome<T> stale(T value, String time) {
        Instant fetchedAt =
                OffsetDateTime.parse("2026-11-24T" + time + ":00+01:00").toInstant();
        return new CallOutcome.Stale<>(value, fetchedAt, CallOutcome.Problem.TIMEOUT);
    }

    static <T> CallOutcome<T> timedOut() {
        return new CallOutcome.TimedOut<>();
    }

    static <T> CallOutcome<T> failed(CallOutcome.Problem problem) {
        return new CallOutcome.Failed<>(problem);
    }

    static <T> CallOutcome<T> circuitOpen() {
        return new CallOutcome.CircuitOpen<>();
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static Order.OrderItem item(String productId, int quantity, String unitPrice) {
        BigDecimal price = money(unitPrice);
        return new Order.OrderItem(productId, quantity, price, price.multiply(BigDecimal.valueOf(quantity)));
    }

    /** An order whose total is the sum of its items, created at {@code time} today. */
    static Order order(String id, String status, String tableId, String time, Order.OrderItem... items) {
        BigDecimal total =
                List.of(items).stream().map(Order.OrderItem::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        OffsetDateTime created = OffsetDateTime.parse("2026-11-24T" + time + ":00+01:00");
        return new Order(id, created, status, tableId, 2, "Ana", List.of(items), total);
    }

    static Order paid(String id, String total) {
        return order(id, "paid", "t-1", "12:00", item("p-1", 1, total));
    }

    static Order withStatus(String id, String status, String total) {
        return order(id, status, "t-1", "13:00", item("p-1", 1, total));
    }

    /** {@code n} paid orders of {@code amount} each. */
    static List<Order> paidOrders(int n, String amount) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> paid("o-" + i, amount))
                .toList();
    }

    /** {@code n} orders still open (status {@code open}) of €10.00 each. */
    static List<Order> openOrders(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> withStatus("o-open-" + i, "open", "10.00"))
                .toList();
    }

    @SafeVarargs
    static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    static Product product(
            String id, String name, String unit, String price, String cost, String stock, String reorder) {
        return new Product(
                id, name, "SKU-" + id, "mains", unit, money(price), money(cost), money(stock), money(reorder));
    }

    static Payment payment(String id, String orderId, String amount, String method) {
        return new Payment(
                id, orderId, money(amount), money("0.00"), method, OffsetDateTime.parse("2026-11-24T13:00:00+01:00"));
    }

    /** Payment totals for today: pairs of method and amount, e.g. {@code "card", "3012.00"}. */
    static PaymentTotal total(String total, long count, String... methodAmounts) {
        Map<String, BigDecimal> byMethod = new LinkedHashMap<>();
        for (int i = 0; i < methodAmounts.length; i += 2) {
            byMethod.put(methodAmounts[i], money(methodAmounts[i + 1]));
        }
        return new PaymentTotal(TODAY, TODAY, money(total), count, byMethod);
    }

    static TableStatus table(String id, int number, String status, Integer party) {
        OffsetDateTime seated = party == null ? null : OffsetDateTime.parse("2026-11-24T13:10:00+01:00");
        return new TableStatus(id, number, 4, "terrace", status, party, seated, party == null ? null : "Ana", null);
    }

    /** {@code occupied} tables with {@code guestsEach} guests, then the other statuses. */
    static List<TableStatus> floor(int occupied, int guestsEach, int free, int reserved, int cleaning) {
        List<TableStatus> tables = new java.util.ArrayList<>();
        int n = 0;
        for (int i = 0; i < occupied; i++, n++) {
            tables.add(table("t-" + (n + 1), n + 1, "occupied", guestsEach));
        }
        for (int i = 0; i < free; i++, n++) {
            tables.add(table("t-" + (n + 1), n + 1, "free", null));
        }
        for (int i = 0; i < reserved; i++, n++) {
            tables.add(table("t-" + (n + 1), n + 1, "reserved", null));
        }
        for (int i = 0; i < cleaning; i++, n++) {
            tables.add(table("t-" + (n + 1), n + 1, "cleaning", null));
        }
        return tables;
    }
}
