package io.poschat.simulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Holds calls that fault by hanging or dribbling, and lets them all go when the application stops,
 * so a graceful shutdown does not wait for a simulated timeout to run out.
 */
final class Hangs implements SmartLifecycle {

    private volatile CountDownLatch release = new CountDownLatch(1);
    private volatile boolean running;

    /** Waits for {@code duration}, or less if the application stops; true if it waited in full. */
    boolean hold(Duration duration) throws InterruptedException {
        return !release.await(duration.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void start() {
        release = new CountDownLatch(1);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        release.countDown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
