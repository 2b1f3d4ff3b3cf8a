package io.poschat.nlu;

import java.util.Arrays;
import java.util.Optional;

/** The twelve things a question can be about. {@link #label()} is the classifier's label. */
public enum Intent {
    REVENUE("revenue", true, false),
    TOP_PRODUCTS("top_products", true, true),
    PAYMENT_METHODS("payment_methods", true, false),
    LOW_STOCK("low_stock", false, false),
    INVENTORY_VALUE("inventory_value", false, false),
    TABLE_OCCUPANCY("table_occupancy", false, false),
    PENDING_ORDERS("pending_orders", false, false),
    RESTAURANT_STATUS("restaurant_status", false, false),
    GREETING("greeting", false, false),
    HELP("help", false, false),
    THANKS("thanks", false, false),
    OUT_OF_SCOPE("out_of_scope", false, false);

    private final String label;
    private final boolean takesPeriod;
    private final boolean takesLimit;

    Intent(String label, boolean takesPeriod, boolean takesLimit) {
        this.label = label;
        this.takesPeriod = takesPeriod;
        this.takesLimit = takesLimit;
    }

    public String label() {
        return label;
    }

    /** Whether the intent is about a date range ({@code revenue}, {@code top_products}, {@code payment_methods}). */
    public boolean takesPeriod() {
        return takesPeriod;
    }

    /** Whether the intent takes a top-N limit ({@code top_products}). */
    public boolean takesLimit() {
        return takesLimit;
    }

    public static Optional<Intent> fromLabel(String label) {
        return Arrays.stream(values()).filter(i -> i.label.equals(label)).findFirst();
    }
}
