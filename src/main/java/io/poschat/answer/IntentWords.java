package io.poschat.answer;

import io.poschat.nlu.Intent;

/** How sentences name an intent, and the short question that asks for it. */
final class IntentWords {

    private IntentWords() {}

    /** What the intent is about, as a noun phrase: "revenue", "best sellers", "open orders". */
    static String topic(Intent intent) {
        return switch (intent) {
            case REVENUE -> "revenue";
            case TOP_PRODUCTS -> "best sellers";
            case PAYMENT_METHODS -> "payment methods";
            case LOW_STOCK -> "low stock";
            case INVENTORY_VALUE -> "the value of your stock";
            case TABLE_OCCUPANCY -> "free tables";
            case PENDING_ORDERS -> "open orders";
            case RESTAURANT_STATUS -> "how busy you are";
            case GREETING -> "a greeting";
            case HELP -> "what I can do";
            case THANKS -> "saying thanks";
            case OUT_OF_SCOPE -> "something else";
        };
    }

    /**
     * A short, unambiguous question for the intent, which the classifier reads back as that intent;
     * {@code when} is the period as a question says it, for the intents that take one.
     */
    static String question(Intent intent, String when) {
        return switch (intent) {
            case REVENUE -> "revenue " + when;
            case TOP_PRODUCTS -> "top products " + when;
            case PAYMENT_METHODS -> "payment methods " + when;
            case LOW_STOCK -> "what's running low";
            case INVENTORY_VALUE -> "inventory value";
            case TABLE_OCCUPANCY -> "how many tables are free";
            case PENDING_ORDERS -> "open orders";
            case RESTAURANT_STATUS -> "how busy are we";
            case GREETING -> "hello";
            case HELP -> "what can you do";
            case THANKS -> "thanks";
            case OUT_OF_SCOPE -> "help";
        };
    }

    /** What a role without the intent's permission can't see: "Your role can't see revenue." */
    static String hidden(Intent intent) {
        return switch (intent) {
            case REVENUE -> "revenue";
            case TOP_PRODUCTS -> "best sellers";
            case PAYMENT_METHODS -> "payment methods";
            case LOW_STOCK -> "stock levels";
            case INVENTORY_VALUE -> "the value of the stock";
            case TABLE_OCCUPANCY -> "the tables";
            case PENDING_ORDERS -> "open orders";
            case RESTAURANT_STATUS -> "how busy the restaurant is";
            case GREETING, HELP, THANKS, OUT_OF_SCOPE -> "that";
        };
    }
}
