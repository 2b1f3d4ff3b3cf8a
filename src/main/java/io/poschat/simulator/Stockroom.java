package io.poschat.simulator;

import io.poschat.simulator.Tenant.MenuItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Stock on hand per tenant. Levels are drawn once from a generator seeded by the tenant, so they
 * never change; a few products are always at or below their reorder level, one of them sold out.
 */
final class Stockroom {

    private static final int LOW_PRODUCTS = 4;

    private final Map<String, Map<String, Product>> productsByTenant;

    Stockroom(Collection<Tenant> tenants) {
        this.productsByTenant = tenants.stream().collect(Collectors.toMap(Tenant::id, Stockroom::stock));
    }

    record Product(
            String id,
            String name,
            String sku,
            String category,
            String unit,
            BigDecimal price,
            BigDecimal cost,
            int stock,
            int reorderLevel) {}

    /** All products keyed by id, in menu order. */
    Map<String, Product> products(Tenant tenant) {
        return productsByTenant.get(tenant.id());
    }

    Map<String, Product> products(Tenant tenant, List<String> ids) {
        Map<String, Product> all = products(tenant);
        var selected = new LinkedHashMap<String, Product>();
        ids.stream().filter(all::containsKey).forEach(id -> selected.put(id, all.get(id)));
        return selected;
    }

    /** Products with {@code stock <= reorder_level}, the lowest share of their reorder level first. */
    List<Product> lowStock(Tenant tenant) {
        return products(tenant).values().stream()
                .filter(p -> p.stock() <= p.reorderLevel())
                .sorted(Comparator.comparingDouble((Product p) -> (double) p.stock() / p.reorderLevel())
                        .thenComparing(Product::id))
                .toList();
    }

    private static Map<String, Product> stock(Tenant tenant) {
        var rng = new SplittableRandom(("stock:" + tenant.id()).hashCode());
        List<MenuItem> menu = tenant.menu();
        List<Integer> lowFirst = shuffledIndices(menu.size(), rng);
        var products = new LinkedHashMap<String, Product>();
        for (int i = 0; i < menu.size(); i++) {
            MenuItem item = menu.get(i);
            int reorderLevel = 10 + 5 * rng.nextInt(7);
            int lowRank = lowFirst.indexOf(i);
            double ratio = lowRank == 0
                    ? 0
                    : lowRank < LOW_PRODUCTS ? 0.2 + 0.8 * rng.nextDouble() : 1.3 + 3 * rng.nextDouble();
            products.put(item.id(), product(item, (int) Math.round(reorderLevel * ratio), reorderLevel));
        }
        return Collections.unmodifiableMap(products);
    }

    private static List<Integer> shuffledIndices(int size, SplittableRandom rng) {
        var indices = new ArrayList<Integer>(IntStream.range(0, size).boxed().toList());
        for (int i = size - 1; i > 0; i--) {
            Collections.swap(indices, i, rng.nextInt(i + 1));
        }
        return indices;
    }

    private static Product product(MenuItem item, int stock, int reorderLevel) {
        return new Product(
                item.id(),
                item.name(),
                item.sku(),
                item.category(),
                item.unit(),
                item.price(),
                item.cost(),
                stock,
                reorderLevel);
    }
}
