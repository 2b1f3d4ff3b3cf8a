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
    private final boolean cancelledByUs;

    DownstreamFailure(Problem problem, int httpStatus, String detail) {
        this(problem, httpStatus, detail, isTransient(problem, httpStatus));
    }

    private DownstreamFailure(
            Problem problem, int httpStatus, String detail, boolean retryable, boolean cancelledByUs) {
        super(detail, null, false, false);
        this.problem = problem;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
        this.cancelledByUs = cancelledByUs;
    }

    private DownstreamFailure(Problem problem, int httpStatus, String detail, boolean retryable) {
        this(problem, httpStatus, detail, retryable, false);
    }

    /** The question gave up on the call (its deadline fell, or its socket closed): not the service's fault. */
    static DownstreamFailure cancelled() {
        return new DownstreamFailure(Problem.TIMEOUT, 0, "cancelled while waiting", false, true);
    }

    DownstreamFailure(Problem problem, String detail) {
        this(problem, 0, detail);
    }

    Problem problem() {
        return problem;
    }

    /** A 5xx (or a status-less server error) or a dropped connection; a 4xx will answer the same again. */
    private static boolean isTransient(Problem problem, int httpStatus) {
        return (problem == Problem.SERVER_ERROR && (httpStatus == 0 || httpStatus >= 500))
                || problem == Problem.UNREACHABLE;
    }

    /**
     * Worth another attempt: a 5xx or a dropped connection may not happen twice. A refusal, another
     * 4xx or garbage will not change, and a service that was too slow once is not asked twice within one
     * question (that would double the load on a service already struggling).
     */
    boolean isRetryable() {
        return retryable;
    }

    /** The same failure, final: there is no time (or no point) for another attempt. */
    DownstreamFailure withoutRetry() {
        return new DownstreamFailure(problem, httpStatus, getMessage(), false, cancelledByUs);
    }

    /** The question gave up on the call: its deadline fell or its socket closed. */
    boolean isCancelled() {
        return cancelledByUs;
    }

    /**
     * Says nothing about the service's health, so its breaker ignores it: a refused token is the
     * user's problem, a cancelled call ours.
     */
    boolean isNotTheServicesFault() {
        return problem == Problem.REJECTED || cancelledByUs;
    }
}
