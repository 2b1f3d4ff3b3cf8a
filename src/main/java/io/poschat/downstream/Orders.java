package io.poschat.downstream;

import static io.poschat.downstream.Contract.required;

import io.poschat.downstream.Order.OrderItem;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The orders of a pos body, kept as columns: a few arrays per body instead of an object per order,
 * item, amount and time. Past days stay cached for hours, and with a day's orders as ~1,500 small
 * objects every young collection copied each newly cached day object by object (docs/benchmarks.md,
 * findings 30 and 31); arrays are copied whole. An {@link Order} is made when asked for, its items
 * when they are read (short-lived, so free to collect); the repeating strings are the shared ones of
 * {@link Canonical}. Immutable; equal to any list of equal orders. Built only by the orders reader,
 * which checks the contract first.
 */
public final class Orders extends AbstractList<Order> implements RandomAccess {

    /** {@link #covers} of an order that did not say. */
    private static final int NO_COVERS = Integer.MIN_VALUE;

    /** Digits an unscaled long always holds: amounts with more are kept as {@code BigDecimal}s. */
    static final int LONG_DIGITS = 18;

    private final String ids;
    private final int[] idEnds;
    private final long[] createdSeconds;
    private final int[] createdNanos;
    private final int[] createdOffsets;
    private final String[] statuses;
    private final String[] tableIds;
    private final int[] covers;
    private final String[] servers;
    private final Amounts totals;
    /** Where each order's items end in the item columns. */
    private final int[] itemEnds;

    private final String[] productIds;
    private final int[] quantities;
    private final Amounts unitPrices;
    private final Amounts subtotals;

    private Orders(Builder b) {
        int n = b.orders;
        int m = b.items;
        ids = b.ids.toString();
        idEnds = Arrays.copyOf(b.idEnds, n);
        createdSeconds = Arrays.copyOf(b.createdSeconds, n);
        createdNanos = Arrays.copyOf(b.createdNanos, n);
        createdOffsets = Arrays.copyOf(b.createdOffsets, n);
        statuses = Arrays.copyOf(b.statuses, n);
        tableIds = Arrays.copyOf(b.tableIds, n);
        covers = Arrays.copyOf(b.covers, n);
        servers = Arrays.copyOf(b.servers, n);
        totals = b.totals.trim(n);
        itemEnds = Arrays.copyOf(b.itemEnds, n);
        productIds = Arrays.copyOf(b.productIds, m);
        quantities = Arrays.copyOf(b.quantities, m);
        unitPrices = b.unitPrices.trim(m);
        subtotals = b.subtotals.trim(m);
    }

    @Override
    public int size() {
        return idEnds.length;
    }

    @Override
    public Order get(int index) {
        return new Order(
                ids.substring(index == 0 ? 0 : idEnds[index - 1], idEnds[index]),
                createdSeconds[index],
                createdNanos[index],
                createdOffsets[index],
                statuses[index],
                tableIds[index],
                covers[index] == NO_COVERS ? null : covers[index],
                servers[index],
                new Items(index == 0 ? 0 : itemEnds[index - 1], itemEnds[index]),
                totals.get(index));
    }

    /**
     * An order's items, made when read: most answers read an order's status and total and never its
     * items, so they are not made for every order asked for.
     */
    private final class Items extends AbstractList<OrderItem> implements RandomAccess {
        private final int first;
        private final int end;

        Items(int first, int end) {
            this.first = first;
            this.end = end;
        }

        @Override
        public int size() {
            return end - first;
        }

        @Override
        public OrderItem get(int index) {
            int item = first + Objects.checkIndex(index, end - first);
            return new OrderItem(productIds[item], quantities[item], unitPrices.get(item), subtotals.get(item));
        }
    }

    /**
     * Amounts as an unscaled long and a scale each ({@code 12.50} is 1250 and 2); one that does not fit
     * (more than {@value #LONG_DIGITS} digits) is kept as it came, in a side column made only when one turns up.
     */
    static final class Amounts {

        /** {@link #scales} of a missing amount. */
        private static final int ABSENT = Integer.MIN_VALUE;

        private long[] unscaled;
        private int[] scales;
        private BigDecimal[] large;

        Amounts(int capacity) {
            unscaled = new long[capacity];
            scales = new int[capacity];
        }

        private Amounts(long[] unscaled, int[] scales, BigDecimal[] large) {
            this.unscaled = unscaled;
            this.scales = scales;
            this.large = large;
        }

        void set(int index, Amount amount) {
            grow(index + 1);
            if (!amount.present) {
                scales[index] = ABSENT;
            } else if (amount.large != null) {
                if (large == null) {
                    large = new BigDecimal[unscaled.length];
                }
                large[index] = amount.large;
            } else {
                unscaled[index] = amount.unscaled;
                scales[index] = amount.scale;
            }
        }

        BigDecimal get(int index) {
            if (large != null && large[index] != null) {
                return large[index];
            }
            return scales[index] == ABSENT ? null : BigDecimal.valueOf(unscaled[index], scales[index]);
        }

        Amounts trim(int size) {
            return new Amounts(
                    Arrays.copyOf(unscaled, size),
                    Arrays.copyOf(scales, size),
                    large == null ? null : Arrays.copyOf(large, size));
        }

        private void grow(int size) {
            if (size > unscaled.length) {
                int capacity = Math.max(size, unscaled.length * 2);
                unscaled = Arrays.copyOf(unscaled, capacity);
                scales = Arrays.copyOf(scales, capacity);
                if (large != null) {
                    large = Arrays.copyOf(large, capacity);
                }
            }
        }
    }

    /**
     * An amount as the reader found it: {@code unscaled × 10^-scale}, or as a {@code BigDecimal} when
     * it does not fit a long, or absent. Reused from field to field.
     */
    static final class Amount {
        private boolean present;
        private long unscaled;
        private int scale;
        private BigDecimal large;

        Amount absent() {
            present = false;
            large = null;
            return this;
        }

        Amount set(long unscaledValue, int scaleOfIt) {
            present = true;
            unscaled = unscaledValue;
            scale = scaleOfIt;
            large = null;
            return this;
        }

        Amount set(BigDecimal value) {
            if (value == null) {
                return absent();
            }
            if (value.precision() <= LONG_DIGITS) {
                return set(value.unscaledValue().longValueExact(), value.scale());
            }
            present = true;
            large = value;
            return this;
        }

        boolean present() {
            return present;
        }
    }

    /** Collects a body's orders one by one; an order is checked against the contract when it ends. */
    static final class Builder {

        private final StringBuilder ids;
        private int orders;
        private int items;
        private int[] idEnds;
        private long[] createdSeconds;
        private int[] createdNanos;
        private int[] createdOffsets;
        private String[] statuses;
        private String[] tableIds;
        private int[] covers;
        private String[] servers;
        private final Amounts totals;
        private int[] itemEnds;
        private String[] productIds;
        private int[] quantities;
        private final Amounts unitPrices;
        private final Amounts subtotals;

        /** Sized for a busy day (a hundred orders, four items each), so its columns are not grown while read. */
        Builder() {
            int orderCapacity = 128;
            int itemCapacity = 512;
            ids = new StringBuilder(orderCapacity * 20);
            idEnds = new int[orderCapacity];
            createdSeconds = new long[orderCapacity];
            createdNanos = new int[orderCapacity];
            createdOffsets = new int[orderCapacity];
            statuses = new String[orderCapacity];
            tableIds = new String[orderCapacity];
            covers = new int[orderCapacity];
            servers = new String[orderCapacity];
            totals = new Amounts(orderCapacity);
            itemEnds = new int[orderCapacity];
            productIds = new String[itemCapacity];
            quantities = new int[itemCapacity];
            unitPrices = new Amounts(itemCapacity);
            subtotals = new Amounts(itemCapacity);
        }

        /** One order, checked against the contract; its items must have been added just before with {@link #item}. */
        void order(
                String id,
                long createdSecond,
                int createdNano,
                int createdOffset,
                String status,
                String tableId,
                Integer covered,
                String server,
                Amount total) {
            required(id, "id");
            required(status, "status");
            if (!total.present()) {
                required(null, "total");
            }
            if (orders == idEnds.length) {
                int capacity = orders * 2 + 1;
                idEnds = Arrays.copyOf(idEnds, capacity);
                createdSeconds = Arrays.copyOf(createdSeconds, capacity);
                createdNanos = Arrays.copyOf(createdNanos, capacity);
                createdOffsets = Arrays.copyOf(createdOffsets, capacity);
                statuses = Arrays.copyOf(statuses, capacity);
                tableIds = Arrays.copyOf(tableIds, capacity);
                covers = Arrays.copyOf(covers, capacity);
                servers = Arrays.copyOf(servers, capacity);
                itemEnds = Arrays.copyOf(itemEnds, capacity);
            }
            ids.append(id);
            idEnds[orders] = ids.length();
            createdSeconds[orders] = createdSecond;
            createdNanos[orders] = createdNano;
            createdOffsets[orders] = createdOffset;
            statuses[orders] = status;
            tableIds[orders] = tableId;
            covers[orders] = covered == null ? NO_COVERS : covered;
            servers[orders] = server;
            totals.set(orders, total);
            itemEnds[orders] = items;
            orders++;
        }

        /** An item of the order being read, checked against the contract. */
        void item(String productId, int quantity, Amount unitPrice, Amount subtotal) {
            required(productId, "product_id");
            if (items == productIds.length) {
                int capacity = items * 2 + 1;
                productIds = Arrays.copyOf(productIds, capacity);
                quantities = Arrays.copyOf(quantities, capacity);
            }
            productIds[items] = productId;
            quantities[items] = quantity;
            unitPrices.set(items, unitPrice);
            subtotals.set(items, subtotal);
            items++;
        }

        Orders build() {
            return new Orders(this);
        }
    }
}
