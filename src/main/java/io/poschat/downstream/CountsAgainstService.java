package io.poschat.downstream;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import java.util.function.Predicate;

/**
 * The circuit breakers' failure predicate (named in application.yml): every failure counts against
 * a service except its refusal of a user's token, which says nothing about the service's health,
 * and our own bulkhead being full, which is our limit, not the service's fault.
 */
public final class CountsAgainstService implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        if (failure instanceof BulkheadFullException) {
            return false;
        }
        return !(failure instanceof DownstreamFailure f) || f.countsAsServiceFailure();
    }
}
