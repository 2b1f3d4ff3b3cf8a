package io.poschat.downstream;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kept-alive connections waiting for their next request, per target. The most recently used is
 * taken first (the least likely to have been closed by the server); one idle for longer than
 * servers usually keep an idle connection is closed rather than tried.
 */
final class IdleConnections {

    /** Tomcat's and Jetty's defaults are 20 and 30 s; staying under them saves a failed first try. */
    static final long MAX_IDLE_NANOS = 15_000_000_000L;

    /**
     * Per target: beyond this, a connection given back is closed. As many as the most questions
     * admitted at once ({@code chatbot.admission.max-in-flight}): a burst's connections are kept for
     * the next burst, because reopening hundreds at once overflows the service's accept backlog
     * (Tomcat's is 100) and a dropped connection attempt is retried only after a second. With 256,
     * 500 sessions asking without pause made 2,146 calls time out and the breakers open
     * (docs/benchmarks.md).
     */
    static final int MAX_IDLE_PER_TARGET = 2048;

    private final Map<HttpTarget, Pool> pools = new ConcurrentHashMap<>();

    /** An idle connection to {@code target}, or null when there is none worth trying. */
    Http11Connection take(HttpTarget target) {
        Pool pool = pools.get(target);
        if (pool == null) {
            return null;
        }
        long now = System.nanoTime();
        for (Http11Connection connection = pool.take(); connection != null; connection = pool.take()) {
            if (now - connection.idleSinceNanos() < MAX_IDLE_NANOS) {
                return connection;
            }
            connection.close();
        }
        return null;
    }

    void giveBack(HttpTarget target, Http11Connection connection) {
        connection.idleFrom(System.nanoTime());
        if (!pools.computeIfAbsent(target, t -> new Pool()).add(connection)) {
            connection.close();
        }
    }

    void closeAll() {
        pools.values().forEach(Pool::closeAll);
    }

    private static final class Pool {
        private final ConcurrentLinkedDeque<Http11Connection> idle = new ConcurrentLinkedDeque<>();
        private final AtomicInteger size = new AtomicInteger();

        Http11Connection take() {
            Http11Connection connection = idle.pollFirst();
            if (connection != null) {
                size.decrementAndGet();
            }
            return connection;
        }

        boolean add(Http11Connection connection) {
            if (size.incrementAndGet() > MAX_IDLE_PER_TARGET) {
                size.decrementAndGet();
                return false;
            }
            idle.addFirst(connection);
            // One long-idle connection closed per return, so the bottom of the stack does not pile up.
            Http11Connection oldest = idle.peekLast();
            if (oldest != null
                    && connection.idleSinceNanos() - oldest.idleSinceNanos() > MAX_IDLE_NANOS
                    && idle.removeLastOccurrence(oldest)) {
                size.decrementAndGet();
                oldest.close();
            }
            return true;
        }

        void closeAll() {
            for (Http11Connection connection = take(); connection != null; connection = take()) {
                connection.close();
            }
        }
    }
}
