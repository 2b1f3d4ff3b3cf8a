package io.poschat.downstream;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import java.util.function.Predicate;

/**
 * The circuit breakers' ignore predicate (named in application.yml): failures that say nothing
 * about a service's health are counted neither as failures nor as successes. A refused token is
 * the user's problem, a call the question cancelled and a full bulkhead are ours.
 */
public final class NotTheServicesFault implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof BulkheadFullException
                || (failure instanceof DownstreamFailure f && f.isNotTheServicesFault());
    }
}
