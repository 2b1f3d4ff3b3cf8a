package io.poschat.simulator;

import io.poschat.simulator.PlannedOrder.Order;
import io.poschat.simulator.PlannedOrder.Payment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Orders and payments of a tenant for a range of days, as they stand at a given instant. */
final class Sales {

    private static final List<String> METHODS = List.of("card", "cash", "mobile", "voucher");

    private final DayPlanner planner;
    /**
     * Plans lately asked for: the orders and the payments of a day are asked for together, and a
     * month's range for three tenants fits, and a day's two calls find it with a hundred other days'
     * calls between them. Kept small on purpose (with 4,000 held, a question's day outlived several young
     * collections and was promoted to the old generation).
     */
    private final RecentPlans<PlanKey> plans = new RecentPlans<>(256);

    Sales(DayPlanner planner) {
        this.planner = planner;
    }

    /** The payment service's total of a range; {@code total} and the methods' sums in hundredths. */
    record PaymentTotal(LocalDate from, LocalDate to, long total, int count, Map<String, Long> byMethod) {}

    /**
     * Keyed by the tenant's id, not the tenant: a record key would hash the whole tenant, its menu
     * and its floor on every lookup.
     */
    private record PlanKey(String tenantId, LocalDate day) {}

    static LocalDate today(Tenant tenant, Instant now) {
        return LocalDate.ofInstant(now, tenant.zone());
    }

    /** The day's plan, whether or not it has happened yet. */
    List<PlannedOrder> plan(Tenant tenant, LocalDate day) {
        return plans.get(new PlanKey(tenant.id(), day), () -> planner.plan(tenant, day));
    }

    List<Order> orders(Tenant tenant, LocalDate from, LocalDate to, Instant now) {
        var orders = new ArrayList<Order>();
        for (List<PlannedOrder> day : begunDays(tenant, from, to, now)) {
            for (PlannedOrder order : day) {
                if (order.existsAt(now)) {
                    orders.add(order.orderAt(now, tenant.zone()));
                }
            }
        }
        return orders;
    }

    List<Order> activeOrders(Tenant tenant, Instant now) {
        return plan(tenant, today(tenant, now)).stream()
                .filter(o -> o.activeAt(now))
                .map(o -> o.orderAt(now, tenant.zone()))
                .toList();
    }

    List<Payment> payments(Tenant tenant, LocalDate from, LocalDate to, Instant now) {
        return planned(tenant, from, to, now)
                .filter(o -> o.paidAt(now))
                .sorted(Comparator.comparing(PlannedOrder::closesAt))
                .map(o -> o.payment(tenant.zone()))
                .toList();
    }

    /**
     * One pass over the paid orders rather than building the payment list and streaming it once per
     * method: sums of money are exact, so the order of adding does not matter.
     */
    PaymentTotal total(Tenant tenant, LocalDate from, LocalDate to, Instant now) {
        long[] byMethod = new long[METHODS.size()];
        boolean[] used = new boolean[METHODS.size()];
        long total = 0;
        int count = 0;
        for (List<PlannedOrder> day : begunDays(tenant, from, to, now)) {
            for (PlannedOrder order : day) {
                if (order.paidAt(now)) {
                    count++;
                    total += order.total();
                    int m = METHODS.indexOf(order.method());
                    if (m >= 0) {
                        byMethod[m] += order.total();
                        used[m] = true;
                    }
                }
            }
        }
        var methods = new LinkedHashMap<String, Long>();
        for (int m = 0; m < byMethod.length; m++) {
            if (used[m]) {
                methods.put(METHODS.get(m), byMethod[m]);
            }
        }
        return new PaymentTotal(from, to, total, count, methods);
    }

    /** Planned orders of the days in range that have begun; later days have no orders yet. */
    private Stream<PlannedOrder> planned(Tenant tenant, LocalDate from, LocalDate to, Instant now) {
        return begunDays(tenant, from, to, now).stream().flatMap(List::stream);
    }

    /** The plans of the days in range up to today. */
    private List<List<PlannedOrder>> begunDays(Tenant tenant, LocalDate from, LocalDate to, Instant now) {
        LocalDate today = today(tenant, now);
        LocalDate last = to.isAfter(today) ? today : to;
        var days = new ArrayList<List<PlannedOrder>>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(plan(tenant, day));
        }
        return days;
    }
}
