package io.poschat.conversation;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The question rate limits: one resilience4j {@link RateLimiter} per session and one per tenant,
 * shared by all of that tenant's sessions and HTTP callers. A question beyond either is refused at
 * once (no waiting), before anything costly is done for it.
 */
@Component
public class QuestionLimits {

    private static final Duration PERIOD = Duration.ofSeconds(1);
    /**
     * A tenant quiet this long has its full allowance back anyway, so forgetting its limiter changes
     * nothing; the bound keeps a stream of made-up tenants from growing the map.
     */
    private static final Duration FORGET_TENANT_AFTER = Duration.ofMinutes(10);

    private static final long MAX_TENANTS = 100_000;

    private final LimitsProperties limits;
    private final Supplier<Long> nanoTime;
    private final RateLimiterConfig perSession;
    private final LoadingCache<String, RateLimiter> tenants;

    @Autowired
    public QuestionLimits(LimitsProperties limits) {
        this(limits, System::nanoTime);
    }

    /** @param nanoTime the limiters' time source; tests pass one they move by hand */
    public QuestionLimits(LimitsProperties limits, Supplier<Long> nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
        this.perSession = config(limits.questionsPerSecondPerSession());
        RateLimiterConfig perTenant = config(limits.questionsPerSecondPerTenant());
        this.tenants = Caffeine.newBuilder()
                .expireAfterAccess(FORGET_TENANT_AFTER)
                .maximumSize(MAX_TENANTS)
                .build(tenant -> new AtomicRateLimiter("tenant-" + tenant, perTenant, nanoTime));
    }

    /**
     * Counts a question against its session's and its tenant's limits.
     *
     * @return the refusal when either is used up, empty when the question may go on
     */
    public Optional<Outcome.Refused> admit(Session session) {
        // The session first: a flooding session is stopped by its own limit without using up the
        // permits its tenant's other sessions need.
        RateLimiter own = session.limiter(() -> new AtomicRateLimiter("session", perSession, nanoTime));
        if (!own.acquirePermission()) {
            return Optional.of(
                    refused("You're asking faster than I can answer (at most " + limits.questionsPerSecondPerSession()
                            + " questions a second). Try again in " + waitOf(own) + "."));
        }
        RateLimiter tenant = tenants.get(session.user().tenantId());
        if (!tenant.acquirePermission()) {
            return Optional.of(refused("Your restaurant is asking more than I can answer right now (at most "
                    + limits.questionsPerSecondPerTenant() + " questions a second in all). Try again in "
                    + waitOf(tenant) + "."));
        }
        return Optional.empty();
    }

    /** How many tenants have a limiter now (for tests: the map must stay bounded). */
    long tenantsTracked() {
        tenants.cleanUp();
        return tenants.estimatedSize();
    }

    private static Outcome.Refused refused(String message) {
        return new Outcome.Refused(ErrorCode.RATE_LIMITED, message);
    }

    private static String waitOf(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : PERIOD.toNanos();
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        return seconds == 1 ? "a second" : seconds + " seconds";
    }

    private static RateLimiterConfig config(int perSecond) {
        return RateLimiterConfig.custom()
                .limitForPeriod(perSecond)
                .limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
