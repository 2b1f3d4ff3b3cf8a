package io.poschat.conversation;

import io.poschat.nlu.Intent;
import java.util.Optional;

/** Which permission of the auth service each intent needs (intents.md). */
final class Permissions {

    private Permissions() {}

    static Optional<String> required(Intent intent) {
        return Optional.ofNullable(
                switch (intent) {
                    case REVENUE, TOP_PRODUCTS, PAYMENT_METHODS -> "reports:read";
                    case LOW_STOCK, INVENTORY_VALUE -> "inventory:read";
                    case TABLE_OCCUPANCY, PENDING_ORDERS, RESTAURANT_STATUS -> "floor:read";
                    case GREETING, HELP, THANKS, OUT_OF_SCOPE -> null;
                });
    }
}
