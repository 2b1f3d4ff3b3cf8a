package io.poschat.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Calls per endpoint, keyed like {@code "payment GET /payments/total"}. */
final class CallCounter {

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    void record(String endpointKey) {
        calls.computeIfAbsent(endpointKey, k -> new LongAdder()).increment();
    }

    Map<String, Long> snapshot() {
        var snapshot = new TreeMap<String, Long>();
        calls.forEach((key, count) -> snapshot.put(key, count.sum()));
        return snapshot;
    }

    void reset() {
        calls.clear();
    }
}
