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
    void theSeedProfileDrawsItsFixedDelays() {
        assertThat(latency.draw(Service.POS)).isEqualTo(Duration.ofMillis(800));
        assertThat(latency.draw(Service.PAYMENT)).isEqualTo(Duration.ofMillis(900));
    }
}
