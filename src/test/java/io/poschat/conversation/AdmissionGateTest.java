package io.poschat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {

    private static final long LAG_LIMIT = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long ON_TIME = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long LATE = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long LONG = TimeUnit.SECONDS.toNanos(30);

    private static long in(long nanos) {
        return System.nanoTime() + nanos;
    }

    @Test
    void startsAtSixtyFourAndLetsThatManyInAtOnce() throws Exception {
        var gate = new AdmissionGate(8, 2000, LAG_LIMIT);

        for (int i = 0; i < 64; i++) {
            assertThat(gate.enter(in(LONG))).isTrue();
        }

        assertThat(gate.inFlight()).isEqualTo(64);
        assertThat(gate.enter(System.nanoTime()))
                .as("no room and no time to wait")
                .isFalse();
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void aQueuedQuestionGoesInWhenAnotherLeaves() throws Exception {
        var gate = new AdmissionGate(1, 1, LAG_LIMIT);
        assertThat(gate.enter(in(LONG))).isTrue();

        var queued = CompletableFuture.supplyAsync(() -> enterQuietly(gate, in(LONG)));
        awaitWaiting(gate, 1);
        assertThat(queued).isNotDone();

        gate.exit();

        assertThat(queued.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.inFlight()).isEqualTo(1);
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void aQueuedQuestionGivesUpAtItsTime() throws Exception {
        var gate = new AdmissionGate(1, 1, LAG_LIMIT);
        assertThat(gate.enter(in(LONG))).isTrue();

        assertThat(gate.enter(in(TimeUnit.MILLISECONDS.toNanos(30)))).isFalse();

        assertThat(gate.inFlight()).isEqualTo(1);
        assertThat(gate.waiting()).isZero();
    }

    @Test
    void aLateSchedulerCutsTheBoundToFourFifthsOfWhatIsInFlightOncePerCoolDown() throws Exception {
        var gate = new AdmissionGate(8, 2000, LAG_LIMIT);
        for (int i = 0; i < 50; i++) {
            gate.enter(in(LONG));
        }

        gate.observe(LATE, 0);
        assertThat(gate.limit()).isEqualTo(40);

        gate.observe(LATE, AdmissionGate.COOL_DOWN_NANOS - 1);
        assertThat(gate.limit()).as("the first cut has not had time to show").isEqualTo(40);

        gate.observe(LATE, AdmissionGate.COOL_DOWN_NANOS);
        assertThat(gate.limit()).isEqualTo(32);
        assertThat(gate.inFlight())
                .as("questions already running are not stopped")
                .isEqualTo(50);
        assertThat(gate.enter(System.nanoTime())).isFalse();
    }

    @Test
    void theBoundNeverFallsBelowItsMinimum() throws Exception {
        var gate = new AdmissionGate(8, 2000, LAG_LIMIT);
        for (int i = 0; i < 64; i++) {
            gate.enter(in(LONG));
        }

        for (int tick = 0; tick < 50; tick++) {
            gate.observe(LATE, tick * AdmissionGate.COOL_DOWN_NANOS);
        }

        assertThat(gate.limit()).isEqualTo(8);
    }

    @Test
    void aLateSchedulerLeavesABoundItIsNotUsingAlone() throws Exception {
        var gate = new AdmissionGate(8, 2000, LAG_LIMIT);
        for (int i = 0; i < 31; i++) {
            gate.enter(in(LONG));
        }

        for (int tick = 0; tick < 5; tick++) {
            gate.observe(LATE, tick * AdmissionGate.COOL_DOWN_NANOS);
        }
        assertThat(gate.limit())
                .as("31 of 64 in flight: the lateness is not theirs")
                .isEqualTo(64);

        gate.enter(in(LONG));
        gate.observe(LATE, 5 * AdmissionGate.COOL_DOWN_NANOS);
        assertThat(gate.limit())
                .as("half the bound in use: cut to four fifths of 32")
                .isEqualTo(25);
    }

    @Test
    void anOnTimeSchedulerWithQuestionsQueuedGrowsTheBoundAndLetsThemIn() throws Exception {
        var gate = new AdmissionGate(8, 2000, LAG_LIMIT);
        for (int i = 0; i < 64; i++) {
            gate.enter(in(LONG));
        }
        var queued = CompletableFuture.supplyAsync(() -> enterQuietly(gate, in(LONG)));
        awaitWaiting(gate, 1);

        gate.observe(ON_TIME, 0);

        assertThat(gate.limit()).isEqualTo(72);
        assertThat(queued.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.inFlight()).isEqualTo(65);
    }

    @Test
    void theBoundDoesNotGrowWithoutQuestionsWaitingNorPastItsMaximum() throws Exception {
        var gate = new AdmissionGate(8, 66, LAG_LIMIT);

        gate.observe(ON_TIME, 0);
        assertThat(gate.limit()).as("nobody waits: no reason to grow").isEqualTo(64);

        for (int i = 0; i < 64; i++) {
            gate.enter(in(LONG));
        }
        var queued = CompletableFuture.supplyAsync(() -> enterQuietly(gate, in(LONG)));
        awaitWaiting(gate, 1);
        gate.observe(ON_TIME, 0);

        assertThat(gate.limit()).isEqualTo(66);
        assertThat(queued.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aLagBetweenHalfAndTheLimitHoldsTheBound() throws Exception {
        var gate = new AdmissionGate(8, 2000, LAG_LIMIT);
        for (int i = 0; i < 64; i++) {
            gate.enter(in(LONG));
        }
        var queued = CompletableFuture.supplyAsync(() -> enterQuietly(gate, in(LONG)));
        awaitWaiting(gate, 1);

        gate.observe(TimeUnit.MILLISECONDS.toNanos(15), 0);

        assertThat(gate.limit()).isEqualTo(64);
        gate.exit();
        assertThat(queued.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void isIdleWithNoQuestionInFlightAndBusyFromTheFirstUntilTheLastLeaves() throws Exception {
        var gate = new AdmissionGate(1, 1, LAG_LIMIT);
        assertThat(gate.awaitBusy(0)).isFalse();
        assertThat(gate.awaitBusy(TimeUnit.MILLISECONDS.toNanos(30)))
                .as("no question came while it waited")
                .isFalse();

        assertThat(gate.enter(in(LONG))).isTrue();
        assertThat(gate.awaitBusy(0)).isTrue();

        // One queued behind it goes in as it leaves: busy all along.
        var queued = CompletableFuture.supplyAsync(() -> enterQuietly(gate, in(LONG)));
        awaitWaiting(gate, 1);
        gate.exit();
        assertThat(queued.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.awaitBusy(0)).isTrue();

        gate.exit();
        assertThat(gate.awaitBusy(0)).isFalse();
    }

    @Test
    void aWaitForQuestionsEndsWhenTheFirstGoesIn() throws Exception {
        var gate = new AdmissionGate(8, 2000, LAG_LIMIT);
        var waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.awaitBusy(LONG);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        Thread.sleep(20);
        assertThat(waiter).isNotDone();

        assertThat(gate.enter(in(LONG))).isTrue();

        assertThat(waiter.get(10, TimeUnit.SECONDS)).isTrue();
    }

    private static boolean enterQuietly(AdmissionGate gate, long until) {
        try {
            return gate.enter(until);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void awaitWaiting(AdmissionGate gate, int count) throws InterruptedException {
        long until = in(TimeUnit.SECONDS.toNanos(10));
        while (gate.waiting() < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(gate.waiting()).isEqualTo(count);
    }
}
