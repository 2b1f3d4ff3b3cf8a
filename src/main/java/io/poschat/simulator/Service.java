package io.poschat.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five simulated services, in port order: standalone, service {@code n} listens on base port + n. */
enum Service {
    AUTH,
    POS,
    INVENTORY,
    PAYMENT,
    RESTAURANT;

    /** The lower-case name used in URLs, counters and admin requests. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    int port(int basePort) {
        return basePort + ordinal();
    }

    static Optional<Service> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }

    static Optional<Service> byPort(int port, int basePort) {
        int offset = port - basePort;
        return offset >= 0 && offset < values().length ? Optional.of(values()[offset]) : Optional.empty();
    }
}
