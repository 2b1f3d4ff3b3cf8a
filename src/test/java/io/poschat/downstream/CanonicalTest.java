package io.poschat.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders read at different times share one instance of each value that repeats (see {@link Canonical}). */
class CanonicalTest {

    @Test
    void equalValuesReadAtDifferentTimesAreOneInstance() {
        var canonical = new Canonical(100);
        String first = canonical.string(new String("p-12"));

        assertThat(canonical.string(new String("p-12"))).isSameAs(first);
        assertThat(canonical.string(new String("p-13"))).isNotSameAs(first).isEqualTo("p-13");
    }

    @Test
    void aServiceSendingEndlesslyNewValuesFillsItOnlyToItsBound() {
        var canonical = new Canonical(3);
        for (int i = 0; i < 10; i++) {
            canonical.string("table-" + i);
        }

        assertThat(canonical.size()).isEqualTo(3);
        String late = new String("table-9");
        assertThat(canonical.string(late)).isSameAs(late);
    }

    @Test
    void longStringsAndNullsAreLeftAlone() {
        var canonical = new Canonical(100);
        String note = "x".repeat(Canonical.MAX_LENGTH + 1);

        assertThat(canonical.string(note)).isSameAs(note);
        assertThat(canonical.string(null)).isNull();
        assertThat(canonical.size()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoDaysOfOrdersShareTheirProductIdsStatusesTablesAndServers() throws Exception {
        JsonBodies json = new JsonBodies();
        String day = """
                [{"id":"o-%s","created_at":"2026-11-24T13:05:00+01:00","status":"paid","table_id":"t-3",
                  "covers":2,"server":"Ana","total":25.00,
                  "items":[{"product_id":"p-1","quantity":2,"unit_price":12.50,"subtotal":25.00}]}]
                """;
        var orders = json.type(Orders.class);
        var monday = (List<Order>) json.read(day.formatted("1").getBytes(StandardCharsets.UTF_8), orders);
        var tuesday = (List<Order>) json.read(day.formatted("2").getBytes(StandardCharsets.UTF_8), orders);

        Order a = monday.getFirst();
        Order b = tuesday.getFirst();
        assertThat(b.status()).isSameAs(a.status());
        assertThat(b.tableId()).isSameAs(a.tableId());
        assertThat(b.server()).isSameAs(a.server());
        assertThat(b.items().getFirst().productId())
                .isSameAs(a.items().getFirst().productId());
        // Amounts are kept as digits in the day's columns, not as shared objects.
        assertThat(b.items().getFirst().subtotal())
                .isEqualTo(a.items().getFirst().subtotal());
        assertThat(b.id()).isEqualTo("o-2");
        assertThat(b.items().getFirst().unitPrice()).isEqualByComparingTo("12.50");
    }
}
