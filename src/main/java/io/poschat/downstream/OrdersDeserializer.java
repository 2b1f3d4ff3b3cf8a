package io.poschat.downstream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.poschat.downstream.Order.OrderItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one order straight off the token stream. Orders are the bulkiest body the chatbot reads (a
 * day is ~40 KB: tens of orders of several items each) and every revenue and top-products answer
 * reads one, so they skip databind's per-property machinery; the rules stay databind's and the
 * contract's: unknown fields are skipped, a field of the wrong JSON type or a time that is not
 * ISO-8601 with an offset is refused with its name, a missing required field by {@link Order}.
 */
final class OrderDeserializer extends StdDeserializer<Order> {

    /** Distinct values kept shared: a few tenants' menus, tables and staff many times over. */
    static final int MAX_SHARED = 50_000;

    private final Canonical canonical = new Canonical(MAX_SHARED);

    OrderDeserializer() {
        super(Order.class);
    }

    @Override
    public Order deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        expectObject(p, "an order");
        String id = null;
        OffsetDateTime createdAt = null;
        String status = null;
        String tableId = null;
        Integer covers = null;
        String server = null;
        List<OrderItem> items = null;
        BigDecimal total = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "id" -> id = text(p, value, field);
                case "created_at" -> createdAt = time(p, value, field);
                case "status" -> status = canonical.string(text(p, value, field));
                case "table_id" -> tableId = canonical.string(text(p, value, field));
                case "covers" -> covers = integer(p, value, field);
                case "server" -> server = canonical.string(text(p, value, field));
                case "items" -> items = items(p, value);
                case "total" -> total = money(p, value, field);
                default -> p.skipChildren();
            }
        }
        return new Order(id, createdAt, status, tableId, covers, server, items, total);
    }

    private List<OrderItem> items(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.START_ARRAY) {
            throw wrongType(p, value, "items", "a list");
        }
        List<OrderItem> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(item(p));
        }
        return items;
    }

    private OrderItem item(JsonParser p) throws IOException {
        expectObject(p, "an order item");
        String productId = null;
        Integer quantity = null;
        BigDecimal unitPrice = null;
        BigDecimal subtotal = null;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (field) {
                case "product_id" -> productId = canonical.string(text(p, value, field));
                case "quantity" -> quantity = integer(p, value, field);
                case "unit_price" -> unitPrice = canonical.value(money(p, value, field));
                case "subtotal" -> subtotal = canonical.value(money(p, value, field));
                default -> p.skipChildren();
            }
        }
        if (quantity == null) {
            throw MismatchedInputException.from(p, OrderItem.class, "missing field 'quantity' of an order item");
        }
        return new OrderItem(productId, quantity, unitPrice, subtotal);
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

    private static BigDecimal money(JsonParser p, JsonToken value, String field) throws IOException {
        return switch (value) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_NULL -> null;
            default -> throw wrongType(p, value, field, "a number");
        };
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
