package io.poschat.downstream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A result that many threads wait for, handed to them in the order they began to wait: the one
 * that has waited longest goes on first. A {@link CompletableFuture} wakes the threads blocked in
 * its {@code get} the other way round, last come first (its waiters are a stack), so when 300
 * questions wait for one answer, the first asked would be the last to get it, and the longest wait
 * would grow by the whole hand-out (docs/benchmarks.md, finding 28). Here each waiter has a future
 * of its own, completed in turn.
 *
 * @param <T> the result
 */
public final class ArrivalOrder<T> {

    private final List<CompletableFuture<T>> waiting = new ArrayList<>();
    private boolean done;
    private T result;

    /**
     * The result, as soon as it is there: at once if it already is, else after those who began to
     * wait before this thread got it.
     *
     * @throws TimeoutException if it is not there within {@code timeoutNanos}
     */
    public T await(long timeoutNanos) throws InterruptedException, TimeoutException {
        CompletableFuture<T> mine;
        synchronized (this) {
            if (done) {
                return result;
            }
            mine = new CompletableFuture<>();
            waiting.add(mine);
        }
        try {
            return mine.get(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("never completed exceptionally", e);
        } finally {
            synchronized (this) {
                waiting.remove(mine); // gone already when completed; a timed-out waiter leaves here
            }
        }
    }

    /** Sets the result and wakes the waiting threads, the longest-waiting first; only the first call counts. */
    public void complete(T value) {
        List<CompletableFuture<T>> toWake;
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            result = value;
            toWake = List.copyOf(waiting);
            waiting.clear();
        }
        for (CompletableFuture<T> waiter : toWake) {
            waiter.complete(value);
        }
    }

    /** How many threads are waiting now. */
    public synchronized int waiting() {
        return waiting.size();
    }
}
