package io.poschat.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poschat.answer.Audience;
import io.poschat.answer.Reply;
import io.poschat.downstream.CallRecord;
import io.poschat.downstream.CallStatus;
import io.poschat.downstream.Service;
import io.poschat.nlu.Intent;
import io.poschat.nlu.Period;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Identical questions in flight share one answer; anything else, or a first question that ends
 * without a reply, leaves each question to run its own plan.
 */
class SharedAnswersTest {

    private static final long FAR = Duration.ofSeconds(10).toNanos();
    private static final Audience MANAGER = new Audience(
            "Maria",
            "Bistro",
            java.util.Currency.getInstance("EUR"),
            ZoneId.of("Europe/Berlin"),
            LocalDate.of(2026, 11, 25));
    private static final SharedAnswers.Key YESTERDAY =
            new SharedAnswers.Key("bistro-1", MANAGER, Intent.REVENUE, Period.day(LocalDate.of(2026, 11, 24)), 5);
    private static final CallRecord ORDERS = new CallRecord(Service.POS, "/orders", CallStatus.OK, 2, 100, false);
    private static final CallRecord TOTAL =
            new CallRecord(Service.PAYMENT, "/payments/total", CallStatus.OK, 3, 120, false);

    private final AtomicInteger sharedCount = new AtomicInteger();
    private final SharedAnswers shared = new SharedAnswers(key -> {
        assertThat(key).isEqualTo(YESTERDAY);
        sharedCount.incrementAndGet();
    });
    private final AtomicInteger plansRun = new AtomicInteger();

    @Test
    void aQuestionAskedWhileTheSameIsAnsweredGetsThatReplyAndItsCallsOnItsOwnTimeAxis() throws Exception {
        CountDownLatch ordersIn = new CountDownLatch(1);
        CountDownLatch joined = new CountDownLatch(1);
        long firstStart = System.nanoTime();
        List<CallRecord> firstCalls = new CopyOnWriteArrayList<>();
        Future<Optional<Reply>> first = ask(YESTERDAY, firstStart, firstCalls, calls -> {
            calls.accept(ORDERS);
            ordersIn.countDown();
            joined.await();
            calls.accept(TOTAL);
            return Optional.of(reply("You took €3,764.90 yesterday."));
        });
        ordersIn.await();
        await(() -> shared.running() == 1);

        List<CallRecord> secondCalls = new CopyOnWriteArrayList<>();
        long secondStart = firstStart + TimeUnit.MILLISECONDS.toNanos(50);
        Future<Optional<Reply>> second = ask(YESTERDAY, secondStart, secondCalls, calls -> {
            throw new AssertionError("the same question in flight must not run its plan again");
        });
        await(() -> shared.waiting() == 1);
        assertThat(secondCalls).hasSize(1); // the call finished before it joined: told at once
        joined.countDown();

        assertThat(first.get().orElseThrow().text()).isEqualTo("You took €3,764.90 yesterday.");
        assertThat(second.get()).isEqualTo(first.get());
        assertThat(plansRun).hasValue(1);
        assertThat(sharedCount).hasValue(1);
        assertThat(firstCalls).containsExactly(ORDERS, TOTAL);
        // 50 ms later on the second question's axis: started before it (so at 0, with what was left of it).
        assertThat(secondCalls)
                .containsExactly(
                        new CallRecord(Service.POS, "/orders", CallStatus.OK, 0, 52, false),
                        new CallRecord(Service.PAYMENT, "/payments/total", CallStatus.OK, 0, 73, false));
        assertThat(shared.running()).isZero();
    }

    @Test
    void differentQuestionsEachRunTheirOwnPlan() throws Exception {
        var otherDay =
                new SharedAnswers.Key("bistro-1", MANAGER, Intent.REVENUE, Period.day(LocalDate.of(2026, 11, 23)), 5);
        var otherTenant = new SharedAnswers.Key("cafe-2", MANAGER, Intent.REVENUE, YESTERDAY.period(), 5);
        var otherIntent = new SharedAnswers.Key("bistro-1", MANAGER, Intent.PAYMENT_METHODS, YESTERDAY.period(), 5);
        CountDownLatch allStarted = new CountDownLatch(4);
        List<Future<Optional<Reply>>> answers = List.of(YESTERDAY, otherDay, otherTenant, otherIntent).stream()
                .map(key -> ask(key, System.nanoTime(), new CopyOnWriteArrayList<>(), calls -> {
                    allStarted.countDown();
                    allStarted.await(); // all four in flight at once
                    return Optional.of(reply(key.tenant() + " " + key.intent() + " " + key.period()));
                }))
                .toList();

        for (Future<Optional<Reply>> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS)).isPresent();
        }
        assertThat(plansRun).hasValue(4);
        assertThat(sharedCount).hasValue(0);
    }

    @Test
    void whenTheFirstEndsWithoutAReplyTheOneWaitingRunsThePlanItself() throws Exception {
        CountDownLatch joined = new CountDownLatch(1);
        Future<Optional<Reply>> first = ask(YESTERDAY, System.nanoTime(), new CopyOnWriteArrayList<>(), calls -> {
            joined.await();
            return Optional.empty(); // turned away by the admission
        });
        await(() -> shared.running() == 1);
        Future<Optional<Reply>> second = ask(YESTERDAY, System.nanoTime(), new CopyOnWriteArrayList<>(), calls -> {
            calls.accept(ORDERS);
            return Optional.of(reply("its own"));
        });
        await(() -> shared.waiting() == 1);
        joined.countDown();

        assertThat(first.get()).isEmpty();
        assertThat(second.get().orElseThrow().text()).isEqualTo("its own");
        assertThat(plansRun).hasValue(2);
        assertThat(sharedCount).hasValue(0);
    }

    @Test
    void aCancelledFirstQuestionLeavesTheOneWaitingToAnswerItself() throws Exception {
        CountDownLatch joined = new CountDownLatch(1);
        Future<Optional<Reply>> first = ask(YESTERDAY, System.nanoTime(), new CopyOnWriteArrayList<>(), calls -> {
            joined.await();
            throw new InterruptedException("cancelled by its user");
        });
        await(() -> shared.running() == 1);
        Future<Optional<Reply>> second =
                ask(YESTERDAY, System.nanoTime(), new CopyOnWriteArrayList<>(), calls -> Optional.of(reply("its own")));
        await(() -> shared.waiting() == 1);
        joined.countDown();

        assertThatThrownBy(first::get).hasCauseInstanceOf(InterruptedException.class);
        assertThat(second.get().orElseThrow().text()).isEqualTo("its own");
        assertThat(shared.running()).isZero();
    }

    @Test
    void aQuestionWhoseDeadlineFallsFirstGetsNoReplyAndNoProgressAfterIt() throws Exception {
        CountDownLatch late = new CountDownLatch(1);
        CountDownLatch totalSent = new CountDownLatch(1);
        Future<Optional<Reply>> first = ask(YESTERDAY, System.nanoTime(), new CopyOnWriteArrayList<>(), calls -> {
            calls.accept(ORDERS);
            late.await();
            calls.accept(TOTAL);
            totalSent.countDown();
            return Optional.of(reply("late"));
        });
        await(() -> shared.running() == 1);
        List<CallRecord> secondCalls = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        Optional<Reply> second =
                shared.answer(YESTERDAY, start, start + TimeUnit.MILLISECONDS.toNanos(50), secondCalls::add, calls -> {
                    throw new AssertionError("joined, so no plan of its own");
                });
        late.countDown();
        totalSent.await();

        assertThat(second).isEmpty();
        assertThat(first.get().orElseThrow().text()).isEqualTo("late");
        assertThat(secondCalls).extracting(CallRecord::service).containsExactly(Service.POS);
    }

    private Future<Optional<Reply>> ask(
            SharedAnswers.Key key, long startNanos, List<CallRecord> calls, SharedAnswers.Plan plan) {
        FutureTask<Optional<Reply>> task =
                new FutureTask<>(() -> shared.answer(key, startNanos, startNanos + FAR, calls::add, consumer -> {
                    plansRun.incrementAndGet();
                    return plan.run(consumer);
                }));
        Thread.ofVirtual().start(task);
        return task;
    }

    private static Reply reply(String text) {
        return new Reply(text, Map.of(), List.of(), false);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(5);
        }
    }
}
