package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.simulator.PlannedOrder.Item;
import io.poschat.simulator.PlannedOrder.Order;
import io.poschat.simulator.Stockroom.Product;
import io.poschat.simulator.Tables.TableStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generated data itself: deterministic, believable, and consistent with the clock. */
class SimulatedDataTest {

    private static final Tenant BISTRO = Catalogue.tenant("bistro-1").orElseThrow();
    private static final LocalDate A_TUESDAY = LocalDate.of(2026, 11, 24);

    private final Sales sales = new Sales(new DayPlanner());

    @Test
    void aPastDayIsPlannedIdenticallyByIndependentPlanners() {
        for (Tenant tenant : Catalogue.tenants()) {
            assertThat(new DayPlanner().plan(tenant, A_TUESDAY)).isEqualTo(new DayPlanner().plan(tenant, A_TUESDAY));
        }
    }

    @Test
    void differentDaysAndTenantsGetDifferentOrders() {
        Instant later = Instant.parse("2027-01-01T00:00:00Z");
        List<Order> tuesday = sales.orders(BISTRO, A_TUESDAY, A_TUESDAY, later);
        List<Order> wednesday = sales.orders(BISTRO, A_TUESDAY.plusDays(1), A_TUESDAY.plusDays(1), later);
        assertThat(tuesday).isNotEmpty();
        assertThat(wednesday).isNotEmpty();
        assertThat(totals(tuesday)).isNotEqualTo(totals(wednesday));
        assertThat(tuesday).allSatisfy(o -> assertThat(o.id()).startsWith("o-bu-20261124-"));
    }

    @Test
    void fridaysAndSaturdaysAreBusierThanMondaysAndTuesdays() {
        for (Tenant tenant : Catalogue.tenants()) {
            LocalDate monday = LocalDate.of(2026, 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            int weekStart = 0;
            int weekend = 0;
            for (int week = 0; week < 8; week++) {
                LocalDate mon = monday.plusWeeks(week);
                weekStart += plan(tenant, mon) + plan(tenant, mon.plusDays(1));
                weekend += plan(tenant, mon.plusDays(4)) + plan(tenant, mon.plusDays(5));
            }
            assertThat(weekend).as(tenant.id()).isGreaterThan(weekStart * 11 / 10);
        }
    }

    @Test
    void ordersPeakAtLunchAndDinnerInTheTenantsLocalTime() {
        int[] byHour = new int[24];
        for (int d = 0; d < 28; d++) {
            for (PlannedOrder o : sales.plan(BISTRO, A_TUESDAY.minusDays(d))) {
                byHour[LocalDateTime.ofInstant(o.createdAt(), BISTRO.zone()).getHour()]++;
            }
        }
        assertThat(byHour[14]).isGreaterThan(3 * byHour[17]);
        assertThat(byHour[21]).isGreaterThan(3 * byHour[17]);
        assertThat(IntStream.range(0, 12).map(h -> byHour[h]).sum()).isZero();
    }

    @Test
    void itemSubtotalsAreQuantityTimesPriceAndTotalsTheirSum() {
        for (Tenant tenant : Catalogue.tenants()) {
            for (PlannedOrder o : sales.plan(tenant, A_TUESDAY)) {
                assertThat(o.items()).isNotEmpty();
                for (Item item : o.items()) {
                    assertThat(item.subtotal()).isEqualTo(item.unitPrice() * item.quantity());
                    assertThat(item.unitPrice()).isPositive();
                }
                assertThat(o.total())
                        .isEqualTo(o.items().stream().mapToLong(Item::subtotal).sum());
                assertThat(o.covers()).isBetween(1, o.table().seats());
            }
        }
    }

    @Test
    void noTableHoldsTwoPartiesAtOnce() {
        for (Tenant tenant : Catalogue.tenants()) {
            var byTable = sales.plan(tenant, A_TUESDAY.minusDays(4)).stream()
                    .collect(Collectors.groupingBy(o -> o.table().id()));
            byTable.values().forEach(orders -> {
                for (int i = 1; i < orders.size(); i++) {
                    assertThat(orders.get(i).createdAt())
                            .isAfterOrEqualTo(orders.get(i - 1).closesAt().plus(DayPlanner.CLEANING));
                }
            });
        }
    }

    @Test
    void todayGrowsWithTheClockAndOnlyRecentOrdersAreStillActive() {
        Instant lunch = at(A_TUESDAY, 14, 30);
        Instant dinner = at(A_TUESDAY, 21, 45);
        List<Order> atLunch = sales.orders(BISTRO, A_TUESDAY, A_TUESDAY, lunch);
        List<Order> atDinner = sales.orders(BISTRO, A_TUESDAY, A_TUESDAY, dinner);

        assertThat(atDinner.size()).isGreaterThan(atLunch.size());
        assertThat(atDinner.stream().map(Order::id).toList())
                .startsWith(atLunch.stream().map(Order::id).toArray(String[]::new));
        assertThat(atLunch)
                .allSatisfy(o -> assertThat(o.createdAt().toInstant()).isBeforeOrEqualTo(lunch));
        assertThat(atLunch.stream().map(Order::status)).contains("paid", "open", "preparing", "served");

        Set<String> active = Set.of("open", "preparing", "served");
        atLunch.stream()
                .filter(o -> active.contains(o.status()))
                .forEach(o -> assertThat(o.createdAt().toInstant()).isAfter(lunch.minusSeconds(3 * 3600)));
        atLunch.stream()
                .filter(o -> o.createdAt().toInstant().isBefore(lunch.minusSeconds(3 * 3600)))
                .forEach(o -> assertThat(o.status()).isIn("paid", "cancelled"));
    }

    @Test
    void theFloorShowsEachActiveOrderAtItsTableAndNothingElseAsOccupied() {
        for (int minutes = 0; minutes < 24 * 60; minutes += 17) {
            Instant now = at(A_TUESDAY, 0, 0).plusSeconds(minutes * 60L);
            List<TableStatus> floor = new Tables(sales).status(BISTRO, now);
            Set<String> active =
                    sales.activeOrders(BISTRO, now).stream().map(Order::id).collect(Collectors.toSet());
            Set<String> seated = floor.stream()
                    .filter(t -> t.status().equals("occupied"))
                    .map(TableStatus::orderId)
                    .collect(Collectors.toSet());
            assertThat(seated).isEqualTo(active);
            assertThat(floor)
                    .filteredOn(t -> !t.status().equals("occupied"))
                    .allSatisfy(t -> assertThat(t.partySize()).isNull());
        }
    }

    @Test
    void theFloorUsesEveryStatusOverABusyEvening() {
        Set<String> seen = IntStream.range(0, 40)
                .mapToObj(i ->
                        new Tables(sales).status(BISTRO, at(A_TUESDAY, 20, 0).plusSeconds(i * 300L)))
                .flatMap(List::stream)
                .map(TableStatus::status)
                .collect(Collectors.toSet());
        assertThat(seen).containsExactlyInAnyOrder("free", "occupied", "reserved", "cleaning");
    }

    @Test
    void lowStockListsExactlyTheProductsAtOrBelowTheirReorderLevelLowestRatioFirst() {
        var stockroom = new Stockroom(Catalogue.tenants());
        for (Tenant tenant : Catalogue.tenants()) {
            List<Product> low = stockroom.lowStock(tenant);
            List<Product> expected = stockroom.products(tenant).values().stream()
                    .filter(p -> p.stock() <= p.reorderLevel())
                    .toList();
            assertThat(low).containsExactlyInAnyOrderElementsOf(expected).hasSizeBetween(3, 6);
            for (int i = 1; i < low.size(); i++) {
                assertThat((double) low.get(i - 1).stock() / low.get(i - 1).reorderLevel())
                        .isLessThanOrEqualTo(
                                (double) low.get(i).stock() / low.get(i).reorderLevel());
            }
            assertThat(low.getFirst().stock()).isZero();
        }
    }

    @Test
    void stockLevelsDoNotDependOnWhoAsksOrWhen() {
        assertThat(new Stockroom(Catalogue.tenants()).products(BISTRO))
                .isEqualTo(new Stockroom(List.of(BISTRO)).products(BISTRO));
    }

    private int plan(Tenant tenant, LocalDate day) {
        return sales.plan(tenant, day).size();
    }

    private static List<Long> totals(List<Order> orders) {
        return orders.stream().map(Order::total).toList();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), BISTRO.zone()).toInstant();
    }
}
