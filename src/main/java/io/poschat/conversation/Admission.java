package io.poschat.conversation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Lets questions run their downstream calls only as fast as this machine can answer them
 * ({@link AdmissionGate} holds the bound). While questions are in flight, a probe on a virtual
 * thread sleeps {@link #TICK} again and again and measures how late it wakes: the time a runnable
 * virtual thread waits for a carrier, i.e. for a CPU. With none in flight the bound cannot change
 * (it is cut only when in use and grows only when questions queue), so the probe waits for the next
 * question instead of waking a carrier a hundred times a second for nothing: that cost an idle
 * server 24 ms of CPU a second (docs/benchmarks.md, finding 33). Exported as {@code
 * chatbot_admission_limit}, {@code chatbot_admission_in_flight}, {@code chatbot_admission_waiting}
 * and {@code chatbot_scheduling_lag_seconds}.
 */
@Component
public class Admission implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Admission.class);
    static final Duration TICK = Duration.ofMillis(10);

    private final AdmissionProperties properties;
    private final AdmissionGate gate;
    private final AtomicLong lastLagNanos = new AtomicLong();
    private volatile boolean running;
    private Thread probe;

    Admission(AdmissionProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.gate = new AdmissionGate(
                properties.minInFlight(),
                properties.maxInFlight(),
                properties.lagLimit().toNanos());
        Gauge.builder("chatbot.admission.limit", gate, AdmissionGate::limit)
                .description("Questions that may run their downstream calls at once (adapts to the machine's load)")
                .register(meters);
        Gauge.builder("chatbot.admission.in_flight", gate, AdmissionGate::inFlight)
                .description("Questions running their downstream calls now")
                .register(meters);
        Gauge.builder("chatbot.admission.waiting", gate, AdmissionGate::waiting)
                .description("Questions queued for room to run")
                .register(meters);
        Gauge.builder("chatbot.scheduling.lag", lastLagNanos, lag -> lag.get() / 1e9)
                .description("How late a sleeping virtual thread last woke while questions were in flight (0 with"
                        + " none): time spent waiting for a CPU")
                .baseUnit("seconds")
                .register(meters);
    }

    /**
     * Waits for room, at most until {@code maxWait} after the question arrived at {@code startNanos}
     * or until {@code deadlineNanos}, whichever comes first.
     *
     * @return whether the question may run; if so it must call {@link #exit()} when done
     */
    public boolean enter(long startNanos, long deadlineNanos) throws InterruptedException {
        if (!properties.enabled()) {
            return true;
        }
        long until = Math.min(deadlineNanos, startNanos + properties.maxWait().toNanos());
        boolean admitted = gate.enter(until);
        if (!admitted) {
            log.atInfo()
                    .addKeyValue("limit", gate.limit())
                    .addKeyValue("waiting", gate.waiting())
                    .log("question not admitted: the machine is busy ({} in flight)", gate.inFlight());
        }
        return admitted;
    }

    public void exit() {
        if (properties.enabled()) {
            gate.exit();
        }
    }

    @Override
    public synchronized void start() {
        if (properties.enabled() && !running) {
            running = true;
            probe = Thread.ofVirtual().name("admission-probe").start(this::measure);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (probe != null) {
            probe.interrupt();
            probe = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void measure() {
        long tick = TICK.toNanos();
        try {
            while (running) {
                if (!gate.awaitBusy(0)) {
                    lastLagNanos.set(0); // nothing waits for a CPU that no question wants
                    gate.awaitBusy(Long.MAX_VALUE); // until the next question goes in; stop() interrupts it
                }
                long before = System.nanoTime();
                Thread.sleep(TICK);
                long now = System.nanoTime();
                long lag = Math.max(0, now - before - tick);
                lastLagNanos.set(lag);
                gate.observe(lag, now);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
