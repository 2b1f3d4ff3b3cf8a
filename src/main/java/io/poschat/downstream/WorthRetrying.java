package io.poschat.downstream;

import java.util.function.Predicate;

/** The retries' predicate (named in application.yml): see {@link DownstreamFailure#isRetryable()}. */
public final class WorthRetrying implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof DownstreamFailure f && f.isRetryable();
    }
}
