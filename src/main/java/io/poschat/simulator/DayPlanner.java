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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Per tenant id; rebuilt if a different tenant comes with the same id (tests may build their own). */
    private final Map<String, TenantProfile> profiles = new ConcurrentHashMap<>();

    List<PlannedOrder> plan(Tenant tenant, LocalDate day) {
        TenantProfile profile = profile(tenant);
        var rng = new SplittableRandom(seed(tenant.id(), day));
        Instant closing =
                day.atTime(tenant.trading().closing()).atZone(tenant.zone()).toInstant();
        Instant[] freeFrom = new Instant[profile.seats().length];
        var orders = new ArrayList<PlannedOrder>();
        String prefix = tenant.code() + "-" + ID_DATE.format(day) + "-";
        for (Arrival arrival : arrivals(profile, day, rng)) {
            int table = freeTable(profile.seats(), arrival, freeFrom, rng);
            if (table < 0) {
                continue; // no table fits: the party goes elsewhere
            }
            String suffix = prefix + threeDigits(orders.size() + 1);
            PlannedOrder order =
                    order(profile, closing, arrival, tenant.tables().get(table), suffix, rng);
            freeFrom[table] = order.closesAt().plus(CLEANING);
            orders.add(order);
        }
        return List.copyOf(orders);
    }

    private TenantProfile profile(Tenant tenant) {
        TenantProfile profile = profiles.get(tenant.id());
        if (profile == null || profile.tenant() != tenant) {
            profile = TenantProfile.of(tenant);
            profiles.put(tenant.id(), profile);
        }
        return profile;
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

    private static List<Arrival> arrivals(TenantProfile profile, LocalDate day, SplittableRandom rng) {
        Tenant tenant = profile.tenant();
        Trading trading = tenant.trading();
        double expected = trading.partiesPerDay() * WEEKDAY_FACTOR.get(day.getDayOfWeek());
        int parties = (int) Math.round(expected * (0.9 + 0.2 * rng.nextDouble()));
        var arrivals = new ArrayList<Arrival>(parties);
        for (int i = 0; i < parties; i++) {
            LocalTime time = arrivalTime(trading, profile, rng);
            Instant at = day.atTime(time).atZone(tenant.zone()).toInstant();
            arrivals.add(new Arrival(at, 1 + profile.partySizeDraw().pick(rng)));
        }
        arrivals.sort((a, b) -> a.at().compareTo(b.at())); // stable: equal times keep their draw order
        return arrivals;
    }

    private static LocalTime arrivalTime(Trading trading, TenantProfile profile, SplittableRandom rng) {
        Peak peak = trading.peaks().get(profile.peakDraw().pick(rng));
        int first = trading.firstSeating().toSecondOfDay();
        int last = trading.lastSeating().toSecondOfDay();
        double seconds = peak.centre().toSecondOfDay() + rng.nextGaussian() * peak.spreadMinutes() * 60;
        return LocalTime.ofSecondOfDay(Math.clamp(Math.round(seconds), first, last));
    }

    /**
     * The position of the smallest free table that seats the party, chosen at random among equals
     * (the k-th of them in table order), or -1 when none is free. Two passes over a few seats, no
     * lists: this runs for every party of every new day.
     */
    private static int freeTable(int[] seats, Arrival arrival, Instant[] freeFrom, SplittableRandom rng) {
        int smallest = Integer.MAX_VALUE;
        int equals = 0;
        for (int t = 0; t < seats.length; t++) {
            if (fits(seats, t, arrival, freeFrom)) {
                if (seats[t] < smallest) {
                    smallest = seats[t];
                    equals = 1;
                } else if (seats[t] == smallest) {
                    equals++;
                }
            }
        }
        if (equals == 0) {
            return -1;
        }
        int chosen = rng.nextInt(equals);
        for (int t = 0; t < seats.length; t++) {
            if (seats[t] == smallest && fits(seats, t, arrival, freeFrom) && chosen-- == 0) {
                return t;
            }
        }
        throw new IllegalStateException("unreachable: " + equals + " tables were free");
    }

    private static boolean fits(int[] seats, int table, Arrival arrival, Instant[] freeFrom) {
        return seats[table] >= arrival.covers() && (freeFrom[table] == null || !freeFrom[table].isAfter(arrival.at()));
    }

    private static PlannedOrder order(
            TenantProfile profile,
            Instant closing,
            Arrival arrival,
            DiningTable table,
            String suffix,
            SplittableRandom rng) {
        Tenant tenant = profile.tenant();
        Trading trading = tenant.trading();
        int stayMinutes = rng.nextInt(trading.minStayMinutes(), trading.maxStayMinutes() + 1)
                + 4 * Math.max(0, arrival.covers() - 2);
        Instant created = arrival.at();
        boolean cancelled = rng.nextDouble() < CANCEL_RATE;
        Instant leaves = created.plus(Duration.ofMinutes(cancelled ? rng.nextInt(5, 21) : stayMinutes));
        Instant closes = leaves.isAfter(closing) ? closing : leaves;
        List<Item> items = basket(profile, arrival.covers(), rng);
        long total = 0;
        for (Item item : items) {
            total += item.subtotal();
        }
        String method = profile.methods().get(profile.methodDraw().pick(rng));
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

    /**
     * Each guest orders from each category with the tenant's odds; a rate above 1 means more than
     * one. Quantities are counted by menu position, and the items listed in menu order.
     */
    private static List<Item> basket(TenantProfile profile, int covers, SplittableRandom rng) {
        List<MenuItem> menu = profile.tenant().menu();
        int[] quantities = new int[menu.size()];
        boolean any = false;
        for (int guest = 0; guest < covers; guest++) {
            for (TenantProfile.Category category : profile.categories()) {
                double rate = category.rate();
                int count = (int) rate + (rng.nextDouble() < rate % 1 ? 1 : 0);
                for (int i = 0; i < count; i++) {
                    quantities[category.menuIndex()[category.draw().pick(rng)]]++;
                    any = true;
                }
            }
        }
        if (!any) {
            quantities[profile.menuDraw().pick(rng)] = 1;
        }
        int lines = 0;
        for (int quantity : quantities) {
            lines += quantity > 0 ? 1 : 0;
        }
        Item[] items = new Item[lines];
        long[] prices = profile.prices();
        for (int i = 0, line = 0; i < quantities.length; i++) {
            if (quantities[i] > 0) {
                items[line++] = new Item(menu.get(i).id(), quantities[i], prices[i], prices[i] * quantities[i]);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(items));
    }

    /**
     * Vouchers carry no tip; cash tips are rounded up to a whole unit; cards and phones add the rate.
     * In hundredths; worked out in decimals, as a till would, so a rate's double is read the same way
     * wherever it is drawn.
     */
    private static long tip(Tenant tenant, String method, long total, SplittableRandom rng) {
        var tipping = tenant.tipping();
        if (method.equals("voucher") || rng.nextDouble() >= tipping.chance()) {
            return 0;
        }
        double rate = tipping.minRate() + rng.nextDouble() * (tipping.maxRate() - tipping.minRate());
        BigDecimal withTip = BigDecimal.valueOf(total, 2).multiply(BigDecimal.valueOf(1 + rate));
        BigDecimal paid = method.equals("cash")
                ? withTip.setScale(0, RoundingMode.CEILING).setScale(2)
                : withTip.setScale(2, RoundingMode.HALF_UP);
        return paid.unscaledValue().longValueExact() - total;
    }
}
