package io.poschat.chat;

import io.poschat.conversation.LimitsProperties;
import io.poschat.conversation.QuestionLimits;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The rate limiters' time stands still until a test moves it, so "the sixth question in a second"
 * means exactly that however slow the machine is.
 */
@TestConfiguration(proxyBeanMethods = false)
class ManualLimitsClock {

    private final AtomicLong nanos = new AtomicLong(1_000);

    @Bean
    @Primary
    QuestionLimits manuallyTimedLimits(LimitsProperties limits) {
        return new QuestionLimits(limits, nanos::get);
    }

    /** Starts a new second: every limiter has its full allowance again. */
    void nextSecond() {
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    }
}
