package io.poschat.downstream;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each short string and amount that repeats across orders: product ids,
 * statuses, tables, servers, unit prices. Parsed orders stay in the cache for hours, and without
 * this every item held its own copies; with it a cached day holds about a third of the strings
 * and amounts, which the young collections no longer copy. Bounded: past {@code max} distinct values (a service that
 * sends a fresh value every time), values are kept as they came.
 */
final class Canonical {

    /** Longer strings are ids or free text, which do not repeat. */
    static final int MAX_LENGTH = 64;

    private final ConcurrentHashMap<Object, Object> known = new ConcurrentHashMap<>();
    private final int max;

    Canonical(int max) {
        this.max = max;
    }

    String string(String value) {
        return value == null || value.length() > MAX_LENGTH ? value : shared(value);
    }

    <T> T value(T value) {
        return value == null ? null : shared(value);
    }

    int size() {
        return known.size();
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        Object seen = known.get(value);
        if (seen != null) {
            return (T) seen;
        }
        if (known.size() >= max) {
            return value;
        }
        Object raced = known.putIfAbsent(value, value);
        return raced == null ? value : (T) raced;
    }
}
