package io.poschat.nlu;

import java.util.Optional;

/**
 * What a question said about when and how many. Either part may be absent: absent means the
 * question did not say (the intent's default applies), not "unknown".
 */
public record Slots(Optional<Period> period, Optional<Integer> limit) {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;

    public static Slots none() {
        return new Slots(Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return period.isEmpty() && limit.isEmpty();
    }

    /** These slots, with whatever {@code newer} says taking precedence (for follow-ups). */
    public Slots overriddenBy(Slots newer) {
        return new Slots(newer.period.or(() -> period), newer.limit.or(() -> limit));
    }
}
