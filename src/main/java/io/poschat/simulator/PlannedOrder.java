package io.poschat.simulator;

import io.poschat.simulator.Tenant.DiningTable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An order as the day's plan has it, from the party's arrival to the bill being paid (or the order
 * being cancelled). What a client sees of it depends on the time it asks. Money is kept in
 * hundredths of the tenant's currency ({@code total}, {@code tip} and the items' prices): sums are
 * exact, and writing a new day's orders does not format a {@code BigDecimal} per amount.
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
        long total,
        String method,
        long tip) {

    /** A line of the order; {@code unitPrice} and {@code subtotal} in hundredths. */
    record Item(String productId, int quantity, long unitPrice, long subtotal) {}

    /** The pos service's view of an order. */
    record Order(
            String id,
            OffsetDateTime createdAt,
            String status,
            String tableId,
            int covers,
            String server,
            List<Item> items,
            long total) {}

    /** The payment service's view of the payment that closed an order. */
    record Payment(String id, String orderId, long amount, long tip, String method, OffsetDateTime createdAt) {}

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
