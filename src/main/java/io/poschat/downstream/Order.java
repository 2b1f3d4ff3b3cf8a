package io.poschat.downstream;

import static io.poschat.downstream.Contract.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * An order (ticket) of the pos service. A value, as a record would be; not one because of how it
 * keeps its creation time: as seconds, nanoseconds and offset, where an {@link OffsetDateTime} is
 * four objects (itself, its date-time, date and time; docs/benchmarks.md, finding 30). Cached days
 * keep their orders as {@link Orders}' columns and make an order when asked for. The pos service's
 * field names are on the constructor and the accessors: {@link OrdersDeserializer} reads bodies, but
 * databind can still read and write an order as the record did.
 */
public final class Order {

    /** {@link #createdSecond} of an order without a creation time. */
    static final long NO_TIME = Long.MIN_VALUE;

    private final String id;
    private final long createdSecond;
    private final int createdNano;
    private final int createdOffsetSeconds;
    private final String status;
    private final String tableId;
    private final Integer covers;
    private final String server;
    private final List<OrderItem> items;
    private final BigDecimal total;

    @JsonCreator
    public Order(
            @JsonProperty("id") String id,
            @JsonProperty("created_at") OffsetDateTime createdAt,
            @JsonProperty("status") String status,
            @JsonProperty("table_id") String tableId,
            @JsonProperty("covers") Integer covers,
            @JsonProperty("server") String server,
            @JsonProperty("items") List<OrderItem> items,
            @JsonProperty("total") BigDecimal total) {
        required(id, "id");
        required(status, "status");
        required(total, "total");
        this(
                id,
                epochSecond(createdAt),
                nano(createdAt),
                offsetSeconds(createdAt),
                status,
                tableId,
                covers,
                server,
                items == null ? List.of() : List.copyOf(items),
                total);
    }

    /** An order already checked (by the public constructor or the orders reader); {@code items} must be immutable. */
    Order(
            String id,
            long createdSecond,
            int createdNano,
            int createdOffsetSeconds,
            String status,
            String tableId,
            Integer covers,
            String server,
            List<OrderItem> items,
            BigDecimal total) {
        this.id = id;
        this.createdSecond = createdSecond;
        this.createdNano = createdNano;
        this.createdOffsetSeconds = createdOffsetSeconds;
        this.status = status;
        this.tableId = tableId;
        this.covers = covers;
        this.server = server;
        this.items = items;
        this.total = total;
    }

    /** A creation time as an order keeps it: its epoch second, or {@link #NO_TIME} when there is none. */
    static long epochSecond(OffsetDateTime time) {
        return time == null ? NO_TIME : time.toEpochSecond();
    }

    static int nano(OffsetDateTime time) {
        return time == null ? 0 : time.getNano();
    }

    static int offsetSeconds(OffsetDateTime time) {
        return time == null ? 0 : time.getOffset().getTotalSeconds();
    }

    @JsonProperty("id")
    public String id() {
        return id;
    }

    /** When the order was opened, at the offset the service gave; null when it did not say. */
    @JsonProperty("created_at")
    public OffsetDateTime createdAt() {
        if (createdSecond == NO_TIME) {
            return null;
        }
        return OffsetDateTime.ofInstant(
                Instant.ofEpochSecond(createdSecond, createdNano), ZoneOffset.ofTotalSeconds(createdOffsetSeconds));
    }

    @JsonProperty("status")
    public String status() {
        return status;
    }

    @JsonProperty("table_id")
    public String tableId() {
        return tableId;
    }

    @JsonProperty("covers")
    public Integer covers() {
        return covers;
    }

    @JsonProperty("server")
    public String server() {
        return server;
    }

    @JsonProperty("items")
    public List<OrderItem> items() {
        return items;
    }

    @JsonProperty("total")
    public BigDecimal total() {
        return total;
    }

    public boolean isPaid() {
        return "paid".equals(status);
    }

    public boolean isActive() {
        return switch (status) {
            case "open", "preparing", "served" -> true;
            default -> false;
        };
    }

    public int coversOrZero() {
        return covers == null ? 0 : covers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Order that
                && createdSecond == that.createdSecond
                && createdNano == that.createdNano
                && createdOffsetSeconds == that.createdOffsetSeconds
                && id.equals(that.id)
                && status.equals(that.status)
                && Objects.equals(tableId, that.tableId)
                && Objects.equals(covers, that.covers)
                && Objects.equals(server, that.server)
                && items.equals(that.items)
                && total.equals(that.total);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id, createdSecond, createdNano, createdOffsetSeconds, status, tableId, covers, server, items, total);
    }

    @Override
    public String toString() {
        return "Order[id=" + id + ", createdAt=" + createdAt() + ", status=" + status + ", tableId=" + tableId
                + ", covers=" + covers + ", server=" + server + ", items=" + items + ", total=" + total + "]";
    }

    /** One line of an order. */
    public record OrderItem(String productId, int quantity, BigDecimal unitPrice, BigDecimal subtotal) {
        public OrderItem {
            required(productId, "product_id");
        }
    }
}
