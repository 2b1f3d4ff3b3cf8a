package io.poschat.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.Order.OrderItem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Orders have a reader of their own ({@link OrdersDeserializer}, into {@link Orders}' columns): it
 * must read exactly what databind read before it, and refuse what is off the contract with a message
 * that names the field.
 */
class OrderBodiesTest {

    /** The mapping orders went through before they had a reader of their own. */
    private static final ObjectMapper DATABIND = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Times as the simulator writes them: always {@code +hh:mm}, never {@code Z}, whole seconds. */
    private static final ObjectMapper SIMULATOR = DATABIND.copy()
            .registerModule(new SimpleModule()
                    .addSerializer(OffsetDateTime.class, new ToStringSerializerBase(OffsetDateTime.class) {
                        @Override
                        public String valueToString(Object value) {
                            return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx")
                                    .format((OffsetDateTime) value);
                        }
                    }));

    private final JsonBodies json = new JsonBodies();
    private final JavaType orders = json.type(Orders.class);
    private final JavaType listOfOrders = json.listOf(Order.class);

    @Test
    void readsRandomOrdersExactlyAsDatabindDid() throws Exception {
        Random random = new Random(42);
        for (int body = 0; body < 200; body++) {
            List<Order> written = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                written.add(randomOrder(random));
            }
            byte[] isoBody = DATABIND.writeValueAsBytes(written);
            byte[] simulatorsBody = SIMULATOR.writeValueAsBytes(written);

            assertThat(json.read(simulatorsBody, orders))
                    .as("body %d: %s", body, new String(simulatorsBody, StandardCharsets.UTF_8))
                    .isEqualTo(DATABIND.readValue(simulatorsBody, listOfOrders));
            assertThat(json.read(isoBody, orders)).isEqualTo(written);
        }
    }

    @Test
    void skipsFieldsTheContractMayAddLaterWhateverTheirShape() throws Exception {
        String body = """
                [{"id": "o-1", "note": {"a": [1, {"b": null}]}, "status": "paid", "tags": ["x"],
                  "items": [{"product_id": "p-1", "extra": [[]], "quantity": 2}], "total": 5, "vip": true}]""";

        assertThat(read(body))
                .isEqualTo(List.of(new Order(
                        "o-1",
                        null,
                        "paid",
                        null,
                        null,
                        null,
                        List.of(new OrderItem("p-1", 2, null, null)),
                        new BigDecimal("5"))));
    }

    @Test
    void keepsTheScaleOfMoneyAndTheOffsetOfTimes() throws Exception {
        Order order = (Order) read(Bodies.ORDERS).getFirst();

        assertThat(order.total()).isEqualTo(new BigDecimal("25.00")).hasToString("25.00");
        assertThat(order.createdAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(order.items().getFirst().unitPrice()).hasToString("12.50");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"id\": 7, \"status\": \"paid\", \"total\": 1}|field 'id' must be a string",
                "{\"id\": \"o-1\", \"status\": \"paid\", \"total\": \"1.00\"}|field 'total' must be a number",
                "{\"id\": \"o-1\", \"status\": \"paid\", \"total\": 1, \"covers\": 2.5}|field 'covers' must be a whole number",
                "{\"id\": \"o-1\", \"status\": \"paid\", \"total\": 1, \"items\": {}}|field 'items' must be a list",
                "{\"id\": \"o-1\", \"status\": \"paid\", \"total\": 1, \"items\": [3]}|an order item must be an object",
                "{\"id\": \"o-1\", \"status\": \"paid\", \"total\": 1, \"items\": [{\"product_id\": \"p-1\"}]}"
                        + "|missing field 'quantity'",
                "{\"id\": \"o-1\", \"status\": \"paid\", \"total\": 1, \"items\": [{\"quantity\": 1}]}"
                        + "|missing field 'product_id'",
                "{\"id\": \"o-1\", \"status\": \"paid\", \"total\": 1, \"created_at\": \"yesterday\"}"
                        + "|field 'created_at': 'yesterday' is not an ISO-8601 time with an offset",
                "{\"id\": \"o-1\", \"status\": \"paid\", \"total\": 1, \"created_at\": \"2026-13-24T12:31:05+01:00\"}"
                        + "|field 'created_at'",
                "{\"id\": \"o-1\", \"status\": \"paid\", \"total\": 1, \"created_at\": 1764000000}"
                        + "|field 'created_at' must be an ISO-8601 time",
                "{\"status\": \"paid\", \"total\": 1}|missing field 'id'",
                "{\"id\": \"o-1\", \"total\": 1}|missing field 'status'",
                "{\"id\": \"o-1\", \"status\": \"paid\"}|missing field 'total'",
                "\"o-1\"|an order must be an object",
            })
    void refusesAnOrderOffTheContractSayingWhy(String caseAndMessage) {
        String[] parts = caseAndMessage.split("\\|");

        DownstreamFailure failure = catchThrowableOfType(DownstreamFailure.class, () -> read("[" + parts[0] + "]"));

        assertThat(failure.problem()).isEqualTo(Problem.MALFORMED);
        assertThat(failure.getMessage()).contains(parts[1]);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "5",
                "25.00",
                "12.5",
                "-0.50",
                "-0.0",
                "0.05",
                "999999999999999999",
                "1234567890123456789.25",
                "1e3",
                "1.50E+2",
                "2.5e-3",
                "-7E0"
            })
    void readsEveryAmountAsBigDecimalReadsItsDigitsScaleIncluded(String amount) throws Exception {
        String body = """
                [{"id": "o-1", "status": "paid", "total": %1$s,
                  "items": [{"product_id": "p-1", "quantity": 1, "unit_price": %1$s, "subtotal": %1$s}]}]""".formatted(amount);

        Order order = (Order) read(body).getFirst();

        BigDecimal expected = new BigDecimal(amount);
        assertThat(order.total()).isEqualTo(expected).hasToString(expected.toString());
        assertThat(order.items().getFirst().unitPrice()).isEqualTo(expected);
        assertThat(order.items().getFirst().subtotal()).isEqualTo(expected);
    }

    @Test
    @SuppressWarnings("unchecked")
    void keepsEachOrdersOwnItemsAndNoneForAnOrderWithoutThem() throws Exception {
        String body = """
                [{"id": "o-1", "status": "paid", "total": 3, "items": [{"product_id": "p-1", "quantity": 1},
                                                                     {"product_id": "p-2", "quantity": 2}]},
                 {"id": "o-2", "status": "open", "total": 0},
                 {"id": "o-3", "status": "paid", "total": 4, "items": null},
                 {"id": "o-4", "status": "paid", "total": 5, "items": [{"product_id": "p-3", "quantity": 5}]}]""";

        List<?> read = read(body);

        assertThat(read).extracting(o -> ((Order) o).items().size()).containsExactly(2, 0, 0, 1);
        assertThat(((Order) read.get(3)).items().getFirst().productId()).isEqualTo("p-3");
        // What the cache keeps cannot be changed by whoever reads it.
        List<OrderItem> items = ((Order) read.get(0)).items();
        assertThatThrownBy(() -> items.add(new OrderItem("p-9", 1, null, null)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> items.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> ((List<Object>) read).remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(read).extracting(o -> ((Order) o).id()).containsExactly("o-1", "o-2", "o-3", "o-4");
    }

    @Test
    void refusesAnOrderWhoseItemsAppearTwice() {
        String body = """
                [{"id": "o-1", "status": "paid", "total": 1, "items": [], "items": [{"product_id": "p-1", "quantity": 1}]}]""";

        DownstreamFailure failure = catchThrowableOfType(DownstreamFailure.class, () -> read(body));

        assertThat(failure.problem()).isEqualTo(Problem.MALFORMED);
        assertThat(failure.getMessage()).contains("field 'items' appears twice");
    }

    @Test
    void refusesAListWithANullOrder() {
        DownstreamFailure failure = catchThrowableOfType(DownstreamFailure.class, () -> read("[null]"));

        assertThat(failure.problem()).isEqualTo(Problem.MALFORMED);
    }

    private List<?> read(String body) throws DownstreamFailure {
        return (List<?>) json.read(body.getBytes(StandardCharsets.UTF_8), orders);
    }

    private static Order randomOrder(Random random) {
        List<OrderItem> items = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            items.add(new OrderItem(
                    "p-" + random.nextInt(40),
                    1 + random.nextInt(5),
                    random.nextInt(10) == 0 ? null : money(random),
                    random.nextInt(10) == 0 ? null : money(random)));
        }
        String[] statuses = {"open", "preparing", "served", "paid", "cancelled"};
        return new Order(
                "o-" + random.nextInt(1_000_000),
                random.nextInt(20) == 0
                        ? null
                        : OffsetDateTime.of(
                                2020 + random.nextInt(8),
                                1 + random.nextInt(12),
                                1 + random.nextInt(28),
                                random.nextInt(24),
                                random.nextInt(60),
                                random.nextInt(60),
                                random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0,
                                ZoneOffset.ofTotalSeconds((random.nextInt(57) - 28) * 30 * 60)),
                statuses[random.nextInt(statuses.length)],
                random.nextInt(5) == 0 ? null : "t-" + random.nextInt(20),
                random.nextInt(5) == 0 ? null : random.nextInt(12),
                random.nextInt(5) == 0 ? null : "Lucía \"Lu\" \\ " + random.nextInt(9),
                items,
                money(random));
    }

    /** Euros and cents as the services write them: 12.50, 0.05, 1200.00. */
    private static BigDecimal money(Random random) {
        return BigDecimal.valueOf(random.nextInt(500_000), 2);
    }
}
