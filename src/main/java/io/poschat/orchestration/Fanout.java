package io.poschat.orchestration;

import io.poschat.downstream.Deadline;
import io.poschat.orchestration.OrchestrationProperties.Mode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one place that uses {@link StructuredTaskScope} (a preview API in Java 25, so the next
 * revision touches only this file). Branches run on virtual threads, never outlive the question
 * that forked them, and are cancelled when its deadline falls or it is cancelled itself. Each branch
 * carries the caller's logging context (correlation id, tenant, intent): the MDC is per thread.
 *
 * <p>In {@link Mode#SEQUENTIAL} mode there is no scope: each branch runs to its end on the caller's
 * thread when it is forked, so a plan's calls go one after another (the benchmark's "before"). The
 * deadline then still bounds every call, through the time each call is given.
 */
final class Fanout implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Fanout.class);

    /** Null in sequential mode. */
    private final StructuredTaskScope<Object, Void> scope;

    private final Map<String, String> logContext;

    private Fanout(Deadline deadline, Mode mode) {
        this.scope = mode == Mode.SEQUENTIAL
                ? null
                : StructuredTaskScope.open(
                        StructuredTaskScope.Joiner.awaitAll(), config -> config.withTimeout(deadline.remaining()));
        this.logContext = MDC.getCopyOfContextMap();
    }

    static Fanout within(Deadline deadline, Mode mode) {
        return new Fanout(deadline, mode);
    }

    /**
     * Starts a branch now (sequential mode: runs it to its end first). Its result is read after
     * {@link #join()}.
     */
    <T> Branch<T> fork(Callable<T> work) {
        Branch<T> branch = new Branch<>();
        if (scope == null) {
            runHere(work, branch);
            return branch;
        }
        Map<String, String> context = logContext;
        scope.fork(() -> {
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                T result = work.call();
                branch.result.set(result);
                return result;
            } catch (Exception e) {
                if (!(e instanceof InterruptedException)) {
                    log.error("a branch of the question failed", e);
                }
                throw e;
            } finally {
                MDC.clear();
            }
        });
        return branch;
    }

    /**
     * Waits for every branch, or until the deadline, whichever comes first. Branches still running
     * at the deadline are cancelled and have no result.
     */
    void join() throws InterruptedException {
        if (scope == null) {
            if (Thread.interrupted()) {
                throw new InterruptedException("the question was cancelled");
            }
            return;
        }
        try {
            scope.join();
        } catch (StructuredTaskScope.TimeoutException deadlineFell) {
            // Answer with whatever arrived: unfinished branches report no result.
        }
    }

    @Override
    public void close() {
        if (scope != null) {
            scope.close();
        }
    }

    /** Sequential mode: the branch on the caller's thread, whose logging context it already has. */
    private static <T> void runHere(Callable<T> work, Branch<T> branch) {
        if (Thread.currentThread().isInterrupted()) {
            return; // cancelled: like a branch the scope cut off, no result
        }
        try {
            branch.result.set(work.call());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // join() reports it
        } catch (Exception e) {
            log.error("a branch of the question failed", e);
        }
    }

    /**
     * A forked piece of work: its result if it finished without an exception. Kept here rather
     * than read from the subtask, because a scope whose timeout fell counts as not joined and will
     * not hand out the results of the subtasks that did finish.
     */
    static final class Branch<T> {
        private final AtomicReference<T> result = new AtomicReference<>();

        private Branch() {}

        Optional<T> result() {
            return Optional.ofNullable(result.get());
        }
    }
}
