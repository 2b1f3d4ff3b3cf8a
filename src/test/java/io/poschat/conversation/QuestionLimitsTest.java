package io.poschat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.AuthInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The question rate limits, on a clock the test moves: exact counts, no timing. */
class QuestionLimitsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final QuestionLimits limits = new QuestionLimits(new LimitsProperties(3, 5, 10), nanos::get);

    @Test
    void theQuestionBeyondTheSessionsLimitIsRefusedAndTheNextSecondIsAdmittedAgain() {
        Session session = session("bistro-1");

        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit(session)).as("question %d", i + 1).isEmpty();
        }
        var refused = limits.admit(session);

        assertThat(refused).hasValueSatisfying(refusal -> {
            assertThat(refusal.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(refusal.message())
                    .contains("at most 3 questions a second")
                    .contains("Try again in a second");
        });

        advance(Duration.ofSeconds(1));
        assertThat(limits.admit(session)).isEmpty();
    }

    @Test
    void aTenantsLimitIsSharedByAllItsSessionsAndLeavesOtherTenantsAlone() {
        Session first = session("bistro-1");
        Session second = session("bistro-1");
        Session elsewhere = session("cafe-2");

        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit(first)).isEmpty();
        }
        assertThat(limits.admit(second)).isEmpty();
        assertThat(limits.admit(second)).isEmpty();
        var refused = limits.admit(second);

        assertThat(refused).hasValueSatisfying(refusal -> {
            assertThat(refusal.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(refusal.message()).contains("Your restaurant").contains("at most 5 questions a second");
        });
        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit(elsewhere))
                    .as("the other tenant's question %d", i + 1)
                    .isEmpty();
        }

        advance(Duration.ofSeconds(1));
        assertThat(limits.admit(second)).isEmpty();
    }

    @Test
    void aSessionOverItsOwnLimitDoesNotUseUpItsTenantsAllowance() {
        Session flooder = session("bistro-1");
        Session colleague = session("bistro-1");

        for (int i = 0; i < 100; i++) {
            limits.admit(flooder);
        }

        // The flooder got 3 of the tenant's 5; its 97 refusals took none.
        assertThat(limits.admit(colleague)).isEmpty();
        assertThat(limits.admit(colleague)).isEmpty();
        assertThat(limits.admit(colleague)).isPresent();
    }

    @Test
    void eachTenantHasOneLimiterHoweverManySessionsAndQuestionsItHas() {
        for (int i = 0; i < 1_000; i++) {
            limits.admit(session("tenant-" + i % 50));
        }
        assertThat(limits.tenantsTracked()).isEqualTo(50);
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static Session session(String tenant) {
        return new Session(
                "token",
                new AuthInfo(
                        "u-1",
                        "Maria",
                        tenant,
                        tenant,
                        "Europe/Madrid",
                        "EUR",
                        List.of("manager"),
                        Set.of("reports:read")),
                Instant.EPOCH);
    }
}
