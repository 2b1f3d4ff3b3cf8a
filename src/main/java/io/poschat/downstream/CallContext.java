package io.poschat.downstream;

import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Who is asking and under which deadline: everything a downstream call needs besides its
 * parameters. The tenant is the one verified by the auth service, never one a client claimed.
 *
 * @param onCall told about each call as it finishes (for progress frames and the answer's meta)
 */
public record CallContext(
        String tenantId,
        ZoneId zone,
        String token,
        String correlationId,
        Deadline deadline,
        long questionStartNanos,
        Consumer<CallRecord> onCall) {

    public CallContext {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(onCall, "onCall");
    }

    /** Never the token: a context that ends up in a log line or an exception message must not leak it. */
    @Override
    public String toString() {
        return "CallContext[tenantId=" + tenantId + ", zone=" + zone + ", token=(hidden), correlationId="
                + correlationId + ", deadline=" + deadline + "]";
    }

    /** Milliseconds since the question started, to place a call on the question's time axis. */
    public long elapsedMsSinceStart() {
        return (System.nanoTime() - questionStartNanos) / 1_000_000;
    }
}
