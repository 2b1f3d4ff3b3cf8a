package io.poschat.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.Deadline;
import io.poschat.orchestration.OrchestrationProperties.Mode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The two orchestration modes: branches at once on their own threads, or one by one on the caller's. */
class FanoutModeTest {

    @Test
    void sequentialModeRunsEachBranchToItsEndOnTheCallersThreadBeforeTheNextStarts() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<String> events = new CopyOnWriteArrayList<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        try (Fanout fan = Fanout.within(Deadline.after(Duration.ofSeconds(5)), Mode.SEQUENTIAL)) {
            List<Fanout.Branch<String>> branches = new java.util.ArrayList<>();
            for (String name : List.of("a", "b", "c")) {
                branches.add(fan.fork(() -> {
                    threads.add(Thread.currentThread());
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    events.add("start " + name);
                    Thread.sleep(20); // long enough for a parallel branch to have started meanwhile
                    events.add("end " + name);
                    running.decrementAndGet();
                    return name;
                }));
            }
            fan.join();
            assertThat(branches)
                    .extracting(branch -> branch.result().orElseThrow())
                    .containsExactly("a", "b", "c");
        }
        assertThat(mostAtOnce).hasValue(1);
        assertThat(events).containsExactly("start a", "end a", "start b", "end b", "start c", "end c");
        assertThat(threads).containsOnly(Thread.currentThread());
    }

    @Test
    void parallelModeRunsBranchesAtTheSameTimeOnTheirOwnThreads() throws Exception {
        // Each branch waits for the other to have started: only branches running at once can finish.
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        try (Fanout fan = Fanout.within(Deadline.after(Duration.ofSeconds(5)), Mode.PARALLEL)) {
            var a = fan.fork(() -> meet(bothStarted, threads));
            var b = fan.fork(() -> meet(bothStarted, threads));
            fan.join();
            assertThat(a.result()).contains(true);
            assertThat(b.result()).contains(true);
        }
        assertThat(threads).doesNotContain(Thread.currentThread());
    }

    @Test
    void aFailingBranchInSequentialModeHasNoResultAndTheNextStillRuns() throws Exception {
        try (Fanout fan = Fanout.within(Deadline.after(Duration.ofSeconds(5)), Mode.SEQUENTIAL)) {
            Fanout.Branch<String> broken = fan.fork(() -> {
                throw new IllegalStateException("a bug");
            });
            Fanout.Branch<String> fine = fan.fork(() -> "fine");
            fan.join();
            assertThat(broken.result()).isEmpty();
            assertThat(fine.result()).contains("fine");
        }
    }

    private static boolean meet(CountDownLatch bothStarted, List<Thread> threads) throws InterruptedException {
        threads.add(Thread.currentThread());
        bothStarted.countDown();
        return bothStarted.await(4, TimeUnit.SECONDS);
    }
}
