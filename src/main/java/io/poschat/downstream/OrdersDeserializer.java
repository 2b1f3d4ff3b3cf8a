package io.poschat.downstream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.poschat.downstream.Order.OrderItem;
import io.poschat.downstream.Orders.Amount;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;

/**
 * Reads a pos body (a list of orders) straight off the token stream into {@link Orders}' columns.
 * Orders are the bulkiest body the chatbot reads (a day is ~40 KB: tens of orders of several items
 * each) and every revenue and top-products answer reads one, so they skip databind's per-property
 * machinery, and amounts are read from their digits without a {@code BigDecimal} each; the rules
 * stay databind's and the contract's: unknown fields are skipped, a field of the wrong JSON type or a
 * time that is not ISO-8601 with an offset is refused with its name, a missing required field too.
 */
final class OrdersDeserializer extends StdDeserializer<Orders> {

    /** Distinct values kept shared: a few tenants' menus, tables and staff many times over. */
    static final int MAX_SHARED = 50_000;

    private final Canonical canonical = new Canonical(MAX_SHARED);

    OrdersDeserializer() {
        super(Orders.class);
    }

    @Override
    public Orders deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw MismatchedInputException.from(p, Orders.class, "orders must be a list, not " + p.currentToken());
        }
        var orders = new Orders.Builder();
        var total = new Amount();
        var subtotal = new Amount();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            order(p, orders, total, subtotal);
        }
        return orders.build();
    }

    private void order(JsonParser p, Orders.Builder orders, Amount total, Amount subtotal) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            throw MismatchedInputException.from(p, Order.class, "the list holds null where an order should be");
        }
        expectObject(p, "an order");
        String id = null;
        OffsetDateTime createdAt = null;
        String status = null;
        String tableId = null;
        Integer covers = null;
        String server = null;
        boolean itemsRead = false;
        total.absent();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = text(p, value, field);
                case "created_at" -> createdAt = time(p, value, field);
                case "status" -> status = canonical.string(text(p, value, field));
                case "table_id" -> tableId = canonical.string(text(p, value, field));
                case "covers" -> covers = integer(p, value, field);
                case "server" -> server = canonical.string(text(p, value, field));
                case "items" -> {
                    if (itemsRead) {
                        throw MismatchedInputException.from(p, Order.class, "field 'items' appears twice");
                    }
                    itemsRead = true;
                    items(p, value, orders, subtotal);
                }
                case "total" -> money(p, value, field, total);
                default -> p.skipChildren();
            }
        }
        orders.order(
                id,
                Order.epochSecond(createdAt),
                Order.nano(createdAt),
                Order.offsetSeconds(createdAt),
                status,
                tableId,
                covers,
                server,
                total);
    }

    private void items(JsonParser p, JsonToken value, Orders.Builder orders, Amount subtotal) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_ARRAY) {
            throw wrongType(p, value, "items", "a list");
        }
        var unitPrice = new Amount();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            item(p, orders, unitPrice, subtotal);
        }
    }

    private void item(JsonParser p, Orders.Builder orders, Amount unitPrice, Amount subtotal) throws IOException {
        expectObject(p, "an order item");
        String productId = null;
        Integer quantity = null;
        unitPrice.absent();
        subtotal.absent();
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "product_id" -> productId = canonical.string(text(p, value, field));
                case "quantity" -> quantity = integer(p, value, field);
                case "unit_price" -> money(p, value, field, unitPrice);
                case "subtotal" -> money(p, value, field, subtotal);
                default -> p.skipChildren();
            }
        }
        if (quantity == null) {
            throw MismatchedInputException.from(p, OrderItem.class, "missing field 'quantity' of an order item");
        }
        orders.item(productId, quantity, unitPrice, subtotal);
    }

    private static void expectObject(JsonParser p, String what) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw MismatchedInputException.from(p, Order.class, what + " must be an object, not " + p.currentToken());
        }
    }

    private static String text(JsonParser p, JsonToken value, String field) throws IOException {
        return switch (value) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            default -> throw wrongType(p, value, field, "a string");
        };
    }

    private static Integer integer(JsonParser p, JsonToken value, String field) throws IOException {
        return switch (value) {
            case VALUE_NUMBER_INT -> p.getIntValue();
            case VALUE_NULL -> null;
            default -> throw wrongType(p, value, field, "a whole number");
        };
    }

    /**
     * An amount exactly as {@code BigDecimal} would read its digits ({@code 12.50}: 1250, scale 2; {@code 5}:
     * 5, scale 0), without making one; an exponent or more digits than a long holds go through
     * Jackson's {@code BigDecimal}.
     */
    private static void money(JsonParser p, JsonToken value, String field, Amount into) throws IOException {
        switch (value) {
            case VALUE_NULL -> into.absent();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (!plainDecimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), into)) {
                    into.set(p.getDecimalValue());
                }
            }
            default -> throw wrongType(p, value, field, "a number");
        }
    }

    /** {@code -?digits(.digits)?} of at most {@value Orders#LONG_DIGITS} digits, else false. */
    static boolean plainDecimal(char[] text, int offset, int length, Amount into) {
        int at = offset;
        int end = offset + length;
        boolean negative = at < end && text[at] == '-';
        if (negative) {
            at++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; at < end; at++) {
            char c = text[at];
            if (c >= '0' && c <= '9') {
                if (++digits > Orders.LONG_DIGITS) {
                    return false;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return false; // an exponent, or not a number at all
            }
        }
        if (digits == 0) {
            return false;
        }
        into.set(negative ? -unscaled : unscaled, Math.max(scale, 0));
        return true;
    }

    private static OffsetDateTime time(JsonParser p, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw wrongType(p, value, field, "an ISO-8601 time");
        }
        try {
            return IsoTimes.parse(p.getText());
        } catch (DateTimeException e) {
            throw MismatchedInputException.from(p, OffsetDateTime.class, "field '" + field + "': " + e.getMessage());
        }
    }

    private static IOException wrongType(JsonParser p, JsonToken value, String field, String expected) {
        return MismatchedInputException.from(
                p, Order.class, "field '" + field + "' must be " + expected + ", not " + value);
    }
}
