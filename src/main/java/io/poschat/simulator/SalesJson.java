package io.poschat.simulator;

import io.poschat.simulator.PlannedOrder.Item;
import io.poschat.simulator.PlannedOrder.Order;
import io.poschat.simulator.PlannedOrder.Payment;
import io.poschat.simulator.Sales.PaymentTotal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes the sales bodies (orders, payments, payment totals) by hand, field for field in the
 * contract's order, straight to bytes ({@link JsonBytes}). A day's orders are ~400 items, and every
 * answer about a new day writes them: Jackson's generator, and a {@code BigDecimal} formatted per
 * amount, were most of the simulator's cost. The bytes are exactly those the generic mapping wrote
 * (GoldenBodiesTest pins them).
 */
final class SalesJson {

    private static final byte[] ID = JsonBytes.ascii("{\"id\":");
    private static final byte[] CREATED_AT = JsonBytes.ascii(",\"created_at\":");
    private static final byte[] STATUS = JsonBytes.ascii(",\"status\":");
    private static final byte[] TABLE_ID = JsonBytes.ascii(",\"table_id\":");
    private static final byte[] COVERS = JsonBytes.ascii(",\"covers\":");
    private static final byte[] SERVER = JsonBytes.ascii(",\"server\":");
    private static final byte[] ITEMS = JsonBytes.ascii(",\"items\":[");
    private static final byte[] PRODUCT_ID = JsonBytes.ascii("{\"product_id\":");
    private static final byte[] QUANTITY = JsonBytes.ascii(",\"quantity\":");
    private static final byte[] UNIT_PRICE = JsonBytes.ascii(",\"unit_price\":");
    private static final byte[] SUBTOTAL = JsonBytes.ascii(",\"subtotal\":");
    private static final byte[] ITEMS_END_TOTAL = JsonBytes.ascii("],\"total\":");
    private static final byte[] ORDER_ID = JsonBytes.ascii(",\"order_id\":");
    private static final byte[] AMOUNT = JsonBytes.ascii(",\"amount\":");
    private static final byte[] TIP = JsonBytes.ascii(",\"tip\":");
    private static final byte[] METHOD = JsonBytes.ascii(",\"method\":");
    private static final byte[] FROM = JsonBytes.ascii("{\"from\":");
    private static final byte[] TO = JsonBytes.ascii(",\"to\":");
    private static final byte[] TOTAL = JsonBytes.ascii(",\"total\":");
    private static final byte[] COUNT = JsonBytes.ascii(",\"count\":");
    private static final byte[] BY_METHOD = JsonBytes.ascii(",\"by_method\":{");
    private static final byte[] COLON = JsonBytes.ascii(":");

    /** A little more than one order with its items takes (~570 bytes), so the buffer is sized once. */
    private static final int ORDER_BYTES = 640;

    private static final int PAYMENT_BYTES = 160;

    private SalesJson() {}

    /** The body of a sales answer, or null when {@code value} is none (it is then Jackson's to write). */
    static byte[] write(Object value) {
        return switch (value) {
            case PaymentTotal total -> total(total);
            case List<?> list
            when !list.isEmpty() && list.getFirst() instanceof Order ->
                array(list, Order.class, ORDER_BYTES, SalesJson::order);
            case List<?> list
            when !list.isEmpty() && list.getFirst() instanceof Payment ->
                array(list, Payment.class, PAYMENT_BYTES, SalesJson::payment);
            case null, default -> null;
        };
    }

    /** A JSON array of {@code list}'s elements, each written by {@code element}. */
    private static <T> byte[] array(List<?> list, Class<T> type, int bytesEach, BiConsumer<T, JsonBytes> element) {
        var out = new JsonBytes(list.size() * bytesEach);
        out.raw('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.raw(',');
            }
            element.accept(type.cast(list.get(i)), out);
        }
        return out.raw(']').toByteArray();
    }

    private static void order(Order order, JsonBytes out) {
        out.raw(ID).string(order.id());
        out.raw(CREATED_AT).time(order.createdAt());
        out.raw(STATUS).string(order.status());
        out.raw(TABLE_ID).string(order.tableId());
        out.raw(COVERS).number(order.covers());
        out.raw(SERVER).string(order.server());
        out.raw(ITEMS);
        List<Item> items = order.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (i > 0) {
                out.raw(',');
            }
            out.raw(PRODUCT_ID).string(item.productId());
            out.raw(QUANTITY).number(item.quantity());
            out.raw(UNIT_PRICE).cents(item.unitPrice());
            out.raw(SUBTOTAL).cents(item.subtotal());
            out.raw('}');
        }
        out.raw(ITEMS_END_TOTAL).cents(order.total());
        out.raw('}');
    }

    private static void payment(Payment payment, JsonBytes out) {
        out.raw(ID).string(payment.id());
        out.raw(ORDER_ID).string(payment.orderId());
        out.raw(AMOUNT).cents(payment.amount());
        out.raw(TIP).cents(payment.tip());
        out.raw(METHOD).string(payment.method());
        out.raw(CREATED_AT).time(payment.createdAt());
        out.raw('}');
    }

    private static byte[] total(PaymentTotal total) {
        var out = new JsonBytes(160);
        out.raw(FROM).string(total.from().toString());
        out.raw(TO).string(total.to().toString());
        out.raw(TOTAL).cents(total.total());
        out.raw(COUNT).number(total.count());
        out.raw(BY_METHOD);
        boolean first = true;
        for (Map.Entry<String, Long> method : total.byMethod().entrySet()) {
            if (!first) {
                out.raw(',');
            }
            first = false;
            out.string(method.getKey()).raw(COLON).cents(method.getValue());
        }
        return out.raw('}').raw('}').toByteArray();
    }
}
