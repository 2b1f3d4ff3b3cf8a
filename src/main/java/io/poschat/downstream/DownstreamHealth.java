package io.poschat.downstream;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code downstream}: one child per service with its breaker's
 * state and its last real call (an attempt on the wire; cache hits and shared calls are not calls).
 * A sick service is {@link #DEGRADED}, never {@code DOWN}: the chatbot still answers, partially,
 * and a load balancer must not take it out of service for another system's outage.
 */
@Component("downstream")
class DownstreamHealth implements CompositeHealthContributor {

    /** Declared in {@code management.endpoint.health.status.order}, mapped to HTTP 200. */
    static final Status DEGRADED = new Status("DEGRADED");

    private final CircuitBreakerRegistry breakers;
    private final Clock clock;
    private final Map<Service, AtomicReference<LastCall>> lastCalls = new EnumMap<>(Service.class);

    DownstreamHealth(CircuitBreakerRegistry breakers, Clock clock) {
        this.breakers = breakers;
        this.clock = clock;
        for (Service service : Service.values()) {
            lastCalls.put(service, new AtomicReference<>());
        }
    }

    /** Remembers an attempt that went to the service (or was refused by its breaker or bulkhead). */
    void attempted(Service service, String endpoint, AttemptOutcome outcome, long ms) {
        lastCalls.get(service).set(new LastCall(clock.instant(), endpoint, outcome, ms));
    }

    Health health(Service service) {
        CircuitBreaker breaker = breakers.circuitBreaker(service.id());
        CircuitBreaker.State state = breaker.getState();
        LastCall last = lastCalls.get(service).get();
        boolean sick = state != CircuitBreaker.State.CLOSED
                || (last != null && last.outcome().servicesFault());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("breaker", state.name());
        details.put("failure_rate", breaker.getMetrics().getFailureRate()); // -1 until enough calls
        if (last != null) {
            details.put(
                    "last_call",
                    Map.of(
                            "at", last.at().toString(),
                            "endpoint", last.endpoint(),
                            "outcome", last.outcome().wire(),
                            "ms", last.ms()));
        }
        return Health.status(sick ? DEGRADED : Status.UP).withDetails(details).build();
    }

    @Override
    public HealthContributor getContributor(String name) {
        return Stream.of(Service.values())
                .filter(service -> service.id().equals(name))
                .findFirst()
                .map(service -> (HealthIndicator) () -> health(service))
                .orElse(null);
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return Stream.of(Service.values())
                .map(service ->
                        NamedContributor.<HealthContributor>of(service.id(), (HealthIndicator) () -> health(service)))
                .iterator();
    }

    private record LastCall(Instant at, String endpoint, AttemptOutcome outcome, long ms) {}
}
