package io.poschat.simulator;

import io.poschat.simulator.Tenant.DiningTable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The floor right now, read off today's plan: a table is occupied while its party's order is
 * active, in cleaning just after the party leaves, reserved when a party is due within the next
 * half hour, and free otherwise.
 */
final class Tables {

    static final Duration RESERVATION_WINDOW = Duration.ofMinutes(30);

    private final Sales sales;

    Tables(Sales sales) {
        this.sales = sales;
    }

    record TableStatus(
            String id,
            int number,
            int seats,
            String area,
            String status,
            Integer partySize,
            OffsetDateTime seatedAt,
            String server,
            String orderId) {}

    List<TableStatus> status(Tenant tenant, Instant now) {
        List<PlannedOrder> today = sales.plan(tenant, Sales.today(tenant, now));
        return tenant.tables().stream().map(t -> status(tenant, t, today, now)).toList();
    }

    private static TableStatus status(Tenant tenant, DiningTable table, List<PlannedOrder> today, Instant now) {
        Optional<PlannedOrder> seated = find(today, table, o -> o.activeAt(now));
        if (seated.isPresent()) {
            PlannedOrder order = seated.get();
            return new TableStatus(
                    table.id(),
                    table.number(),
                    table.seats(),
                    table.area(),
                    "occupied",
                    order.covers(),
                    PlannedOrder.at(order.createdAt(), tenant.zone()),
                    order.server(),
                    order.id());
        }
        boolean cleaning = find(
                        today,
                        table,
                        o -> !now.isBefore(o.closesAt())
                                && now.isBefore(o.closesAt().plus(DayPlanner.CLEANING)))
                .isPresent();
        boolean reserved = find(
                        today,
                        table,
                        o -> o.createdAt().isAfter(now) && !o.createdAt().isAfter(now.plus(RESERVATION_WINDOW)))
                .isPresent();
        String status = cleaning ? "cleaning" : reserved ? "reserved" : "free";
        return new TableStatus(table.id(), table.number(), table.seats(), table.area(), status, null, null, null, null);
    }

    private static Optional<PlannedOrder> find(
            List<PlannedOrder> orders, DiningTable table, Predicate<PlannedOrder> test) {
        return orders.stream().filter(o -> o.table().equals(table)).filter(test).findFirst();
    }
}
