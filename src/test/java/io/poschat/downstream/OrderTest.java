package io.poschat.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An order keeps its creation time compactly and is still a plain value. */
class OrderTest {

    private static final List<Order.OrderItem> PAELLA =
            List.of(new Order.OrderItem("p-paella", 2, new BigDecimal("16.50"), new BigDecimal("33.00")));

    @Test
    void theCreationTimeComesBackToTheNanosecondAtTheOffsetTheServiceGave() {
        OffsetDateTime created = OffsetDateTime.parse("2026-11-24T21:05:30.123456789+01:00");

        Order order = order("o-1", created);

        assertThat(order.createdAt()).isEqualTo(created);
        assertThat(order.createdAt().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(order("o-2", null).createdAt()).isNull();
    }

    @Test
    void ordersWithTheSameFieldsAreEqualAndOnesThatDifferAreNot() {
        OffsetDateTime created = OffsetDateTime.parse("2026-11-24T21:05:30+01:00");

        assertThat(order("o-1", created)).isEqualTo(order("o-1", created)).hasSameHashCodeAs(order("o-1", created));
        // The same instant at another offset is another value, as OffsetDateTime has it.
        assertThat(order("o-1", created)).isNotEqualTo(order("o-1", OffsetDateTime.parse("2026-11-24T20:05:30Z")));
        assertThat(order("o-1", created)).isNotEqualTo(order("o-1", null));
        assertThat(order("o-1", created)).isNotEqualTo(order("o-9", created));
        assertThat(order("o-1", created).toString())
                .startsWith("Order[id=o-1, createdAt=2026-11-24T21:05:30+01:00, status=paid");
    }

    @Test
    void anOrderWithoutIdStatusOrTotalBreaksTheContract() {
        assertThatThrownBy(() -> new Order(null, null, "paid", "t-1", 2, "Ana", PAELLA, BigDecimal.TEN))
                .isInstanceOf(Contract.ContractViolation.class)
                .hasMessageContaining("'id'");
        assertThatThrownBy(() -> new Order("o-1", null, null, "t-1", 2, "Ana", PAELLA, BigDecimal.TEN))
                .isInstanceOf(Contract.ContractViolation.class)
                .hasMessageContaining("'status'");
        assertThatThrownBy(() -> new Order("o-1", null, "paid", "t-1", 2, "Ana", PAELLA, null))
                .isInstanceOf(Contract.ContractViolation.class)
                .hasMessageContaining("'total'");
    }

    private static Order order(String id, OffsetDateTime created) {
        return new Order(id, created, "paid", "t-4", 2, "Ana", PAELLA, new BigDecimal("33.00"));
    }
}
