package io.poschat.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.poschat.simulator.PlannedOrder.Item;
import io.poschat.simulator.PlannedOrder.Order;
import io.poschat.simulator.PlannedOrder.Payment;
import io.poschat.simulator.Sales.PaymentTotal;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Hand-written serializers for the records a day's sales are answered with, and for every date-time.
 * A day's orders are ~400 items; generic bean serialization (reflective accessors, name mangling)
 * and a pattern-based formatter for every time stamp were most of the cost of answering about a
 * new day. The bytes are exactly those the generic mapping wrote, field for field in record order
 * (GoldenBodiesTest pins them).
 */
final class SalesJson {

    private SalesJson() {}

    static SimpleModule module() {
        return new SimpleModule("simulator-sales")
                .addSerializer(OffsetDateTime.class, new Writer<>(OffsetDateTime.class, SalesJson::time))
                .addSerializer(Order.class, new Writer<>(Order.class, SalesJson::order))
                .addSerializer(Payment.class, new Writer<>(Payment.class, SalesJson::payment))
                .addSerializer(PaymentTotal.class, new Writer<>(PaymentTotal.class, SalesJson::total));
    }

    private interface Write<T> {
        void write(T value, JsonGenerator json) throws IOException;
    }

    private static final class Writer<T> extends StdSerializer<T> {
        private final transient Write<T> write;

        Writer(Class<T> type, Write<T> write) {
            super(type);
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
            write.write(value, json);
        }
    }

    private static void order(Order order, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", order.id());
        json.writeFieldName("created_at");
        time(order.createdAt(), json);
        json.writeStringField("status", order.status());
        json.writeStringField("table_id", order.tableId());
        json.writeNumberField("covers", order.covers());
        json.writeStringField("server", order.server());
        json.writeArrayFieldStart("items");
        for (Item item : order.items()) {
            json.writeStartObject();
            json.writeStringField("product_id", item.productId());
            json.writeNumberField("quantity", item.quantity());
            money(json, "unit_price", item.unitPrice());
            money(json, "subtotal", item.subtotal());
            json.writeEndObject();
        }
        json.writeEndArray();
        money(json, "total", order.total());
        json.writeEndObject();
    }

    private static void payment(Payment payment, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", payment.id());
        json.writeStringField("order_id", payment.orderId());
        money(json, "amount", payment.amount());
        money(json, "tip", payment.tip());
        json.writeStringField("method", payment.method());
        json.writeFieldName("created_at");
        time(payment.createdAt(), json);
        json.writeEndObject();
    }

    private static void total(PaymentTotal total, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("from", total.from().toString());
        json.writeStringField("to", total.to().toString());
        money(json, "total", total.total());
        json.writeNumberField("count", total.count());
        json.writeObjectFieldStart("by_method");
        for (Map.Entry<String, BigDecimal> method : total.byMethod().entrySet()) {
            money(json, method.getKey(), method.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Written plain ({@code 12.50}, never {@code 1.25E+1}): the mapper enables WRITE_BIGDECIMAL_AS_PLAIN. */
    private static void money(JsonGenerator json, String name, BigDecimal amount) throws IOException {
        json.writeFieldName(name);
        if (amount == null) {
            json.writeNull();
        } else {
            json.writeNumber(amount);
        }
    }

    /** Always a numeric offset, {@code +00:00} rather than {@code Z}, as the contract's examples show. */
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /**
     * {@code uuuu-MM-dd'T'HH:mm:ssxxx} by hand for the usual case (a four-digit year, an offset of
     * whole minutes); anything else goes through the formatter, which knows the rarer forms.
     */
    static void time(OffsetDateTime time, JsonGenerator json) throws IOException {
        if (time == null) {
            json.writeNull();
            return;
        }
        int year = time.getYear();
        int offset = time.getOffset().getTotalSeconds();
        if (year < 1000 || year > 9999 || offset % 60 != 0) {
            json.writeString(OFFSET_TIME.format(time));
            return;
        }
        char[] out = new char[25];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, time.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, time.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, time.getHour(), 2);
        out[13] = ':';
        digits(out, 14, time.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, time.getSecond(), 2);
        out[19] = offset < 0 ? '-' : '+';
        int minutes = Math.abs(offset) / 60;
        digits(out, 20, minutes / 60, 2);
        out[22] = ':';
        digits(out, 23, minutes % 60, 2);
        json.writeString(out, 0, out.length);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
