package io.poschat.simulator;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** How long each service takes before it answers: a base delay plus or minus a random jitter. */
final class Latency {

    enum Profile {
        NONE,
        REALISTIC,
        SEED;

        static Optional<Profile> parse(String name) {
            try {
                return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        Map<Service, Delay> delays() {
            var delays = new EnumMap<Service, Delay>(Service.class);
            switch (this) {
                case NONE -> {
                    for (Service s : Service.values()) {
                        delays.put(s, new Delay(0, 0));
                    }
                }
                case REALISTIC -> {
                    delays.put(Service.AUTH, new Delay(30, 15));
                    delays.put(Service.POS, new Delay(120, 60));
                    delays.put(Service.INVENTORY, new Delay(80, 40));
                    delays.put(Service.PAYMENT, new Delay(140, 60));
                    delays.put(Service.RESTAURANT, new Delay(60, 30));
                }
                case SEED -> {
                    delays.put(Service.AUTH, new Delay(100, 0));
                    delays.put(Service.POS, new Delay(800, 0));
                    delays.put(Service.INVENTORY, new Delay(600, 0));
                    delays.put(Service.PAYMENT, new Delay(900, 0));
                    delays.put(Service.RESTAURANT, new Delay(300, 0));
                }
            }
            return delays;
        }
    }

    /** A delay of {@code ms}, varied uniformly by up to {@code jitterMs} either way, never below zero. */
    record Delay(int ms, int jitterMs) {
        Delay {
            if (ms < 0 || jitterMs < 0) {
                throw ApiException.badRequest("ms and jitter_ms must not be negative");
            }
        }

        Duration draw() {
            int jitter = jitterMs == 0 ? 0 : ThreadLocalRandom.current().nextInt(-jitterMs, jitterMs + 1);
            return Duration.ofMillis(Math.max(0, ms + jitter));
        }
    }

    private final Map<Service, Delay> delays = new ConcurrentHashMap<>();
    private final Oversleep oversleep = new Oversleep();
    private volatile String profile;

    Latency(Profile initial) {
        use(initial);
    }

    synchronized void use(Profile profile) {
        delays.putAll(profile.delays());
        this.profile = profile.key();
    }

    synchronized void set(Service service, Delay delay) {
        delays.put(service, delay);
        this.profile = "custom";
    }

    /** This call's delay for {@code service}: its base plus or minus a fresh draw of its jitter. */
    Duration draw(Service service) {
        return delays.get(service).draw();
    }

    /**
     * Sleeps what is left of {@code delay} since {@code startedNanos}: the delay is the call's whole
     * service time, work included. On a virtual thread the sleep costs no platform thread.
     *
     * <p>A sleep ends late: the timer fires after its time and the thread then waits for a core
     * (0.2-0.6 ms on the two-core development VM, more when its cores are idle). The simulator learns
     * how late its sleeps end and sleeps that much less, so a call takes its profile's time rather
     * than the profile plus the machine's wake-up time; see {@link Oversleep}.
     */
    void holdRest(Duration delay, long startedNanos) throws InterruptedException {
        long due = startedNanos + delay.toNanos();
        long left = due - System.nanoTime();
        long sleep = oversleep.shorten(left);
        if (sleep <= 0) {
            return;
        }
        Thread.sleep(Duration.ofNanos(sleep));
        oversleep.learn(System.nanoTime() - due);
    }

    /**
     * How much earlier than due to wake up: an estimate of how late sleeps end, moved an eighth of
     * the way towards each new observation and kept between 0 and 1 ms, so that a burst of load
     * (sleeps ending many ms late because the cores are busy) cannot teach it to cut delays short.
     */
    static final class Oversleep {

        static final long MAX_NANOS = 1_000_000;

        private final AtomicLong estimate = new AtomicLong();

        /** How long to sleep of {@code leftNanos} still to wait; 0 or less means do not sleep. */
        long shorten(long leftNanos) {
            return leftNanos - estimate.get();
        }

        /** A sleep ended {@code latenessNanos} after it was due (negative: before). */
        void learn(long latenessNanos) {
            estimate.getAndUpdate(e -> Math.clamp(e + latenessNanos / 8, 0, MAX_NANOS));
        }

        long estimateNanos() {
            return estimate.get();
        }
    }

    /** The current settings, as the admin API shows them. */
    synchronized Settings describe() {
        var services = new LinkedHashMap<String, Delay>();
        for (Service s : Service.values()) {
            services.put(s.key(), delays.get(s));
        }
        return new Settings(profile, services);
    }

    record Settings(String profile, Map<String, Delay> services) {}
}
