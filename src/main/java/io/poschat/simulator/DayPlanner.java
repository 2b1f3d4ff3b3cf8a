package io.poschat.simulator;

import io.poschat.simulator.PlannedOrder.Item;
import io.poschat.simulator.Tenant.DiningTable;
import io.poschat.simulator.Tenant.MenuItem;
import io.poschat.simulator.Tenant.Peak;
import io.poschat.simulator.Tenant.Trading;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Plans a tenant's day: parties arrive around the tenant's peaks, take a free table that fits them
 * (or leave when none is free), order from the menu and pay when they go. The plan depends only on
 * the tenant and the date, so a day always plays out the same way; the clock decides how much of
 * it has happened yet.
 */
final class DayPlanner {

    /** How long a table stays in cleaning after its party leaves. */
    static final Duration CLEANING = Duration.ofMinutes(8);

    private static final double CANCEL_RATE = 0.03;
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Map<DayOfWeek, Double> WEEKDAY_FACTOR = Map.of(
            DayOfWeek.MONDAY, 0.75,
            DayOfWeek.TUESDAY, 0.80,
            DayOfWeek.WEDNESDAY, 0.90,
            DayOfWeek.THURSDAY, 1.00,
            DayOfWeek.FRIDAY, 1.30,
            DayOfWeek.SATURDAY, 1.45,
            DayOfWeek.SUNDAY, 1.10);

    List<PlannedOrder> plan(Tenant tenant, LocalDate day) {
        var rng = new SplittableRandom(seed(tenant.id(), day));
        Map<String, List<MenuItem>> menu = byCategory(tenant);
        var weights = new Weights(tenant, menu);
        var freeFrom = new HashMap<String, Instant>();
        var orders = new ArrayList<PlannedOrder>();
        String prefix = tenant.code() + "-" + ID_DATE.format(day) + "-";
        for (Arrival arrival : arrivals(tenant, day, weights, rng)) {
            Optional<DiningTable> table = freeTable(tenant, arrival, freeFrom, rng);
            if (table.isEmpty()) {
                continue; // no table fits: the party goes elsewhere
            }
            String suffix = prefix + threeDigits(orders.size() + 1);
            PlannedOrder order = order(tenant, menu, weights, day, arrival, table.get(), suffix, rng);
            freeFrom.put(table.get().id(), order.closesAt().plus(CLEANING));
            orders.add(order);
        }
        return List.copyOf(orders);
    }

    /**
     * The weights every draw of a day uses, computed once per day rather than boxed into a new list
     * for every draw (one per guest and course): planning a new day is on the path of every answer
     * about it. Same values, same order, same sums: the plans do not change.
     */
    private static final class Weights {
        final double[] peakShares;
        final double[] partySizes;
        final Map<String, double[]> popularity = new HashMap<>();
        final double[] menuPopularity;
        final List<String> methods;
        final double[] methodShares;

        Weights(Tenant tenant, Map<String, List<MenuItem>> menu) {
            peakShares =
                    tenant.trading().peaks().stream().mapToDouble(Peak::share).toArray();
            partySizes = tenant.trading().partySizes().stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            menu.forEach((category, items) -> popularity.put(category, popularities(items)));
            menuPopularity = popularities(tenant.menu());
            methods = List.copyOf(tenant.paymentShares().keySet());
            methodShares =
                    methods.stream().mapToDouble(tenant.paymentShares()::get).toArray();
        }

        private static double[] popularities(List<MenuItem> items) {
            return items.stream().mapToDouble(m -> (double) m.popularity()).toArray();
        }
    }

    /** {@code "%03d".formatted(n)} without a Formatter. */
    static String threeDigits(int n) {
        String digits = Integer.toString(n);
        return digits.length() >= 3 ? digits : "00".substring(digits.length() - 1) + digits;
    }

    static long seed(String tenantId, LocalDate day) {
        return tenantId.hashCode() * 0x9E3779B97F4A7C15L + day.toEpochDay();
    }

    private record Arrival(Instant at, int covers) {}

    private static List<Arrival> arrivals(Tenant tenant, LocalDate day, Weights weights, SplittableRandom rng) {
        Trading trading = tenant.trading();
        double expected = trading.partiesPerDay() * WEEKDAY_FACTOR.get(day.getDayOfWeek());
        int parties = (int) Math.round(expected * (0.9 + 0.2 * rng.nextDouble()));
        var arrivals = new ArrayList<Arrival>(parties);
        for (int i = 0; i < parties; i++) {
            LocalTime time = arrivalTime(trading, weights, rng);
            Instant at = day.atTime(time).atZone(tenant.zone()).toInstant();
            arrivals.add(new Arrival(at, 1 + pick(weights.partySizes, rng)));
        }
        arrivals.sort(Comparator.comparing(Arrival::at));
        return arrivals;
    }

    private static LocalTime arrivalTime(Trading trading, Weights weights, SplittableRandom rng) {
        Peak peak = trading.peaks().get(pick(weights.peakShares, rng));
        int first = trading.firstSeating().toSecondOfDay();
        int last = trading.lastSeating().toSecondOfDay();
        double seconds = peak.centre().toSecondOfDay() + rng.nextGaussian() * peak.spreadMinutes() * 60;
        return LocalTime.ofSecondOfDay(Math.clamp(Math.round(seconds), first, last));
    }

    /** The smallest free table that seats the party, chosen at random among equals. */
    private static Optional<DiningTable> freeTable(
            Tenant tenant, Arrival arrival, Map<String, Instant> freeFrom, SplittableRandom rng) {
        List<DiningTable> free = tenant.tables().stream()
                .filter(t -> t.seats() >= arrival.covers())
                .filter(t -> !freeFrom.getOrDefault(t.id(), Instant.MIN).isAfter(arrival.at()))
                .toList();
        if (free.isEmpty()) {
            return Optional.empty();
        }
        int smallest = free.stream().mapToInt(DiningTable::seats).min().orElseThrow();
        List<DiningTable> best =
                free.stream().filter(t -> t.seats() == smallest).toList();
        return Optional.of(best.get(rng.nextInt(best.size())));
    }

    private static PlannedOrder order(
            Tenant tenant,
            Map<String, List<MenuItem>> menu,
            Weights weights,
            LocalDate day,
            Arrival arrival,
            DiningTable table,
            String suffix,
            SplittableRandom rng) {
        Trading trading = tenant.trading();
        int stayMinutes = rng.nextInt(trading.minStayMinutes(), trading.maxStayMinutes() + 1)
                + 4 * Math.max(0, arrival.covers() - 2);
        Instant created = arrival.at();
        Instant closing = day.atTime(trading.closing()).atZone(tenant.zone()).toInstant();
        boolean cancelled = rng.nextDouble() < CANCEL_RATE;
        Instant leaves = created.plus(Duration.ofMinutes(cancelled ? rng.nextInt(5, 21) : stayMinutes));
        Instant closes = leaves.isAfter(closing) ? closing : leaves;
        List<Item> items = basket(tenant, menu, weights, arrival.covers(), rng);
        BigDecimal total = items.stream().map(Item::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        String method = weights.methods.get(pick(weights.methodShares, rng));
        return new PlannedOrder(
                "o-" + suffix,
                "pay-" + suffix,
                created,
                created.plus(Duration.ofSeconds(Math.max(120, stayMinutes * 9L))),
                created.plus(Duration.ofSeconds(stayMinutes * 24L)),
                closes,
                cancelled,
                table,
                arrival.covers(),
                tenant.staff().get(table.number() % tenant.staff().size()),
                items,
                total,
                method,
                tip(tenant, method, total, rng));
    }

    /** Each guest orders from each category with the tenant's odds; a rate above 1 means more than one. */
    private static List<Item> basket(
            Tenant tenant, Map<String, List<MenuItem>> byCategory, Weights weights, int covers, SplittableRandom rng) {
        Map<MenuItem, Integer> quantities = new HashMap<>();
        for (int guest = 0; guest < covers; guest++) {
            byCategory.forEach((category, items) -> {
                double rate = tenant.trading().courses().getOrDefault(category, 0.0);
                int count = (int) rate + (rng.nextDouble() < rate % 1 ? 1 : 0);
                for (int i = 0; i < count; i++) {
                    quantities.merge(items.get(pick(weights.popularity.get(category), rng)), 1, Integer::sum);
                }
            });
        }
        if (quantities.isEmpty()) {
            quantities.put(tenant.menu().get(pick(weights.menuPopularity, rng)), 1);
        }
        return tenant.menu().stream()
                .filter(quantities::containsKey)
                .map(m -> {
                    int quantity = quantities.get(m);
                    return new Item(m.id(), quantity, m.price(), m.price().multiply(BigDecimal.valueOf(quantity)));
                })
                .toList();
    }

    /** The menu's categories in menu order, so that draws do not depend on hash order. */
    private static Map<String, List<MenuItem>> byCategory(Tenant tenant) {
        Map<String, List<MenuItem>> byCategory = new LinkedHashMap<>();
        tenant.menu()
                .forEach(m -> byCategory
                        .computeIfAbsent(m.category(), c -> new ArrayList<>())
                        .add(m));
        return byCategory;
    }

    /** Vouchers carry no tip; cash tips are rounded up to a whole unit; cards and phones add the rate. */
    private static BigDecimal tip(Tenant tenant, String method, BigDecimal total, SplittableRandom rng) {
        var tipping = tenant.tipping();
        if (method.equals("voucher") || rng.nextDouble() >= tipping.chance()) {
            return BigDecimal.ZERO.setScale(2);
        }
        double rate = tipping.minRate() + rng.nextDouble() * (tipping.maxRate() - tipping.minRate());
        BigDecimal withTip = total.multiply(BigDecimal.valueOf(1 + rate));
        BigDecimal paid = method.equals("cash")
                ? withTip.setScale(0, RoundingMode.CEILING).setScale(2)
                : withTip.setScale(2, RoundingMode.HALF_UP);
        return paid.subtract(total);
    }

    /** An index drawn with probability proportional to its weight. */
    private static int pick(double[] weights, SplittableRandom rng) {
        double sum = Arrays.stream(weights).sum(); // the same compensated sum as before: the same draws
        double r = rng.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
