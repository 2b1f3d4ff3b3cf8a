package io.poschat.answer;

import static io.poschat.answer.Fixtures.BISTRO;
import static io.poschat.answer.Fixtures.COMPOSER;
import static io.poschat.answer.Fixtures.circuitOpen;
import static io.poschat.answer.Fixtures.failed;
import static io.poschat.answer.Fixtures.floor;
import static io.poschat.answer.Fixtures.item;
import static io.poschat.answer.Fixtures.money;
import static io.poschat.answer.Fixtures.ok;
import static io.poschat.answer.Fixtures.openOrders;
import static io.poschat.answer.Fixtures.order;
import static io.poschat.answer.Fixtures.stale;
import static io.poschat.answer.Fixtures.table;
import static io.poschat.answer.Fixtures.timedOut;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.Order;
import io.poschat.downstream.TableStatus;
import io.poschat.orchestration.Findings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Now is 14:30 in Madrid. */
class FloorAnswersTest {

    @Nested
    class TableOccupancy {

        private static Reply tables(CallOutcome<List<TableStatus>> tables) {
            return COMPOSER.compose(new Findings.TableOccupancy(tables), BISTRO);
        }

        @ParameterizedTest(name = "{5}")
        @CsvSource(delimiter = '|', textBlock = """
                9  | 3 | 5  | 2 | 0 | 9 of 16 tables are taken (56%), 5 are free and 2 reserved; 27 guests are seated.
                1  | 2 | 15 | 0 | 0 | 1 of 16 tables is taken (6%), 15 are free; 2 guests are seated.
                10 | 2 | 1  | 3 | 2 | 10 of 16 tables are taken (63%), 1 is free, 3 reserved and 2 being cleaned; 20 guests are seated.
                14 | 1 | 0  | 2 | 0 | 14 of 16 tables are taken (88%), 2 are reserved; 14 guests are seated.
                16 | 3 | 0  | 0 | 0 | All 16 tables are taken; 48 guests are seated.
                0  | 0 | 14 | 2 | 0 | No tables are taken: 14 are free and 2 reserved.
                0  | 0 | 16 | 0 | 0 | All 16 tables are free.
                1  | 1 | 0  | 0 | 0 | The only table is taken; 1 guest is seated.
                0  | 0 | 1  | 0 | 0 | The only table is free.
                """)
        void countsTablesByStatusAndTheGuestsSeated(
                int occupied, int guestsEach, int free, int reserved, int cleaning, String expected) {
            assertThat(tables(ok(floor(occupied, guestsEach, free, reserved, cleaning)))
                            .text())
                    .isEqualTo(expected);
        }

        @Test
        void givesTheCountsAsData() {
            Reply reply = tables(ok(floor(9, 3, 5, 2, 0)));

            assertThat(reply.data())
                    .isEqualTo(Map.of(
                            "total", 16,
                            "occupied", 9,
                            "free", 5,
                            "reserved", 2,
                            "cleaning", 0,
                            "guests", 27,
                            "occupancy_percent", 56));
            assertThat(reply.suggestions()).containsExactly("Open orders", "How busy are we?", "Revenue today");
            assertThat(reply.partial()).isFalse();
        }

        @Test
        void noTablesSetUp() {
            assertThat(tables(ok(List.of())).text()).isEqualTo("I don't see any tables set up for this restaurant.");
        }

        @Test
        void withoutTheRestaurantServiceSaysWhy() {
            Reply reply = tables(timedOut());

            assertThat(reply.text())
                    .isEqualTo("I couldn't get the tables: the restaurant service didn't answer in time."
                            + " Please try again in a moment.");
            assertThat(reply.partial()).isTrue();
        }

        @Test
        void usesStaleTablesAndSaysAsOfWhen() {
            Reply reply = tables(stale(floor(1, 2, 3, 0, 0), "14:20"));

            assertThat(reply.text())
                    .isEqualTo("1 of 4 tables is taken (25%), 3 are free; 2 guests are seated."
                            + " The restaurant service didn't answer in time, so I'm using its figures as of 14:20.");
            assertThat(reply.partial()).isFalse();
        }
    }

    @Nested
    class PendingOrders {

        private static final List<TableStatus> TABLES = List.of(
                table("t-a", 1, "occupied", 2),
                table("t-b", 2, "occupied", 2),
                table("t-c", 3, "occupied", 2),
                table("t-d", 7, "occupied", 4));

        private static final List<Order> ACTIVE = List.of(
                order("o-1", "open", "t-a", "13:42", item("p-1", 2, "10.00")),
                order("o-2", "open", "t-b", "14:00", item("p-1", 1, "15.00")),
                order("o-3", "preparing", "t-c", "13:50", item("p-1", 1, "30.00")),
                order("o-4", "served", "t-d", "13:00", item("p-1", 1, "45.50")));

        private static Reply pending(CallOutcome<List<Order>> active, CallOutcome<List<TableStatus>> tables) {
            return COMPOSER.compose(new Findings.PendingOrders(active, tables), BISTRO);
        }

        @Test
        void countsByStatusWithTheirValueAndTheOldestWithItsTableAndAge() {
            Reply reply = pending(ok(ACTIVE), ok(TABLES));

            assertThat(reply.text())
                    .isEqualTo("4 orders are still open (2 new, 1 being prepared and 1 served and waiting to pay),"
                            + " worth €110.50. The oldest, at table 7, was opened 90 minutes ago.");
            assertThat(reply.data())
                    .isEqualTo(Map.of(
                            "count",
                            4,
                            "by_status",
                            Map.of("open", 2L, "preparing", 1L, "served", 1L),
                            "value",
                            money("110.50"),
                            "oldest_minutes",
                            90L));
            assertThat(reply.suggestions())
                    .containsExactly("How many tables are free?", "How busy are we?", "Revenue today");
            assertThat(reply.partial()).isFalse();
        }

        @Test
        void oneOpenOrder() {
            Reply reply = pending(ok(List.of(ACTIVE.get(2))), ok(TABLES));

            assertThat(reply.text())
                    .isEqualTo("1 order is still open (being prepared), worth €30.00."
                            + " It's at table 3 and was opened 40 minutes ago.");
        }

        @Test
        void allInOneStatus() {
            Reply reply = pending(ok(List.of(ACTIVE.get(0), ACTIVE.get(1))), ok(TABLES));

            assertThat(reply.text())
                    .isEqualTo("2 orders are still open (all new), worth €35.00."
                            + " The oldest, at table 1, was opened 48 minutes ago.");
        }

        @Test
        void anOrderWithoutATableAndOneJustOpened() {
            Reply reply = pending(ok(List.of(order("o-9", "open", null, "14:30", item("p-1", 1, "4.00")))), ok(TABLES));

            assertThat(reply.text()).isEqualTo("1 order is still open (new), worth €4.00. It was opened just now.");
        }

        @Test
        void noOpenOrders() {
            Reply reply = pending(ok(List.of()), ok(TABLES));

            assertThat(reply.text()).isEqualTo("No open orders right now.");
            assertThat(reply.data())
                    .containsEntry("count", 0)
                    .containsEntry("value", money("0.00"))
                    .doesNotContainKey("oldest_minutes");
        }

        @Test
        void withoutTheTablesShowsTheTableId() {
            Reply reply = pending(ok(ACTIVE), failed(Problem.SERVER_ERROR));

            assertThat(reply.text())
                    .endsWith("The oldest, at table t-d, was opened 90 minutes ago."
                            + " The restaurant service had an error, so tables are shown by their id.");
            assertThat(reply.partial()).isTrue();
        }

        @Test
        void withoutTheOrdersSaysWhy() {
            Reply reply = pending(timedOut(), ok(TABLES));

            assertThat(reply.text())
                    .isEqualTo("I couldn't get the open orders: the pos service didn't answer in time."
                            + " Please try again in a moment.");
            assertThat(reply.partial()).isTrue();
        }

        @Test
        void usesStaleOrdersAndSaysAsOfWhen() {
            Reply reply = pending(stale(List.of(ACTIVE.get(2)), "14:25"), ok(TABLES));

            assertThat(reply.text())
                    .endsWith("The pos service didn't answer in time, so I'm using its figures as of 14:25.");
            assertThat(reply.partial()).isFalse();
        }
    }

    @Nested
    class RestaurantStatus {

        private static Reply status(CallOutcome<List<TableStatus>> tables, CallOutcome<List<Order>> active) {
            return COMPOSER.compose(new Findings.RestaurantStatus(tables, active), BISTRO);
        }

        @ParameterizedTest(name = "{4}")
        @CsvSource(delimiter = '|', textBlock = """
                12 | 3 | 4  | 9  | It's busy: 12 of 16 tables taken (75%), 36 guests, 9 orders open.
                8  | 2 | 8  | 1  | It's steady: 8 of 16 tables taken (50%), 16 guests, 1 order open.
                3  | 2 | 13 | 2  | It's quiet: 3 of 16 tables taken (19%), 6 guests, 2 orders open.
                0  | 0 | 16 | 0  | It's quiet: none of the 16 tables taken, no orders open.
                16 | 3 | 0  | 14 | It's busy: all 16 tables taken, 48 guests, 14 orders open.
                1  | 1 | 0  | 1  | It's busy: the only table taken, 1 guest, 1 order open.
                """)
        void paintsTheFloorInOneLine(int occupied, int guestsEach, int free, int open, String expected) {
            Reply reply = status(ok(floor(occupied, guestsEach, free, 0, 0)), ok(openOrders(open)));

            assertThat(reply.text()).isEqualTo(expected);
            assertThat(reply.partial()).isFalse();
        }

        @Test
        void givesTheFiguresAsData() {
            Reply reply = status(ok(floor(12, 3, 4, 0, 0)), ok(openOrders(9)));

            assertThat(reply.data())
                    .isEqualTo(Map.of(
                            "level", "busy",
                            "occupancy_percent", 75,
                            "guests", 36,
                            "tables_occupied", 12,
                            "tables_total", 16,
                            "open_orders", 9L));
            assertThat(reply.suggestions())
                    .containsExactly("Open orders", "How many tables are free?", "Revenue today");
        }

        @Test
        void withoutTheOrders() {
            Reply reply = status(ok(floor(12, 3, 4, 0, 0)), timedOut());

            assertThat(reply.text())
                    .isEqualTo("It's busy: 12 of 16 tables taken (75%), 36 guests."
                            + " The pos service didn't answer in time, so the open orders are missing.");
            assertThat(reply.data()).doesNotContainKey("open_orders");
            assertThat(reply.partial()).isTrue();
        }

        @Test
        void withoutTheTables() {
            Reply reply = status(failed(Problem.UNREACHABLE), ok(openOrders(9)));

            assertThat(reply.text())
                    .isEqualTo("9 orders are open."
                            + " I couldn't reach the restaurant service, so I can't say how full the tables are.");
            assertThat(reply.data()).isEqualTo(Map.of("open_orders", 9L));
            assertThat(reply.partial()).isTrue();
        }

        @Test
        void withNeither() {
            Reply reply = status(timedOut(), circuitOpen());

            assertThat(reply.text())
                    .isEqualTo("I couldn't get a picture of the floor: the restaurant service didn't answer in time"
                            + " and the pos service is having trouble, so I'm giving it a moment."
                            + " Please try again shortly.");
            assertThat(reply.partial()).isTrue();
        }

        @Test
        void usesStaleTablesAndSaysAsOfWhen() {
            Reply reply = status(stale(floor(2, 2, 2, 0, 0), "14:10"), ok(openOrders(1)));

            assertThat(reply.text())
                    .isEqualTo("It's steady: 2 of 4 tables taken (50%), 4 guests, 1 order open."
                            + " The restaurant service didn't answer in time, so I'm using its figures as of 14:10.");
            assertThat(reply.partial()).isFalse();
        }
    }
}
