package io.poschat.conversation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.poschat.LogContext;
import io.poschat.nlu.Intent;
import io.poschat.nlu.Period;
import io.poschat.nlu.ScoredIntent;
import io.poschat.nlu.Slots;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * What operators see of each question: the {@code intent} in the logging context once it is
 * understood, one INFO line when it is understood ("received") and one when it is answered, and the
 * {@code chatbot_questions_seconds} timer. Never the token, nor the question's text.
 */
@Component
class QuestionTelemetry {

    private static final Logger log = LoggerFactory.getLogger(QuestionTelemetry.class);
    /** The intent tag of a question that was asked to pick between readings. */
    static final String AMBIGUOUS = "ambiguous";

    private final MeterRegistry meters;
    /** One timer per (intent, outcome), built once: builder and registration on every answer cost CPU. */
    private final ConcurrentMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private final ConcurrentMap<Intent, Counter> shared = new ConcurrentHashMap<>();

    private record TimerKey(String intent, String outcome) {}

    QuestionTelemetry(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Starts a question's logging context; {@link #end()} clears it. */
    void begin(String correlationId, String tenant) {
        MDC.put(LogContext.CORRELATION_ID, correlationId);
        MDC.put(LogContext.TENANT, tenant);
        MDC.put(LogContext.INTENT, LogContext.UNCLASSIFIED);
    }

    void end() {
        MDC.remove(LogContext.CORRELATION_ID);
        MDC.remove(LogContext.TENANT);
        MDC.remove(LogContext.INTENT);
    }

    /** The question is understood as {@code intent} about {@code slots} (defaults applied). */
    void received(Intent intent, Slots slots) {
        MDC.put(LogContext.INTENT, intent.label());
        String period = slots.period().map(QuestionTelemetry::spell).orElse("-");
        var line = log.atInfo().addKeyValue("period", period);
        if (slots.limit().isPresent()) {
            line = line.addKeyValue("limit", slots.limit().get());
        }
        line.log("question received: {} for {}", intent.label(), period);
    }

    /** The question could be read as any of {@code candidates}: the user is asked to pick. */
    void ambiguous(List<ScoredIntent> candidates) {
        MDC.put(LogContext.INTENT, AMBIGUOUS);
        List<String> labels = candidates.stream().map(c -> c.intent().label()).toList();
        log.atInfo()
                .addKeyValue("candidates", String.join(",", labels))
                .log("question received: ambiguous between {}", labels);
    }

    /** Times the question and logs how it ended. */
    void answered(Outcome outcome, long nanos) {
        String intent = Objects.requireNonNullElse(MDC.get(LogContext.INTENT), LogContext.UNCLASSIFIED);
        String result = outcomeOf(outcome);
        boolean partial = outcome instanceof Outcome.Answered answered
                && answered.answer().meta().partial();
        timers.computeIfAbsent(new TimerKey(intent, result), this::timer).record(nanos, TimeUnit.NANOSECONDS);
        long ms = nanos / 1_000_000;
        log.atInfo()
                .addKeyValue("outcome", result)
                .addKeyValue("total_ms", ms)
                .addKeyValue("partial", partial)
                .log("answer sent: {} in {} ms{}", result, ms, partial ? " (partial)" : "");
    }

    /** A question got the answer the same question asked just before it was building ({@link SharedAnswers}). */
    void shared(Intent intent) {
        shared.computeIfAbsent(intent, this::sharedCounter).increment();
    }

    private Counter sharedCounter(Intent intent) {
        return Counter.builder("chatbot.questions.shared")
                .description("Questions that got the answer of the same question asked just before, by intent")
                .tag("intent", intent.label())
                .register(meters);
    }

    private Timer timer(TimerKey key) {
        return Timer.builder("chatbot.questions")
                .description("Questions from arrival to reply, by intent and outcome")
                .tag("intent", key.intent())
                .tag("outcome", key.outcome())
                .register(meters);
    }

    /** {@code answered}, {@code partial}, {@code clarify} or the error code (e.g. {@code rate_limited}). */
    static String outcomeOf(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Answered a -> a.answer().meta().partial() ? "partial" : "answered";
            case Outcome.Clarify c -> "clarify";
            case Outcome.Refused r -> r.code().wire();
        };
    }

    private static String spell(Period period) {
        return period.from().equals(period.to()) ? period.from().toString() : period.from() + ".." + period.to();
    }
}
