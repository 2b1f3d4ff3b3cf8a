package io.poschat.simulator;

import io.poschat.simulator.Tenant.DiningTable;
import io.poschat.simulator.Tenant.MenuItem;
import io.poschat.simulator.Tenant.Peak;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every day's plan of a tenant reads, laid out once per tenant as arrays indexed by menu
 * position and table position: planning a new day is on the path of every answer about it, and
 * streams, maps keyed by records and per-draw sums made it the simulator's biggest cost.
 *
 * @param tenant the tenant this was built from
 * @param categories the menu's categories in menu order, so that draws do not depend on hash order
 * @param menuDraw a whole-menu draw by popularity, for a party that ordered nothing
 * @param seats seats of each table, in the tenant's table order
 * @param prices each dish's price in hundredths, in menu order
 */
record TenantProfile(
        Tenant tenant,
        List<Category> categories,
        WeightedDraw menuDraw,
        WeightedDraw peakDraw,
        WeightedDraw partySizeDraw,
        List<String> methods,
        WeightedDraw methodDraw,
        int[] seats,
        long[] prices) {

    /**
     * A menu category: the chance per guest of ordering from it ({@code rate}; above 1 means more
     * than one dish) and its dishes as positions in the menu, drawn by popularity.
     */
    record Category(double rate, int[] menuIndex, WeightedDraw draw) {}

    static TenantProfile of(Tenant tenant) {
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        List<MenuItem> menu = tenant.menu();
        for (int i = 0; i < menu.size(); i++) {
            byCategory
                    .computeIfAbsent(menu.get(i).category(), c -> new ArrayList<>())
                    .add(i);
        }
        var categories = new ArrayList<Category>();
        byCategory.forEach((name, indices) -> categories.add(new Category(
                tenant.trading().courses().getOrDefault(name, 0.0),
                indices.stream().mapToInt(Integer::intValue).toArray(),
                WeightedDraw.of(
                        indices.stream().map(i -> menu.get(i).popularity()).toList()))));
        List<String> methods = List.copyOf(tenant.paymentShares().keySet());
        return new TenantProfile(
                tenant,
                List.copyOf(categories),
                WeightedDraw.of(menu.stream().map(MenuItem::popularity).toList()),
                WeightedDraw.of(
                        tenant.trading().peaks().stream().map(Peak::share).toList()),
                WeightedDraw.of(tenant.trading().partySizes()),
                methods,
                WeightedDraw.of(
                        methods.stream().map(tenant.paymentShares()::get).toList()),
                tenant.tables().stream().mapToInt(DiningTable::seats).toArray(),
                menu.stream()
                        .mapToLong(m -> m.price().movePointRight(2).longValueExact())
                        .toArray());
    }
}
