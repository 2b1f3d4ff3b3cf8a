package io.poschat;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.MarkerFactory;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.StandardEnvironment;

/** Our Logstash lines are Spring Boot's, byte for byte, for every kind of line the chatbot writes. */
class LogstashLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LoggerContext LOGBACK = new LoggerContext();

    static Stream<LoggingEvent> lines() {
        return Stream.of(
                event("question received: revenue for 2026-11-16..2026-11-22", null, Map.of(), Map.of()),
                event(
                        "downstream call pos /orders: ok in 70 ms (attempt 1)",
                        null,
                        context("8148ca0fd11d937c", "bistro-1", "revenue"),
                        pairs("service", "pos", "endpoint", "/orders", "outcome", "ok", "ms", 70L, "attempt", 1)),
                event(
                        "answer sent: partial in 1513 ms (partial)",
                        null,
                        context("c0ffee", "cafe-2", "top_products"),
                        pairs("outcome", "partial", "total_ms", 1513L, "partial", true, "missing", null)),
                event(
                        "quotes \" backslash \\ slash / tab \t newline \n bell \u0007 del \u007f é € 😀",
                        null,
                        Map.of(),
                        pairs("text", "a \"b\" \\c / \r\n")),
                event("with a marker", null, Map.of(), Map.of()));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void writesWhatSpringBootsLogstashFormatWrites(LoggingEvent event) {
        String spring = new String(springLogstash().encode(event), StandardCharsets.UTF_8);

        String ours =
                new String(new LogstashLines().formatAsBytes(event, StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertThat(ours).isEqualTo(spring);
    }

    @org.junit.jupiter.api.Test
    void writesMarkersAsTagsLikeSpringBoot() {
        LoggingEvent event = event("tagged", null, Map.of(), Map.of());
        var parent = MarkerFactory.getDetachedMarker("AUDIT");
        parent.add(MarkerFactory.getDetachedMarker("SECURITY"));
        event.addMarker(parent);

        String ours = new LogstashLines().format(event);

        assertThat(ours).isEqualTo(new String(springLogstash().encode(event), StandardCharsets.UTF_8));
        assertThat(ours).contains("\"tags\":[\"AUDIT\",\"SECURITY\"]");
    }

    @org.junit.jupiter.api.Test
    void writesTheStackTraceOfAThrowable() throws Exception {
        LoggingEvent event =
                event("question failed", new IllegalStateException("the \"model\" is gone"), Map.of(), Map.of());

        JsonNode ours = JSON.readTree(new LogstashLines().format(event));
        JsonNode spring = JSON.readTree(springLogstash().encode(event));

        assertThat(ours.path("stack_trace").asText())
                .startsWith("java.lang.IllegalStateException: the \"model\" is gone\n\tat ")
                .contains("LogstashLinesTest");
        assertThat(without(ours, "stack_trace")).isEqualTo(without(spring, "stack_trace"));
    }

    private static JsonNode without(JsonNode line, String field) {
        ObjectNode copy = line.deepCopy();
        copy.remove(field);
        return copy;
    }

    private static StructuredLogEncoder springLogstash() {
        if (LOGBACK.getObject(org.springframework.core.env.Environment.class.getName()) == null) {
            LOGBACK.putObject(org.springframework.core.env.Environment.class.getName(), new StandardEnvironment());
        }
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(LOGBACK);
        encoder.setFormat("logstash");
        encoder.start();
        return encoder;
    }

    private static LoggingEvent event(
            String message, Throwable thrown, Map<String, String> mdc, Map<String, Object> pairs) {
        LoggingEvent event = new LoggingEvent(
                LogstashLinesTest.class.getName(),
                LOGBACK.getLogger("io.poschat.downstream.CallPipeline"),
                Level.INFO,
                message,
                thrown,
                null);
        event.setInstant(Instant.parse("2026-11-24T15:30:00.123456Z"));
        event.setThreadName("question-b42");
        event.setMDCPropertyMap(mdc);
        pairs.forEach((key, value) -> event.addKeyValuePair(new KeyValuePair(key, value)));
        return event;
    }

    private static Map<String, String> context(String correlationId, String tenant, String intent) {
        Map<String, String> mdc = new LinkedHashMap<>();
        mdc.put(LogContext.CORRELATION_ID, correlationId);
        mdc.put(LogContext.TENANT, tenant);
        mdc.put(LogContext.INTENT, intent);
        return mdc;
    }

    private static Map<String, Object> pairs(Object... keysAndValues) {
        Map<String, Object> pairs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            pairs.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return pairs;
    }
}
