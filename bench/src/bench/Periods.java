package bench;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Days nobody has asked about yet in this run, per tenant (the chatbot's cache key includes the
 * tenant): counting back one day at a time from 2025-12-31 to 1800-01-01, ~82,000 per tenant.
 */
final class Periods {

    private static final LocalDate NEWEST = LocalDate.of(2025, 12, 31);
    private static final int DAYS = (int) (NEWEST.toEpochDay() - LocalDate.of(1800, 1, 1).toEpochDay());

    private final Map<String, AtomicInteger> used = new ConcurrentHashMap<>();
    private final int start;

    Periods() {
        this(0);
    }

    private Periods(int start) {
        this.start = start;
    }

    /** Starts at a random day, so that a server that ran an earlier check has not cached these days. */
    static Periods randomStart() {
        return new Periods(java.util.concurrent.ThreadLocalRandom.current().nextInt(DAYS));
    }

    LocalDate next(String token) {
        int n = used.computeIfAbsent(token, t -> new AtomicInteger()).getAndIncrement();
        if (n >= DAYS) {
            throw new IllegalStateException("ran out of unasked days for " + token + " (" + DAYS + " used)");
        }
        return NEWEST.minusDays((start + n) % DAYS);
    }
}
