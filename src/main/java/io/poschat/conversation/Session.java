package io.poschat.conversation;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.poschat.downstream.AuthInfo;
import io.poschat.nlu.Intent;
import io.poschat.nlu.Slots;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One signed-in conversation: who is asking (as the auth service said, kept for the session), and
 * what was last asked, for follow-ups and clarifications. Thread-safe: questions of one session may
 * overlap.
 */
public final class Session {

    private final String token;
    private AuthInfo user;
    private Instant verifiedAt;
    private Intent lastIntent;
    private Slots lastSlots = Slots.none();
    private List<Pending> pendingOptions = List.of();
    private RateLimiter limiter;

    Session(String token, AuthInfo user, Instant verifiedAt) {
        this.token = token;
        this.user = user;
        this.verifiedAt = verifiedAt;
    }

    public synchronized AuthInfo user() {
        return user;
    }

    public ZoneId zone() {
        return ZoneId.of(user().timezone());
    }

    String token() {
        return token;
    }

    synchronized Instant verifiedAt() {
        return verifiedAt;
    }

    synchronized void reverified(AuthInfo user, Instant at) {
        this.user = user;
        this.verifiedAt = at;
    }

    synchronized Optional<Intent> lastIntent() {
        return Optional.ofNullable(lastIntent);
    }

    synchronized Slots lastSlots() {
        return lastSlots;
    }

    synchronized void remember(Intent intent, Slots slots) {
        this.lastIntent = intent;
        this.lastSlots = slots;
        this.pendingOptions = List.of();
    }

    synchronized void offer(List<Pending> options) {
        this.pendingOptions = List.copyOf(options);
    }

    /** The clarification option whose text this is, if the last answer offered one. */
    synchronized Optional<Pending> pendingOption(String text) {
        String asked = text.strip();
        return pendingOptions.stream()
                .filter(option -> option.text().equalsIgnoreCase(asked))
                .findFirst();
    }

    /** This session's question rate limiter, made on its first question (see {@link QuestionLimits}). */
    synchronized RateLimiter limiter(Supplier<RateLimiter> create) {
        if (limiter == null) {
            limiter = create.get();
        }
        return limiter;
    }

    /** A clarification option offered to the user, with what picking it means. */
    record Pending(String text, Intent intent, Slots slots) {}
}
