package io.poschat.simulator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/** Which failure, if any, each service injects, and into what share of its calls. */
final class Faults {

    enum Mode {
        NONE,
        ERROR,
        TIMEOUT,
        RESET,
        MALFORMED,
        SLOW;

        static Optional<Mode> parse(String name) {
            try {
                return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        static String names() {
            return Arrays.stream(values()).map(Mode::key).collect(Collectors.joining(", "));
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Fault(Mode mode, double rate) {
        static final Fault NONE = new Fault(Mode.NONE, 0);

        Fault {
            if (!(rate >= 0 && rate <= 1)) {
                throw ApiException.badRequest("rate must be between 0 and 1, got " + rate);
            }
            if (mode == Mode.NONE) {
                rate = 0;
            }
        }
    }

    private final Map<Service, Fault> faults = new ConcurrentHashMap<>();

    void set(Service service, Fault fault) {
        faults.put(service, fault);
    }

    void clear() {
        faults.clear();
    }

    /** The failure this call suffers, drawn with the configured rate. */
    Mode draw(Service service) {
        Fault fault = faults.getOrDefault(service, Fault.NONE);
        boolean strikes =
                fault.mode() != Mode.NONE && ThreadLocalRandom.current().nextDouble() < fault.rate();
        return strikes ? fault.mode() : Mode.NONE;
    }

    /** The current settings, as the admin API shows them. */
    Map<String, Setting> describe() {
        var all = new LinkedHashMap<String, Setting>();
        for (Service s : Service.values()) {
            Fault f = faults.getOrDefault(s, Fault.NONE);
            all.put(s.key(), new Setting(f.mode().key(), f.rate()));
        }
        return all;
    }

    record Setting(String mode, double rate) {}
}
