package io.poschat.simulator;

import io.poschat.simulator.Tenant.DiningTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An order as the day's plan has it, from the party's arrival to the bill being paid (or the order
 * being cancelled). What a client sees of it depends on the time it asks.
 */
record PlannedOrder(
        String id,
        String paymentId,
        Instant createdAt,
        Instant preparingAt,
        Instant servedAt,
        Instant closesAt,
        boolean cancelled,
        DiningTable table,
        int covers,
        String server,
        List<Item> items,
        BigDecimal total,
        String method,
        BigDecimal tip) {

    record Item(String productId, int quantity, BigDecimal unitPrice, BigDecimal subtotal) {}

    /** The pos service's view of an order. */
    record Order(
            String id,
            OffsetDateTime createdAt,
            String status,
            String tableId,
            int covers,
            String server,
            List<Item> items,
            BigDecimal total) {}

    /** The payment service's view of the payment that closed an order. */
    record Payment(
            String id, String orderId, BigDecimal amount, BigDecimal tip, String method, OffsetDateTime createdAt) {}

    boolean existsAt(Instant now) {
        return !createdAt.isAfter(now);
    }

    boolean activeAt(Instant now) {
        return existsAt(now) && now.isBefore(closesAt);
    }

    boolean paidAt(Instant now) {
        return !cancelled && !now.isBefore(closesAt);
    }

    String statusAt(Instant now) {
        if (!now.isBefore(closesAt)) {
            return cancelled ? "cancelled" : "paid";
        }
        if (now.isBefore(preparingAt)) {
            return "open";
        }
        return now.isBefore(servedAt) ? "preparing" : "served";
    }

    Order orderAt(Instant now, ZoneId zone) {
        return new Order(id, at(createdAt, zone), statusAt(now), table.id(), covers, server, items, total);
    }

    Payment payment(ZoneId zone) {
        return new Payment(paymentId, id, total, tip, method, at(closesAt, zone));
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime();
    }
}
