package io.poschat.conversation;

import io.poschat.answer.Audience;
import io.poschat.answer.Reply;
import io.poschat.downstream.ArrivalOrder;
import io.poschat.downstream.CallRecord;
import io.poschat.nlu.Intent;
import io.poschat.nlu.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Identical questions asked while one of them is being answered share that answer: the same tenant
 * and audience (so the same words, currency and time zone), the same intent, period and top-N. The
 * first runs the plan; the others wait for its reply instead of each running the plan again. Their
 * calls would have been shared anyway (the calls' own coalescing), but each would still have forked
 * its branches, waited on them, read the cache and put the findings into words: when a restaurant's
 * staff all ask "revenue today?" at the start of a shift, that is most of the work.
 *
 * <p>Someone who joins sees the calls the answer rests on as progress, those finished before it
 * joined at once, then the rest as they finish, on its own time axis. If the first question ends
 * without a reply (cancelled, turned away by the admission, failed), the others run the plan
 * themselves, as if they had been first.
 */
final class SharedAnswers {

    private final ConcurrentMap<Key, Run> running = new ConcurrentHashMap<>();
    private final Consumer<Key> whenShared;

    /** @param whenShared told each time a question got the answer another one built */
    SharedAnswers(Consumer<Key> whenShared) {
        this.whenShared = whenShared;
    }

    /** What makes two questions the same question. */
    record Key(String tenant, Audience audience, Intent intent, Period period, int limit) {}

    /**
     * The reply for {@code key}: the one being built if another question is building it, else the one
     * {@code plan} builds. A question that joins another gets that one's calls through {@code calls}
     * and waits at most until {@code deadlineNanos} ({@link System#nanoTime()}); empty if the reply
     * did not come by then, or if {@code plan} gave none.
     *
     * @param startNanos when this question arrived, to place the calls it is shown on its time axis
     * @param plan runs the plan, reporting each call it makes to the consumer it is given
     */
    Optional<Reply> answer(Key key, long startNanos, long deadlineNanos, Consumer<CallRecord> calls, Plan plan)
            throws InterruptedException {
        while (true) {
            Run mine = new Run(startNanos);
            Run other = running.putIfAbsent(key, mine);
            if (other == null) {
                return lead(key, mine, calls, plan);
            }
            Optional<Optional<Reply>> joined = join(other, startNanos, deadlineNanos, calls);
            if (joined.isPresent()) {
                if (joined.get().isPresent()) {
                    whenShared.accept(key);
                }
                return joined.get();
            }
            // The other question ended without a reply: run the plan (or join whoever runs it now).
        }
    }

    /** How many answers are being built now (for tests). */
    int running() {
        return running.size();
    }

    /** How many questions wait for an answer another is building (for tests). */
    int waiting() {
        return running.values().stream().mapToInt(Run::followers).sum();
    }

    private Optional<Reply> lead(Key key, Run run, Consumer<CallRecord> calls, Plan plan) throws InterruptedException {
        Optional<Reply> reply = Optional.empty();
        try {
            reply = plan.run(call -> {
                calls.accept(call);
                run.finished(call);
            });
            return reply;
        } finally {
            running.remove(key, run);
            run.reply.complete(reply);
        }
    }

    /**
     * Waits for {@code run}'s reply: empty when it ended without one (the caller then runs the plan
     * itself), an empty reply when this question's deadline fell first.
     */
    private static Optional<Optional<Reply>> join(
            Run run, long startNanos, long deadlineNanos, Consumer<CallRecord> calls) throws InterruptedException {
        long shift = (startNanos - run.startNanos) / 1_000_000;
        Consumer<CallRecord> follower = call -> calls.accept(onOwnAxis(call, shift));
        run.follow(follower);
        try {
            Optional<Reply> reply = run.reply.await(deadlineNanos - System.nanoTime());
            return reply.isPresent() ? Optional.of(reply) : Optional.empty();
        } catch (TimeoutException e) {
            return Optional.of(Optional.empty());
        } finally {
            run.unfollow(follower); // no progress frames after this question's reply
        }
    }

    /** {@code call} as a question that arrived {@code shiftMs} after the one that made it sees it. */
    private static CallRecord onOwnAxis(CallRecord call, long shiftMs) {
        if (shiftMs == 0) {
            return call;
        }
        long started = call.startedMs() - shiftMs;
        long ms = started < 0 ? Math.max(0, call.ms() + started) : call.ms();
        return new CallRecord(call.service(), call.endpoint(), call.status(), Math.max(0, started), ms, call.cached());
    }

    /** Runs an intent's plan, reporting each call to the consumer; empty if it could not start in time. */
    @FunctionalInterface
    interface Plan {
        Optional<Reply> run(Consumer<CallRecord> calls) throws InterruptedException;
    }

    /** One reply being built: the calls it has made so far, and who follows them. */
    private static final class Run {
        private final long startNanos;
        /** Handed out first to who joined first: they have waited longest. */
        private final ArrivalOrder<Optional<Reply>> reply = new ArrivalOrder<>();

        private final List<CallRecord> calls = new ArrayList<>();
        private final List<Consumer<CallRecord>> followers = new ArrayList<>();

        Run(long startNanos) {
            this.startNanos = startNanos;
        }

        synchronized void finished(CallRecord call) {
            calls.add(call);
            followers.forEach(follower -> follower.accept(call));
        }

        /** Tells {@code follower} the calls finished so far, then each one as it finishes. */
        synchronized void follow(Consumer<CallRecord> follower) {
            calls.forEach(follower);
            followers.add(follower);
        }

        synchronized int followers() {
            return followers.size();
        }

        synchronized void unfollow(Consumer<CallRecord> follower) {
            followers.remove(follower);
        }
    }
}
