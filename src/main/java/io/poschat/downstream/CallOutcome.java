package io.poschat.downstream;

import java.time.Instant;

/**
 * What a downstream call gave: never an exception. Consumers switch over the variants; {@link
 * #data()} is there for the ones that only care whether data arrived.
 */
public sealed interface CallOutcome<T> {

    /** Fresh data ({@code cached}: served from the cache without a call). */
    record Ok<T>(T value, boolean cached) implements CallOutcome<T> {}

    /** The call failed but an earlier answer was kept: data as of {@code fetchedAt}. */
    record Stale<T>(T value, Instant fetchedAt, Problem problem) implements CallOutcome<T> {}

    /** The service answered with an error, dropped the connection or sent something unreadable. */
    record Failed<T>(Problem problem) implements CallOutcome<T> {}

    /** No answer within the call's timeout or what was left of the question's deadline. */
    record TimedOut<T>() implements CallOutcome<T> {}

    /** The service's circuit breaker is open (or its bulkhead full): not called at all. */
    record CircuitOpen<T>() implements CallOutcome<T> {}

    /** Why a call failed, in terms a sentence can use; details go to the log only. */
    enum Problem {
        /** HTTP 5xx or an unexpected status. */
        SERVER_ERROR,
        /** 401/403: the service refused this user. */
        REJECTED,
        /** Connection refused, reset or closed early. */
        UNREACHABLE,
        /** A body that is not the contract's JSON (broken, empty, wrong shape). */
        MALFORMED,
        /** The timeout fell while waiting (used for stale data whose fresh call timed out). */
        TIMEOUT,
        /** The breaker was open (used for stale data). */
        CIRCUIT_OPEN
    }

    /** The data, when some arrived (fresh or stale). */
    default java.util.Optional<T> data() {
        return switch (this) {
            case Ok<T> ok -> java.util.Optional.of(ok.value());
            case Stale<T> stale -> java.util.Optional.of(stale.value());
            case Failed<T> f -> java.util.Optional.empty();
            case TimedOut<T> t -> java.util.Optional.empty();
            case CircuitOpen<T> c -> java.util.Optional.empty();
        };
    }

    default CallStatus status() {
        return switch (this) {
            case Ok<T> ok -> CallStatus.OK;
            case Stale<T> stale -> CallStatus.STALE;
            case Failed<T> f -> CallStatus.ERROR;
            case TimedOut<T> t -> CallStatus.TIMEOUT;
            case CircuitOpen<T> c -> CallStatus.CIRCUIT_OPEN;
        };
    }
}
