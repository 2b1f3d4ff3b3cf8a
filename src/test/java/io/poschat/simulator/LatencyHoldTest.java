package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A profile's latency is a call's whole service time: the simulator sleeps only what its own work
 * left of it. Checked without a stopwatch: an interrupted thread only notices when it really sleeps.
 */
class LatencyHoldTest {

    private final Latency latency = new Latency(Latency.Profile.SEED);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void workThatTookTheWholeDelayLeavesNothingToSleep() {
        long startedLongAgo = System.nanoTime() - Duration.ofSeconds(2).toNanos();
        Thread.currentThread().interrupt();

        assertThatNoException().isThrownBy(() -> latency.holdRest(Duration.ofMillis(900), startedLongAgo));
    }

    @Test
    void whatIsLeftOfTheDelayIsSlept() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> latency.holdRest(Duration.ofSeconds(30), System.nanoTime()))
                .isInstanceOf(InterruptedException.class);
    }

    @Test
    void sleepsEndingLateTeachItToWakeThatMuchEarlier() {
        var oversleep = new Latency.Oversleep();
        long lateBy = 400_000; // every sleep so far ended 0.4 ms after it was due

        for (int i = 0; i < 100; i++) {
            oversleep.learn(lateBy - oversleep.estimateNanos());
        }

        assertThat(oversleep.estimateNanos()).isBetween(390_000L, 400_000L);
        assertThat(oversleep.shorten(Duration.ofMillis(100).toNanos()))
                .isEqualTo(Duration.ofMillis(100).toNanos() - oversleep.estimateNanos());
    }

    @Test
    void aBusyMachineCannotTeachItToCutDelaysByMoreThanAMillisecond() {
        var oversleep = new Latency.Oversleep();

        for (int i = 0; i < 100; i++) {
            oversleep.learn(Duration.ofMillis(50).toNanos());
        }

        assertThat(oversleep.estimateNanos()).isEqualTo(Latency.Oversleep.MAX_NANOS);
    }

    @Test
    void sleepsEndingEarlyTeachItToWakeLaterButNeverAfterDue() {
        var oversleep = new Latency.Oversleep();
        oversleep.learn(800_000);
        long learned = oversleep.estimateNanos();

        oversleep.learn(-80_000);
        assertThat(oversleep.estimateNanos()).isEqualTo(learned - 10_000);

        for (int i = 0; i < 100; i++) {
            oversleep.learn(-1_000_000);
        }
        assertThat(oversleep.estimateNanos()).isZero();
        assertThat(oversleep.shorten(5_000)).isEqualTo(5_000);
    }

    @Test
    void theSeedProfileDrawsItsFixedDelays() {
        assertThat(latency.draw(Service.POS)).isEqualTo(Duration.ofMillis(800));
        assertThat(latency.draw(Service.PAYMENT)).isEqualTo(Duration.ofMillis(900));
    }
}
