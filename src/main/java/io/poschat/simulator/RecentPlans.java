package io.poschat.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The last few hundred day plans, least recently used out first, each planned once however many ask
 * for it at the same time. A day's orders and its payments are asked for together (a revenue answer
 * calls pos and payment at once), so their plan must still be here for the second call. A Caffeine
 * cache did not keep it: its admission policy turns away a new key that has been asked for once in
 * favour of keys asked for twice, so under a crowd asking about new days nearly every second call
 * planned the day again (docs/benchmarks.md, finding 31). Kept small on purpose: every plan held is
 * copied by the young collections until it is dropped.
 *
 * @param <K> what a plan is of (a tenant and a day)
 */
final class RecentPlans<K> {

    private final Map<K, FutureTask<List<PlannedOrder>>> plans;

    RecentPlans(int capacity) {
        this.plans = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, FutureTask<List<PlannedOrder>>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The plan of {@code key}: the one held, the one being made by another caller, or a new one. */
    List<PlannedOrder> get(K key, Supplier<List<PlannedOrder>> plan) {
        FutureTask<List<PlannedOrder>> task;
        boolean mine = false;
        synchronized (plans) {
            task = plans.get(key);
            if (task == null) {
                task = new FutureTask<>(plan::get);
                plans.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run(); // outside the lock: planning a day takes tens of microseconds
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (plans) {
                plans.remove(key, task);
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another request planned the day", e);
        }
    }

    int size() {
        synchronized (plans) {
            return plans.size();
        }
    }
}
