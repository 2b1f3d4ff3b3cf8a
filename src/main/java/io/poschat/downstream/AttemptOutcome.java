package io.poschat.downstream;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/** How one attempt on the wire ended, as the logs and the health details spell it. */
enum AttemptOutcome {
    OK("ok", false),
    SERVER_ERROR("server_error", true),
    REJECTED("rejected", false),
    UNREACHABLE("unreachable", true),
    MALFORMED("malformed", true),
    TIMEOUT("timeout", true),
    /** The question gave up (deadline or closed socket): not the service's fault. */
    CANCELLED("cancelled", false),
    CIRCUIT_OPEN("circuit_open", true),
    /** Our own limit on concurrent calls, not the service's fault (like the breaker sees it). */
    BULKHEAD_FULL("bulkhead_full", false),
    /** A bug of ours, logged with its stack trace where it happened. */
    UNEXPECTED("unexpected", false);

    private final String wire;
    private final boolean servicesFault;

    AttemptOutcome(String wire, boolean servicesFault) {
        this.wire = wire;
        this.servicesFault = servicesFault;
    }

    static AttemptOutcome of(Throwable failure) {
        return switch (failure) {
            case DownstreamFailure f when f.isCancelled() -> CANCELLED;
            case DownstreamFailure f ->
                switch (f.problem()) {
                    case SERVER_ERROR -> SERVER_ERROR;
                    case REJECTED -> REJECTED;
                    case UNREACHABLE -> UNREACHABLE;
                    case MALFORMED -> MALFORMED;
                    case TIMEOUT -> TIMEOUT;
                    case CIRCUIT_OPEN -> CIRCUIT_OPEN;
                };
            case CallNotPermittedException e -> CIRCUIT_OPEN;
            case BulkheadFullException e -> BULKHEAD_FULL;
            default -> UNEXPECTED;
        };
    }

    String wire() {
        return wire;
    }

    /** Whether this says the service is sick (what its health shows as DEGRADED). */
    boolean servicesFault() {
        return servicesFault;
    }
}
