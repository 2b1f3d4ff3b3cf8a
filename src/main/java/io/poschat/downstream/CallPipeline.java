package io.poschat.downstream;

import com.fasterxml.jackson.databind.JavaType;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.poschat.LogContext;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.DownstreamProperties.CacheSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Every downstream GET goes through here, in this order: a fresh cache entry answers at once;
 * otherwise identical concurrent requests share one in-flight call (no batching window); that call
 * runs as Retry(CircuitBreaker(Bulkhead(http))), each attempt within what is left of the
 * question's deadline; when it fails, the last good answer is served as stale. Nothing here
 * throws: every path ends in a {@link CallOutcome}, recorded and reported to the caller.
 */
@Component
class CallPipeline implements AnswerCache {

    private static final Logger log = LoggerFactory.getLogger(CallPipeline.class);
    /** An attempt with less time than this left is not worth starting. */
    private static final Duration MIN_ATTEMPT = Duration.ofMillis(20);

    private final HttpTransport transport;
    private final JsonBodies json;
    private final DownstreamProperties properties;
    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;
    private final BulkheadRegistry bulkheads;
    private final MeterRegistry meters;
    private final Clock clock;
    private final DownstreamHealth health;
    /** Hits and misses as this pipeline sees them: an entry past its freshness is a miss. */
    private final ConcurrentStatsCounter cacheStats = new ConcurrentStatsCounter();

    private final Cache<CacheKey, Entry> cache;
    private final ConcurrentMap<CacheKey, ArrivalOrder<Fetched>> inFlight = new ConcurrentHashMap<>();
    private final ConcurrentMap<MeterKey, Timer> callTimers = new ConcurrentHashMap<>();
    private final ConcurrentMap<MeterKey, Counter> coalesced = new ConcurrentHashMap<>();

    CallPipeline(
            HttpTransport transport,
            JsonBodies json,
            DownstreamProperties properties,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries,
            BulkheadRegistry bulkheads,
            MeterRegistry meters,
            Clock clock,
            DownstreamHealth health) {
        this.transport = transport;
        this.json = json;
        this.properties = properties;
        this.breakers = breakers;
        this.retries = retries;
        this.bulkheads = bulkheads;
        this.meters = meters;
        this.clock = clock;
        this.health = health;
        this.cache = Caffeine.newBuilder()
                // Weighed by the bytes of the body each answer was read from; a weight is an int, and a
                // body is at most 64 MiB (Http11Connection).
                .maximumWeight(properties.cache().maxSize().toBytes())
                .weigher((CacheKey key, Entry entry) -> entry.bodyBytes())
                // Upkeep (eviction) on the caller's virtual thread, not the common pool, which has one
                // thread on two cores and is not ours to fill.
                .executor(Runnable::run)
                .expireAfter(new KeepUntil())
                .recordStats(() -> cacheStats)
                .build();
        // cache_gets_total{cache="downstream",result="hit|miss"}, cache_size, cache_evictions_total...
        CaffeineCacheMetrics.monitor(meters, cache, "downstream");
    }

    /** A GET of {@code endpoint} with {@code query} (already encoded, may be empty). */
    <T> CallOutcome<T> get(
            Service service, String endpoint, String query, JavaType type, CachePolicy policy, CallContext ctx) {
        long startedMs = ctx.elapsedMsSinceStart();
        long started = System.nanoTime();
        // A sign-in is no question: its calls still log under the id it was given.
        boolean ownLogContext = MDC.get(LogContext.CORRELATION_ID) == null;
        if (ownLogContext) {
            MDC.put(LogContext.CORRELATION_ID, ctx.correlationId());
        }
        CallOutcome<T> outcome;
        try {
            outcome = fetch(service, endpoint, query, type, policy, ctx);
        } catch (RuntimeException e) {
            log.error("{} {} failed unexpectedly", service.id(), endpoint, e);
            outcome = new CallOutcome.Failed<>(Problem.UNREACHABLE);
        } finally {
            if (ownLogContext) {
                MDC.remove(LogContext.CORRELATION_ID);
            }
        }
        long nanos = System.nanoTime() - started;
        boolean cached = outcome instanceof CallOutcome.Ok<T> ok && ok.cached();
        // chatbot_downstream_calls_seconds: what the caller got, cache hits and shared calls included.
        callTimers
                .computeIfAbsent(
                        new MeterKey(service.id(), endpoint, outcome.status().wire()), this::callTimer)
                .record(nanos, TimeUnit.NANOSECONDS);
        report(new CallRecord(service, endpoint, outcome.status(), startedMs, nanos / 1_000_000, cached), ctx);
        return outcome;
    }

    // Built once per tag set: a builder and a registry look-up on every call cost more than the call's bookkeeping.
    private Timer callTimer(MeterKey key) {
        return Timer.builder("chatbot.downstream.calls")
                .description("Downstream calls as their callers saw them, by service, endpoint and outcome")
                .tag("service", key.service())
                .tag("endpoint", key.endpoint())
                .tag("outcome", key.outcome())
                .register(meters);
    }

    private Counter coalescedCounter(MeterKey key) {
        return Counter.builder("chatbot.downstream.coalesced")
                .description("Calls that joined an identical call already in flight instead of making their own")
                .tag("service", key.service())
                .tag("endpoint", key.endpoint())
                .register(meters);
    }

    /** The tags of a downstream meter; {@code outcome} is empty for the coalesced counter. */
    private record MeterKey(String service, String endpoint, String outcome) {}

    /** How long an answer about days up to {@code to} stays true, by this pipeline's clock. */
    CachePolicy rangePolicy(CallContext ctx, LocalDate to) {
        return Ranges.policy(LocalDate.ofInstant(clock.instant(), ctx.zone()), to);
    }

    /** A listener's bug must not cost the caller its data. */
    private static void report(CallRecord record, CallContext ctx) {
        try {
            ctx.onCall().accept(record);
        } catch (RuntimeException e) {
            log.warn("the listener of {} {} failed", record.service().id(), record.endpoint(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> CallOutcome<T> fetch(
            Service service, String endpoint, String query, JavaType type, CachePolicy policy, CallContext ctx) {
        if (policy == CachePolicy.NONE) {
            Fetched fetched = call(service, endpoint, query, type, ctx);
            return fetched.value() != null
                    ? new CallOutcome.Ok<>((T) fetched.value(), false)
                    : CallPipeline.<T>failure(fetched.problem());
        }
        CacheKey key = new CacheKey(ctx.tenantId(), service, endpoint, query);
        Entry entry = cache.policy().getIfPresentQuietly(key);
        if (entry != null && entry.isFresh(clock.instant())) {
            cacheStats.recordHits(1);
            return new CallOutcome.Ok<>((T) entry.value(), true);
        }
        cacheStats.recordMisses(1);
        Fetched fetched = shared(key, () -> callAndKeep(key, policy, service, endpoint, query, type, ctx), ctx);
        if (fetched.value() != null) {
            return new CallOutcome.Ok<>((T) fetched.value(), false);
        }
        // A refusal is about this user, not the service: they get nothing, not even old data.
        Entry last =
                fetched.problem() == Problem.REJECTED ? null : cache.policy().getIfPresentQuietly(key);
        if (last != null && last.isKept(clock.instant())) {
            log.info(
                    "{} {} failed ({}), serving the answer of {}",
                    service.id(),
                    endpoint,
                    fetched.problem(),
                    last.fetchedAt());
            return new CallOutcome.Stale<>((T) last.value(), last.fetchedAt(), fetched.problem());
        }
        return failure(fetched.problem());
    }

    private static <T> CallOutcome<T> failure(Problem problem) {
        return switch (problem) {
            case TIMEOUT -> new CallOutcome.TimedOut<>();
            case CIRCUIT_OPEN -> new CallOutcome.CircuitOpen<>();
            default -> new CallOutcome.Failed<>(problem);
        };
    }

    /**
     * Single flight: the first caller of a key makes the call, the others wait for its result, each
     * no longer than its own deadline, and take it unless the failure was the first caller's own. The leader caches a good answer before it releases the
     * others, and its entry is gone once it is done, whatever happened.
     */
    private Fetched shared(CacheKey key, Supplier<Fetched> call, CallContext ctx) {
        ArrivalOrder<Fetched> mine = new ArrivalOrder<>();
        ArrivalOrder<Fetched> leader = inFlight.putIfAbsent(key, mine);
        if (leader == null) {
            Fetched fetched = Fetched.failed(Problem.UNREACHABLE);
            try {
                fetched = call.get();
                return fetched;
            } finally {
                // Completed before removal: whoever joins in between still gets this answer.
                mine.complete(fetched);
                inFlight.remove(key, mine);
            }
        }
        coalesced
                .computeIfAbsent(new MeterKey(key.service().id(), key.endpoint(), ""), this::coalescedCounter)
                .increment();
        log.debug("{} {} joins the identical call in flight", key.service().id(), key.endpoint());
        try {
            Fetched shared = leader.await(ctx.deadline().remaining().toNanos());
            // Data is shared; the leader's own refusal or cancellation is not: make our own call.
            return shared.personal() ? call.get() : shared;
        } catch (TimeoutException e) {
            return Fetched.failed(Problem.TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fetched.failed(Problem.TIMEOUT);
        }
    }

    private Fetched callAndKeep(
            CacheKey key,
            CachePolicy policy,
            Service service,
            String endpoint,
            String query,
            JavaType type,
            CallContext ctx) {
        Fetched fetched = call(service, endpoint, query, type, ctx);
        if (fetched.value() != null) {
            cache.put(key, newEntry(fetched.value(), fetched.bodyBytes(), policy));
        }
        return fetched;
    }

    private Fetched call(Service service, String endpoint, String query, JavaType type, CallContext ctx) {
        String path = query.isEmpty() ? endpoint : endpoint + "?" + query;
        try {
            Read read = (Read) guarded(service, endpoint, path, type, ctx).get();
            return Fetched.of(read.value(), read.bodyBytes());
        } catch (DownstreamFailure e) {
            log.warn("{} {} failed: {} ({})", service.id(), path, e.problem(), e.getMessage());
            return Fetched.failed(e);
        } catch (CallNotPermittedException | BulkheadFullException e) {
            log.warn("{} {} not called: {}", service.id(), path, e.getMessage());
            return Fetched.failed(Problem.CIRCUIT_OPEN);
        } catch (Throwable e) {
            log.error("{} {} failed unexpectedly", service.id(), path, e);
            return Fetched.failed(Problem.UNREACHABLE);
        }
    }

    /**
     * Retry(CircuitBreaker(Bulkhead(http))), with the deadline checked between the retry and the
     * breaker: an attempt there is no time for is not made and says nothing about the service's
     * health, and a failure is retried only when the retry's wait and a useful attempt still fit
     * before the deadline and the breaker has not just opened.
     */
    private CheckedSupplier<Object> guarded(
            Service service, String endpoint, String path, JavaType type, CallContext ctx) {
        DownstreamProperties.Endpoint settings = properties.endpoint(service);
        CircuitBreaker breaker = breakers.circuitBreaker(service.id());
        Bulkhead bulkhead = bulkheads.bulkhead(service.id());
        Retry retry = retries.retry(service.id());
        AtomicInteger failedAttempts = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        CheckedSupplier<Object> attempt = () -> {
            if (ctx.deadline().cap(settings.timeout()).compareTo(MIN_ATTEMPT) < 0) {
                throw new DownstreamFailure(Problem.TIMEOUT, "deadline reached before the call could start");
            }
            CheckedSupplier<Object> http = () -> {
                // Measured once the bulkhead has let the call through: a wait for a free slot is the
                // question's time, not the call's, and says nothing about the service.
                Duration budget = ctx.deadline().cap(settings.timeout());
                if (budget.compareTo(MIN_ATTEMPT) < 0) {
                    throw DownstreamFailure.cancelled();
                }
                byte[] body = transport.get(settings.baseUrl(), path, ctx, budget);
                return new Read(json.read(body, type), body.length);
            };
            int number = attempts.incrementAndGet();
            long started = System.nanoTime();
            AttemptOutcome outcome = AttemptOutcome.UNEXPECTED;
            try {
                Object value = CircuitBreaker.decorateCheckedSupplier(
                                breaker, Bulkhead.decorateCheckedSupplier(bulkhead, http))
                        .get();
                outcome = AttemptOutcome.OK;
                return value;
            } catch (Throwable e) {
                outcome = AttemptOutcome.of(e);
                throw e;
            } finally {
                attempted(service, endpoint, outcome, (System.nanoTime() - started) / 1_000_000, number);
            }
        };
        CheckedSupplier<Object> worthRetrying = () -> {
            try {
                return attempt.get();
            } catch (DownstreamFailure e) {
                boolean worthAnother = e.isRetryable()
                        && breaker.getState() != CircuitBreaker.State.OPEN
                        && roomForAnother(retry, failedAttempts.incrementAndGet(), e, ctx);
                throw worthAnother ? e : e.withoutRetry();
            }
        };
        return Retry.decorateCheckedSupplier(retry, worthRetrying);
    }

    /** One line per attempt on the wire; the retry waits on this same thread, so it logs in context. */
    private void attempted(Service service, String endpoint, AttemptOutcome outcome, long ms, int attempt) {
        health.attempted(service, endpoint, outcome, ms);
        log.atInfo()
                .addKeyValue("service", service.id())
                .addKeyValue("endpoint", endpoint)
                .addKeyValue("outcome", outcome.wire())
                .addKeyValue("ms", ms)
                .addKeyValue("attempt", attempt)
                .log(
                        "downstream call {} {}: {} in {} ms (attempt {})",
                        service.id(),
                        endpoint,
                        outcome.wire(),
                        ms,
                        attempt);
    }

    /** Whether the retry's wait after this failure and a useful attempt after it fit the deadline. */
    private static boolean roomForAnother(Retry retry, int failedAttempts, DownstreamFailure failure, CallContext ctx) {
        long waitMs =
                retry.getRetryConfig().<Object>getIntervalBiFunction().apply(failedAttempts, Either.left(failure));
        return ctx.deadline().remaining().compareTo(Duration.ofMillis(waitMs).plus(MIN_ATTEMPT)) >= 0;
    }

    /** A body as read, and how many bytes it came in (the cache's measure of its size). */
    private record Read(Object value, int bodyBytes) {}

    private Entry newEntry(Object value, int bodyBytes, CachePolicy policy) {
        CacheSettings settings = properties.cache();
        Duration freshFor = switch (policy) {
            case PAST_DAYS -> settings.pastDays();
            case TODAY -> settings.today();
            case LIVE -> settings.live();
            case CATALOGUE -> settings.catalogue();
            case NONE -> Duration.ZERO;
        };
        Instant now = clock.instant();
        return new Entry(value, bodyBytes, now, now.plus(freshFor), freshFor.plus(settings.staleFor()));
    }

    @Override
    public long size() {
        return cache.estimatedSize();
    }

    @Override
    public void forgetAll() {
        cache.invalidateAll();
    }

    private record CacheKey(String tenantId, Service service, String endpoint, String query) {}

    /**
     * A cached answer: fresh for a while, then kept {@code keepFor} in all to be served as stale.
     * Caffeine evicts it by its own ticker; {@link #isKept} holds the same line by the pipeline's
     * clock.
     */
    private record Entry(Object value, int bodyBytes, Instant fetchedAt, Instant freshUntil, Duration keepFor) {
        boolean isFresh(Instant now) {
            return now.isBefore(freshUntil);
        }

        boolean isKept(Instant now) {
            return now.isBefore(fetchedAt.plus(keepFor));
        }
    }

    /** The result of one real call: a value, or why there is none. */
    /**
     * The result of one real call: a value, or why there is none. A {@code personal} failure
     * belongs to the caller who made the call (their token was refused, their question gave up),
     * not to the service, so others sharing the call do not take it as theirs.
     */
    private record Fetched(Object value, int bodyBytes, Problem problem, boolean personal) {
        static Fetched of(Object value, int bodyBytes) {
            return new Fetched(value, bodyBytes, null, false);
        }

        static Fetched failed(Problem problem) {
            return new Fetched(null, 0, problem, false);
        }

        static Fetched failed(DownstreamFailure failure) {
            return new Fetched(null, 0, failure.problem(), failure.isNotTheServicesFault());
        }
    }

    private static final class KeepUntil implements Expiry<CacheKey, Entry> {
        @Override
        public long expireAfterCreate(CacheKey key, Entry entry, long currentTime) {
            return entry.keepFor().toNanos();
        }

        @Override
        public long expireAfterUpdate(CacheKey key, Entry entry, long currentTime, long currentDuration) {
            return entry.keepFor().toNanos();
        }

        @Override
        public long expireAfterRead(CacheKey key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
