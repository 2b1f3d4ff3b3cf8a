package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentPlansTest {

    private final AtomicInteger planned = new AtomicInteger();

    private List<PlannedOrder> plan() {
        planned.incrementAndGet();
        return List.of();
    }

    @Test
    void aDayAskedForAgainAfterAHundredOthersIsNotPlannedAgain() {
        var plans = new RecentPlans<Integer>(256);
        // A crowd's questions: each day's payments come 100 days after its orders (both move to the front).
        for (int day = 0; day < 3_000; day++) {
            plans.get(day, this::plan);
            if (day >= 100) {
                plans.get(day - 100, this::plan);
            }
        }
        assertThat(planned).hasValue(3_000);
    }

    @Test
    void keepsOnlyTheMostRecentlyUsed() {
        var plans = new RecentPlans<Integer>(3);
        plans.get(1, this::plan);
        plans.get(2, this::plan);
        plans.get(3, this::plan);
        plans.get(1, this::plan); // 2 is now the least recently used
        plans.get(4, this::plan);

        assertThat(plans.size()).isEqualTo(3);
        plans.get(1, this::plan);
        assertThat(planned).hasValue(4);
        plans.get(2, this::plan);
        assertThat(planned).hasValue(5);
    }

    @Test
    void callersAskingAtTheSameTimeWaitForOnePlan() throws Exception {
        var plans = new RecentPlans<String>(16);
        var release = new CountDownLatch(1);
        var results = new ArrayList<Future<List<PlannedOrder>>>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                results.add(threads.submit(() -> plans.get("bistro-1 2026-11-24", () -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return plan();
                })));
            }
            Thread.sleep(50);
            release.countDown();
            for (Future<List<PlannedOrder>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        }
        assertThat(planned).hasValue(1);
    }

    @Test
    void aPlanThatFailedIsTriedAgainByTheNextCaller() {
        var plans = new RecentPlans<Integer>(16);
        assertThatThrownBy(() -> plans.get(1, () -> {
                    throw new IllegalArgumentException("no such tenant");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no such tenant");

        plans.get(1, this::plan);
        assertThat(planned).hasValue(1);
    }
}
