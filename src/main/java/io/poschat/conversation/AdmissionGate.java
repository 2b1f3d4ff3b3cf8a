package io.poschat.conversation;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An adaptive bound on questions in flight, fed with how late the scheduler runs (its only load
 * signal) and without a clock of its own, so tests drive it tick by tick.
 *
 * <p>The bound follows AIMD, as TCP's congestion window does: while the scheduler runs less than half
 * the lag limit late and questions queue, it grows by an eighth a tick; when work waits for a CPU longer than the lag
 * limit while the bound is in use (half of it in flight, or questions queued), it is cut to four
 * fifths of what was in flight, at most once per {@link #COOL_DOWN_NANOS} so that the cut can show
 * its effect before the next. A late scheduler with few questions in flight leaves the bound as it
 * is: 300 sign-ins in a row used to cut it to its minimum of 8 with nothing in flight, and the
 * questions that followed queued behind it. The lag, not the questions' latency, is the
 * signal: a question waiting 900 ms on a slow service costs no CPU and should not be counted as
 * load, while a scheduler running late means answers are queueing for the CPU whatever the services
 * do. Waiting questions are let in first come, first served.
 */
final class AdmissionGate {

    static final long COOL_DOWN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int INITIAL = 64;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    /** Signalled when a question goes in while none was in flight. */
    private final Condition busy = lock.newCondition();

    private final int min;
    private final int max;
    private final long lagLimitNanos;
    private int limit;
    private int inFlight;
    private int waiting;
    private long lastCutNanos;
    private boolean cutBefore;

    AdmissionGate(int min, int max, long lagLimitNanos) {
        this.min = min;
        this.max = max;
        this.lagLimitNanos = lagLimitNanos;
        this.limit = Math.clamp(INITIAL, min, max);
    }

    /**
     * Waits for room until {@code untilNanos} ({@link System#nanoTime()} scale).
     *
     * @return whether the question may go on; if so it must call {@link #exit()} when done
     */
    boolean enter(long untilNanos) throws InterruptedException {
        lock.lock();
        try {
            if (inFlight < limit && waiting == 0) {
                admit();
                return true;
            }
            waiting++;
            try {
                long left = untilNanos - System.nanoTime();
                while (inFlight >= limit) {
                    if (left <= 0) {
                        return false;
                    }
                    left = freed.awaitNanos(left);
                }
                admit();
                return true;
            } finally {
                waiting--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Counts a question in, waking whoever waits for the first (the lock held). */
    private void admit() {
        if (inFlight++ == 0) {
            busy.signalAll();
        }
    }

    void exit() {
        lock.lock();
        try {
            inFlight--;
            freed.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a question is in flight or queued, at most {@code nanos}.
     *
     * @return whether one is
     */
    boolean awaitBusy(long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            // Questions queue only behind one in flight (the bound is at least 1), so in flight says it all.
            while (inFlight == 0) {
                if (left <= 0) {
                    return false;
                }
                left = busy.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** One reading of the scheduler's lateness, taken at {@code nowNanos}. */
    void observe(long lagNanos, long nowNanos) {
        lock.lock();
        try {
            if (lagNanos > lagLimitNanos) {
                if (inUse() && (!cutBefore || nowNanos - lastCutNanos >= COOL_DOWN_NANOS)) {
                    int base = Math.min(limit, Math.max(inFlight, min));
                    limit = Math.max(min, base * 4 / 5);
                    lastCutNanos = nowNanos;
                    cutBefore = true;
                }
            } else if (lagNanos < lagLimitNanos / 2 && waiting > 0 && limit < max) {
                int before = limit;
                limit = Math.min(max, limit + Math.max(1, limit / 8));
                for (int i = before; i < limit; i++) {
                    freed.signal();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the questions may be what makes the scheduler late: the bound is half used or
     * questions queue at it. When it is not (the lateness is sign-ins, the JIT, a GC, another
     * process), cutting it would slow nothing down now and only hold back the next crowd of
     * questions; TCP likewise leaves a window it is not using alone (RFC 7661).
     */
    private boolean inUse() {
        return inFlight >= limit / 2 || waiting > 0;
    }

    int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }

    int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    int waiting() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }
}
