package io.poschat.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Threads waiting for one result get it in the order they began to wait, whoever came first first. */
class ArrivalOrderTest {

    private static final long FAR = Duration.ofSeconds(10).toNanos();

    @Test
    void theThreadsThatWaitedLongestAreWokenFirst() throws Exception {
        ArrivalOrder<String> answer = new ArrivalOrder<>();
        ConcurrentLinkedQueue<Integer> woken = new ConcurrentLinkedQueue<>();
        List<Thread> waiters = new ArrayList<>();
        int count = 30;
        for (int i = 0; i < count; i++) {
            int arrived = i;
            waiters.add(Thread.ofVirtual().start(() -> {
                try {
                    assertThat(answer.await(FAR)).isEqualTo("€3,764.90");
                    woken.add(arrived);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }));
            awaitWaiting(answer, i + 1); // the next one begins to wait only after this one
        }

        answer.complete("€3,764.90");
        for (Thread waiter : waiters) {
            waiter.join();
        }

        assertThat(woken).hasSize(count);
        // Two carrier threads may swap neighbours, never the first and the last: a CompletableFuture
        // wakes its blocked getters last come first (29, 28, 27, ...).
        assertThat(woken.stream().limit(5)).allMatch(arrived -> arrived < 10);
        assertThat(answer.waiting()).isZero();
    }

    @Test
    void aResultAlreadyThereIsReturnedAtOnceAndOnlyTheFirstCompletionCounts() throws Exception {
        ArrivalOrder<String> answer = new ArrivalOrder<>();
        answer.complete("first");
        answer.complete("second");

        assertThat(answer.await(0)).isEqualTo("first");
        assertThat(answer.waiting()).isZero();
    }

    @Test
    void aThreadWhoseTimeRunsOutStopsWaitingAndIsNotHandedTheResultLater() throws Exception {
        ArrivalOrder<String> answer = new ArrivalOrder<>();

        assertThatThrownBy(() -> answer.await(Duration.ofMillis(20).toNanos())).isInstanceOf(TimeoutException.class);
        assertThat(answer.waiting()).isZero();
        assertThatThrownBy(() -> answer.await(-5)).isInstanceOf(TimeoutException.class);

        answer.complete("late");
        assertThat(answer.await(0)).isEqualTo("late");
    }

    private static void awaitWaiting(ArrivalOrder<?> answer, int count) throws InterruptedException {
        long until = System.nanoTime() + FAR;
        while (answer.waiting() < count) {
            if (System.nanoTime() > until) {
                throw new AssertionError("only " + answer.waiting() + " of " + count + " threads began to wait");
            }
            Thread.sleep(1);
        }
    }
}
