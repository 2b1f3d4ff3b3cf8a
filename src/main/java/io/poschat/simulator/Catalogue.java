package io.poschat.simulator;

import io.poschat.simulator.Tenant.DiningTable;
import io.poschat.simulator.Tenant.MenuItem;
import io.poschat.simulator.Tenant.Peak;
import io.poschat.simulator.Tenant.Tipping;
import io.poschat.simulator.Tenant.Trading;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo tenants and the users whose tokens the simulated auth service accepts. */
final class Catalogue {

    static final List<String> ALL_PERMISSIONS = List.of("reports:read", "inventory:read", "floor:read");

    private static final List<Tenant> TENANTS = List.of(bistroUno(), cafeDos(), trattoriaTre());

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("demo-manager", "u-1", "Maria Lopez", "bistro-1", List.of("manager"), ALL_PERMISSIONS),
            new DemoUser(
                    "demo-waiter",
                    "u-2",
                    "Javier Ruiz",
                    "bistro-1",
                    List.of("waiter"),
                    List.of("floor:read", "inventory:read")),
            new DemoUser("demo-cafe", "u-3", "Emma Clarke", "cafe-2", List.of("manager"), ALL_PERMISSIONS),
            new DemoUser("demo-trattoria", "u-4", "Marco Rossi", "trattoria-3", List.of("owner"), ALL_PERMISSIONS));

    private Catalogue() {}

    static List<Tenant> tenants() {
        return TENANTS;
    }

    static Optional<Tenant> tenant(String id) {
        return TENANTS.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    static Optional<DemoUser> user(String token) {
        return USERS.stream().filter(u -> u.token().equals(token)).findFirst();
    }

    record DemoUser(
            String token, String userId, String name, String tenantId, List<String> roles, List<String> permissions) {}

    /** A Spanish bistro in Madrid: late lunch, late dinner, long meals. */
    private static Tenant bistroUno() {
        var menu = new Menu()
                .add("Patatas bravas", "TAP-BRA", "starters", "portion", "6.50", "1.40", 5)
                .add("Croquetas de jamón", "TAP-CRO", "starters", "portion", "8.00", "2.10", 4)
                .add("Pan con tomate", "TAP-PAN", "starters", "portion", "4.50", "0.80", 3)
                .add("Gazpacho", "TAP-GAZ", "starters", "bowl", "6.00", "1.30", 2)
                .add("Margherita pizza", "PIZ-MAR", "mains", "each", "12.50", "3.10", 4)
                .add("Paella valenciana", "MAI-PAE", "mains", "portion", "16.50", "4.90", 5)
                .add("Grilled sea bass", "MAI-LUB", "mains", "portion", "19.00", "6.80", 3)
                .add("Ribeye steak", "MAI-ENT", "mains", "portion", "24.00", "9.50", 3)
                .add("Wild mushroom risotto", "MAI-RIS", "mains", "portion", "14.50", "3.60", 2)
                .add("Burger del chef", "MAI-BUR", "mains", "each", "13.50", "4.20", 3)
                .add("Crema catalana", "DES-CRE", "desserts", "each", "5.50", "1.10", 4)
                .add("Tarta de queso", "DES-QUE", "desserts", "slice", "6.00", "1.50", 5)
                .add("Churros con chocolate", "DES-CHU", "desserts", "portion", "5.00", "0.90", 3)
                .add("Caña", "DRK-CAN", "drinks", "glass", "2.80", "0.60", 5)
                .add("House red wine", "DRK-VTI", "drinks", "glass", "4.00", "1.00", 4)
                .add("Sangría jug", "DRK-SAN", "drinks", "jug", "14.00", "3.20", 2)
                .add("Mineral water", "DRK-AGU", "drinks", "bottle", "2.20", "0.35", 3)
                .add("Café solo", "DRK-CAF", "drinks", "cup", "1.60", "0.25", 3)
                .items();
        var tables = new Floor()
                .add("dining room", 2, 2, 4, 4, 4, 4, 6, 6)
                .add("terrace", 2, 2, 4, 4, 4, 6)
                .add("bar", 2, 2)
                .tables();
        var trading = new Trading(
                LocalTime.of(12, 30),
                LocalTime.of(22, 45),
                LocalTime.of(23, 55),
                List.of(new Peak(LocalTime.of(14, 15), 45, 0.45), new Peak(LocalTime.of(21, 30), 50, 0.55)),
                95,
                50,
                100,
                List.of(0.08, 0.42, 0.14, 0.22, 0.07, 0.05, 0.02),
                Map.of("starters", 0.45, "mains", 0.92, "desserts", 0.35, "drinks", 1.2));
        return new Tenant(
                "bistro-1",
                "Bistro Uno",
                ZoneId.of("Europe/Madrid"),
                "EUR",
                "bu",
                menu,
                tables,
                List.of("Ana", "Javier", "Lucía", "Pablo", "Carmen"),
                trading,
                new Tipping(0.35, 0.03, 0.10),
                shares(0.62, 0.20, 0.14, 0.04));
    }

    /** A London café: breakfast and lunch rushes, quick visits, small tickets. */
    private static Tenant cafeDos() {
        var menu = new Menu()
                .add("Flat white", "HOT-FLW", "hot drinks", "cup", "3.40", "0.55", 5)
                .add("Cappuccino", "HOT-CAP", "hot drinks", "cup", "3.50", "0.55", 4)
                .add("English breakfast tea", "HOT-TEA", "hot drinks", "pot", "2.80", "0.30", 3)
                .add("Fresh orange juice", "CLD-ORJ", "cold drinks", "glass", "3.90", "1.10", 3)
                .add("Sparkling water", "CLD-SPW", "cold drinks", "bottle", "2.20", "0.40", 2)
                .add("Butter croissant", "BAK-CRO", "bakery", "each", "2.60", "0.70", 5)
                .add("Pain au chocolat", "BAK-PAC", "bakery", "each", "2.90", "0.80", 4)
                .add("Banana bread", "BAK-BAN", "bakery", "slice", "3.20", "0.75", 3)
                .add("Full English", "BRK-FEN", "breakfast", "plate", "11.50", "3.90", 4)
                .add("Avocado toast", "BRK-AVO", "breakfast", "plate", "8.90", "2.60", 5)
                .add("Eggs Benedict", "BRK-EGB", "breakfast", "plate", "9.50", "2.80", 3)
                .add("Club sandwich", "LUN-CLU", "lunch", "each", "8.50", "2.70", 4)
                .add("Soup of the day", "LUN-SOU", "lunch", "bowl", "6.50", "1.40", 3)
                .add("Halloumi salad", "LUN-HAL", "lunch", "bowl", "9.20", "2.90", 2)
                .add("Carrot cake", "CAK-CAR", "cakes", "slice", "3.80", "0.90", 4)
                .add("Scone with jam", "CAK-SCO", "cakes", "each", "3.20", "0.60", 3)
                .items();
        var tables = new Floor()
                .add("window", 2, 2, 2, 4)
                .add("counter", 1, 1, 1, 1)
                .add("garden", 2, 4, 4, 6)
                .tables();
        var trading = new Trading(
                LocalTime.of(7, 30),
                LocalTime.of(16, 45),
                LocalTime.of(17, 30),
                List.of(
                        new Peak(LocalTime.of(8, 45), 45, 0.35),
                        new Peak(LocalTime.of(12, 50), 50, 0.45),
                        new Peak(LocalTime.of(15, 30), 40, 0.20)),
                150,
                15,
                45,
                List.of(0.40, 0.38, 0.12, 0.08, 0.01, 0.01),
                Map.of(
                        "hot drinks", 0.85,
                        "cold drinks", 0.25,
                        "bakery", 0.40,
                        "breakfast", 0.30,
                        "lunch", 0.30,
                        "cakes", 0.20));
        return new Tenant(
                "cafe-2",
                "Café Dos",
                ZoneId.of("Europe/London"),
                "GBP",
                "cd",
                menu,
                tables,
                List.of("Oliver", "Amelia", "Harry", "Isla"),
                trading,
                new Tipping(0.20, 0.05, 0.10),
                shares(0.66, 0.06, 0.26, 0.02));
    }

    /** An Italian trattoria in New York: American dinner hours and generous tips. */
    private static Tenant trattoriaTre() {
        var menu = new Menu()
                .add("Bruschetta", "ANT-BRU", "starters", "portion", "9.50", "2.10", 4)
                .add("Burrata", "ANT-BUR", "starters", "each", "14.75", "4.60", 3)
                .add("Calamari fritti", "ANT-CAL", "starters", "portion", "15.00", "4.20", 4)
                .add("Caesar salad", "ANT-CAE", "starters", "bowl", "12.50", "2.90", 2)
                .add("Spaghetti carbonara", "PAS-CAR", "mains", "portion", "19.95", "3.80", 5)
                .add("Lasagna al forno", "PAS-LAS", "mains", "portion", "21.50", "4.50", 4)
                .add("Linguine alle vongole", "PAS-VON", "mains", "portion", "26.00", "7.90", 3)
                .add("Margherita pizza", "PIZ-MAR", "mains", "each", "17.00", "3.40", 4)
                .add("Chicken parmigiana", "SEC-PAR", "mains", "portion", "24.95", "6.10", 3)
                .add("Osso buco", "SEC-OSS", "mains", "portion", "34.00", "11.50", 2)
                .add("Tiramisu", "DOL-TIR", "desserts", "each", "10.00", "2.20", 5)
                .add("Panna cotta", "DOL-PAN", "desserts", "each", "9.00", "1.60", 3)
                .add("Cannoli", "DOL-CAN", "desserts", "portion", "8.00", "1.90", 3)
                .add("Chianti", "BEV-CHI", "drinks", "glass", "13.00", "3.30", 4)
                .add("Peroni", "BEV-PER", "drinks", "bottle", "8.00", "1.80", 4)
                .add("San Pellegrino", "BEV-SPE", "drinks", "bottle", "5.50", "1.00", 3)
                .add("Negroni", "BEV-NEG", "drinks", "glass", "15.00", "2.70", 2)
                .add("Espresso", "BEV-ESP", "drinks", "cup", "3.75", "0.40", 3)
                .items();
        var tables = new Floor()
                .add("main room", 2, 2, 2, 4, 4, 4, 4, 6, 6)
                .add("patio", 2, 2, 4, 4, 4)
                .add("bar", 2, 2)
                .add("private room", 8, 10)
                .tables();
        var trading = new Trading(
                LocalTime.of(11, 30),
                LocalTime.of(21, 45),
                LocalTime.of(23, 30),
                List.of(new Peak(LocalTime.of(12, 45), 40, 0.35), new Peak(LocalTime.of(19, 30), 55, 0.65)),
                120,
                45,
                90,
                List.of(0.05, 0.45, 0.12, 0.24, 0.06, 0.05, 0.02, 0.01),
                Map.of("starters", 0.55, "mains", 0.95, "desserts", 0.40, "drinks", 1.3));
        return new Tenant(
                "trattoria-3",
                "Trattoria Tre",
                ZoneId.of("America/New_York"),
                "USD",
                "tt",
                menu,
                tables,
                List.of("Marco", "Giulia", "Tony", "Sofia", "Danny"),
                trading,
                new Tipping(0.95, 0.15, 0.22),
                shares(0.78, 0.12, 0.08, 0.02));
    }

    private static Map<String, Double> shares(double card, double cash, double mobile, double voucher) {
        var shares = new LinkedHashMap<String, Double>();
        shares.put("card", card);
        shares.put("cash", cash);
        shares.put("mobile", mobile);
        shares.put("voucher", voucher);
        return Collections.unmodifiableMap(shares);
    }

    private static final class Menu {
        private final List<MenuItem> items = new ArrayList<>();

        Menu add(String name, String sku, String category, String unit, String price, String cost, int popularity) {
            String id = "p-" + (items.size() + 1);
            items.add(new MenuItem(
                    id, name, sku, category, unit, new BigDecimal(price), new BigDecimal(cost), popularity));
            return this;
        }

        List<MenuItem> items() {
            return List.copyOf(items);
        }
    }

    private static final class Floor {
        private final List<DiningTable> tables = new ArrayList<>();

        Floor add(String area, int... seats) {
            for (int s : seats) {
                int number = tables.size() + 1;
                tables.add(new DiningTable("t-" + number, number, s, area));
            }
            return this;
        }

        List<DiningTable> tables() {
            return List.copyOf(tables);
        }
    }
}
