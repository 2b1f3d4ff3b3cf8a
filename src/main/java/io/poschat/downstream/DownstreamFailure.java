package io.poschat.downstream;

import io.poschat.downstream.CallOutcome.Problem;

/**
 * A failed attempt inside the call pipeline. It never leaves this package: the pipeline turns it
 * into a {@link CallOutcome}. {@code detail} is for the log only, never for a user.
 */
final class DownstreamFailure extends Exception {

    private final Problem problem;
    private final int httpStatus;
    private final boolean retryable;

    DownstreamFailure(Problem problem, int httpStatus, String detail) {
        this(problem, httpStatus, detail, problem == Problem.SERVER_ERROR || problem == Problem.UNREACHABLE);
    }

    private DownstreamFailure(Problem problem, int httpStatus, String detail, boolean retryable) {
        super(detail, null, false, false);
        this.problem = problem;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    DownstreamFailure(Problem problem, String detail) {
        this(problem, 0, detail);
    }

    Problem problem() {
        return problem;
    }

    int httpStatus() {
        return httpStatus;
    }

    boolean isTimeout() {
        return problem == Problem.TIMEOUT;
    }

    /**
     * Worth another attempt: a 5xx or a dropped connection may not happen twice. A refusal or
     * garbage will not change, and a service that was too slow once is not asked twice within one
     * question (that would double the load on a service already struggling).
     */
    boolean isRetryable() {
        return retryable;
    }

    /** The same failure, final: there is no time (or no point) for another attempt. */
    DownstreamFailure withoutRetry() {
        return new DownstreamFailure(problem, httpStatus, getMessage(), false);
    }

    /** Counts against the service's health: a refused token is the user's problem, not the service's. */
    boolean countsAsServiceFailure() {
        return problem != Problem.REJECTED;
    }
}
