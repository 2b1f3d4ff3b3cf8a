package io.poschat.downstream;

import static io.poschat.downstream.Contract.required;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An order (ticket) of the pos service. */
public record Order(
        String id,
        OffsetDateTime createdAt,
        String status,
        String tableId,
        Integer covers,
        String server,
        List<OrderItem> items,
        BigDecimal total) {

    public Order {
        required(id, "id");
        required(status, "status");
        required(total, "total");
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean isPaid() {
        return "paid".equals(status);
    }

    public boolean isActive() {
        return switch (status) {
            case "open", "preparing", "served" -> true;
            default -> false;
        };
    }

    public int coversOrZero() {
        return covers == null ? 0 : covers;
    }

    /** One line of an order. */
    public record OrderItem(String productId, int quantity, BigDecimal unitPrice, BigDecimal subtotal) {
        public OrderItem {
            required(productId, "product_id");
        }
    }
}
