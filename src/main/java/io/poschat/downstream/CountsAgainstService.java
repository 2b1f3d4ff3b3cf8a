package io.poschat.downstream;

import java.util.function.Predicate;

/**
 * The circuit breakers' failure predicate (named in application.yml): every failure counts against
 * a service except its refusal of a user's token, which says nothing about the service's health.
 */
public final class CountsAgainstService implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return !(failure instanceof DownstreamFailure f) || f.countsAsServiceFailure();
    }
}
