package io.poschat.answer;

import static io.poschat.answer.MissingData.gap;
import static io.poschat.answer.Numbers.counted;

import io.poschat.downstream.Order;
import io.poschat.downstream.Service;
import io.poschat.downstream.TableStatus;
import io.poschat.orchestration.Findings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The floor right now: tables, open orders, and how busy it all is. */
final class FloorAnswers {

    private final Formats formats;
    private final Clock clock;

    FloorAnswers(Formats formats, Clock clock) {
        this.formats = formats;
        this.clock = clock;
    }

    Reply tableOccupancy(Findings.TableOccupancy findings) {
        Draft draft = new Draft(formats).suggest("Open orders", "How busy are we?", "Revenue today");
        Optional<List<TableStatus>> tables = findings.tables().data();
        if (tables.isEmpty()) {
            return draft.nothing("the tables", List.of(gap(Service.RESTAURANT, findings.tables())))
                    .reply();
        }
        Floor floor = Floor.of(tables.get());
        draft.put("total", floor.total())
                .put("occupied", floor.occupied())
                .put("free", floor.free())
                .put("reserved", floor.reserved())
                .put("cleaning", floor.cleaning())
                .put("guests", floor.guests())
                .put("occupancy_percent", floor.percent())
                .say(occupancy(floor));
        return draft.asOf(Service.RESTAURANT, findings.tables()).reply();
    }

    Reply pendingOrders(Findings.PendingOrders findings) {
        Draft draft = new Draft(formats).suggest("How many tables are free?", "How busy are we?", "Revenue today");
        Optional<List<Order>> found = findings.active().data();
        if (found.isEmpty()) {
            return draft.nothing("the open orders", List.of(gap(Service.POS, findings.active())))
                    .reply();
        }
        List<Order> active = found.get().stream().filter(Order::isActive).toList();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String status : List.of("open", "preparing", "served")) {
            byStatus.put(
                    status,
                    active.stream().filter(o -> o.status().equals(status)).count());
        }
        BigDecimal value = active.stream().map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        draft.put("count", active.size()).put("by_status", byStatus).put("value", Money.amount(value));
        Optional<Order> oldest =
                active.stream().filter(o -> o.createdAt() != null).min(Comparator.comparing(Order::createdAt));
        if (active.isEmpty()) {
            draft.say("No open orders right now.");
        } else {
            draft.say(counted(active.size(), "order is", "orders are") + " still open ("
                    + statuses(byStatus, active.size()) + "), worth " + formats.money(value) + ".");
        }
        Map<String, Integer> numbers =
                findings.tables().data().map(FloorAnswers::numbers).orElse(Map.of());
        oldest.ifPresent(order -> {
            long minutes = Math.max(
                    0,
                    Duration.between(order.createdAt().toInstant(), clock.instant())
                            .toMinutes());
            draft.put("oldest_minutes", minutes).say(oldest(order, active.size() == 1, numbers, minutes));
        });
        boolean atATable = oldest.map(Order::tableId).isPresent();
        draft.asOf(Service.POS, findings.active())
                .explain(
                        Service.RESTAURANT,
                        findings.tables(),
                        atATable ? "tables are shown by their id" : "table numbers are missing");
        return draft.reply();
    }

    Reply restaurantStatus(Findings.RestaurantStatus findings) {
        Draft draft = new Draft(formats).suggest("Open orders", "How many tables are free?", "Revenue today");
        Optional<List<TableStatus>> tables = findings.tables().data();
        Optional<Long> open = findings.active()
                .data()
                .map(a -> a.stream().filter(Order::isActive).count());
        if (tables.isEmpty() && open.isEmpty()) {
            return draft.nothing(
                            "a picture of the floor",
                            List.of(gap(Service.RESTAURANT, findings.tables()), gap(Service.POS, findings.active())))
                    .reply();
        }
        if (tables.isEmpty()) {
            long n = open.orElseThrow();
            draft.put("open_orders", n)
                    .say(n == 0 ? "No orders are open." : counted(n, "order is", "orders are") + " open.");
        } else {
            Floor floor = Floor.of(tables.get());
            draft.put("level", floor.mood())
                    .put("occupancy_percent", floor.percent())
                    .put("guests", floor.guests())
                    .put("tables_occupied", floor.occupied())
                    .put("tables_total", floor.total());
            List<String> parts = new ArrayList<>(List.of(floor.taken()));
            if (floor.guests() > 0) {
                parts.add(counted(floor.guests(), "guest", "guests"));
            }
            open.ifPresent(n -> {
                draft.put("open_orders", n);
                parts.add(n == 0 ? "no orders open" : counted(n, "order", "orders") + " open");
            });
            draft.say("It's " + floor.mood() + ": " + String.join(", ", parts) + ".");
        }
        return draft.explain(Service.RESTAURANT, findings.tables(), "I can't say how full the tables are")
                .explain(Service.POS, findings.active(), "the open orders are missing")
                .reply();
    }

    /** "9 of 16 tables are taken (56%), 5 are free and 2 reserved; 31 guests are seated." */
    private static String occupancy(Floor floor) {
        if (floor.total() == 0) {
            return "I don't see any tables set up for this restaurant.";
        }
        if (floor.free() == floor.total()) {
            return floor.allAre() + " free.";
        }
        String seated =
                floor.guests() > 0 ? "; " + counted(floor.guests(), "guest is", "guests are") + " seated." : ".";
        if (floor.occupied() == floor.total()) {
            return floor.allAre() + " taken" + seated;
        }
        String rest = floor.rest().isEmpty() ? "" : ", " + floor.rest();
        if (floor.occupied() == 0) {
            return "No tables are taken" + rest.replaceFirst("^, ", ": ") + ".";
        }
        return floor.occupied() + " of " + floor.total() + " tables " + (floor.occupied() == 1 ? "is" : "are")
                + " taken (" + floor.percent() + "%)" + rest + seated;
    }

    /** "4 new, 3 being prepared and 2 served and waiting to pay", or "all being prepared". */
    private static String statuses(Map<String, Long> byStatus, int count) {
        Map<String, String> words =
                Map.of("open", "new", "preparing", "being prepared", "served", "served and waiting to pay");
        List<String> present = byStatus.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + words.get(e.getKey()))
                .toList();
        if (present.size() == 1) {
            String only = present.getFirst().substring(present.getFirst().indexOf(' ') + 1);
            return count == 1 ? only : "all " + only;
        }
        return Words.and(present);
    }

    /** "The oldest, at table 7, was opened 48 minutes ago." */
    private static String oldest(Order order, boolean only, Map<String, Integer> numbers, long minutes) {
        String ago = minutes == 0 ? "just now" : counted(minutes, "minute", "minutes") + " ago";
        String table = order.tableId() == null
                ? null
                : "table " + Objects.toString(numbers.get(order.tableId()), order.tableId());
        if (only) {
            return table == null ? "It was opened " + ago + "." : "It's at " + table + " and was opened " + ago + ".";
        }
        return table == null
                ? "The oldest was opened " + ago + "."
                : "The oldest, at " + table + ", was opened " + ago + ".";
    }

    private static Map<String, Integer> numbers(List<TableStatus> tables) {
        return tables.stream().collect(Collectors.toMap(TableStatus::id, TableStatus::number, (a, b) -> a));
    }

    /** The tables counted by status. */
    record Floor(int total, int occupied, int free, int reserved, int cleaning, int guests) {

        static Floor of(List<TableStatus> tables) {
            return new Floor(
                    tables.size(),
                    count(tables, "occupied"),
                    count(tables, "free"),
                    count(tables, "reserved"),
                    count(tables, "cleaning"),
                    tables.stream()
                            .filter(TableStatus::isOccupied)
                            .mapToInt(t -> t.partySize() == null ? 0 : t.partySize())
                            .sum());
        }

        /** "all 16 tables", "the only table". */
        String all() {
            return total == 1 ? "the only table" : "all " + total + " tables";
        }

        /** "All 16 tables are", "The only table is". */
        String allAre() {
            return Words.capitalise(all()) + (total == 1 ? " is" : " are");
        }

        int percent() {
            return Numbers.percent(occupied, total);
        }

        /** Quiet below a third of the tables, busy from seven in ten. */
        String mood() {
            int percent = percent();
            return percent >= 70 ? "busy" : percent >= 35 ? "steady" : "quiet";
        }

        /** "12 of 16 tables taken (75%)", "all 16 tables taken", "none of the 16 tables taken". */
        String taken() {
            if (total > 0 && occupied == total) {
                return all() + " taken";
            }
            if (occupied == 0) {
                return total == 0 ? "no tables set up" : "none of the " + counted(total, "table", "tables") + " taken";
            }
            return occupied + " of " + counted(total, "table", "tables") + " taken (" + percent() + "%)";
        }

        /** "5 are free and 2 reserved", "1 is free, 2 reserved and 1 being cleaned"; empty if none. */
        String rest() {
            List<String> parts = new ArrayList<>();
            for (var part : List.of(
                    Map.entry(free, "free"), Map.entry(reserved, "reserved"), Map.entry(cleaning, "being cleaned"))) {
                if (part.getKey() > 0) {
                    String verb = parts.isEmpty() ? (part.getKey() == 1 ? " is " : " are ") : " ";
                    parts.add(part.getKey() + verb + part.getValue());
                }
            }
            return Words.and(parts);
        }

        private static int count(List<TableStatus> tables, String status) {
            return (int) tables.stream().filter(t -> status.equals(t.status())).count();
        }
    }
}
