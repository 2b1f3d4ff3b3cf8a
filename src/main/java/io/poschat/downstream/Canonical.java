package io.poschat.downstream;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of each short string that repeats across orders: product ids, statuses,
 * tables, servers. Parsed orders stay in the cache for hours, and without this every item held its
 * own copies, which the young collections copied. Bounded: past {@code max} distinct values (a
 * service that sends a fresh value every time), values are kept as they came.
 */
final class Canonical {

    /** Longer strings are ids or free text, which do not repeat. */
    static final int MAX_LENGTH = 64;

    private final ConcurrentHashMap<String, String> known = new ConcurrentHashMap<>();
    private final int max;

    Canonical(int max) {
        this.max = max;
    }

    String string(String value) {
        return value == null || value.length() > MAX_LENGTH ? value : shared(value);
    }

    int size() {
        return known.size();
    }

    private String shared(String value) {
        String seen = known.get(value);
        if (seen != null) {
            return seen;
        }
        if (known.size() >= max) {
            return value;
        }
        String raced = known.putIfAbsent(value, value);
        return raced == null ? value : raced;
    }
}
