package io.poschat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.logging.structured.StructuredLogFormatter;

/**
 * Spring Boot's Logstash JSON lines, field for field ({@code @timestamp}, {@code @version},
 * {@code message}, {@code logger_name}, {@code thread_name}, {@code level}, {@code level_value},
 * the MDC, the key-value pairs, {@code tags}, {@code stack_trace}), written into one
 * {@link StringBuilder}. Spring Boot's own formatter writes each line through an unbuffered
 * {@code OutputStreamWriter}, character run by character run: 9.5 µs of CPU per line against
 * 1.6 µs here (measured in isolation, warm; docs/operations.md). {@code LogstashLinesTest} holds
 * this one to the same output as Spring Boot's for every kind of line we write.
 */
public final class LogstashLines implements StructuredLogFormatter<ILoggingEvent> {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final ZoneId zone = ZoneId.systemDefault();

    @Override
    public String format(ILoggingEvent event) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"@timestamp\":\"")
                .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        OffsetDateTime.ofInstant(event.getInstant(), zone)))
                .append("\",\"@version\":\"1\"");
        string(json, "message", event.getFormattedMessage());
        string(json, "logger_name", event.getLoggerName());
        string(json, "thread_name", event.getThreadName());
        string(json, "level", event.getLevel().toString());
        json.append(",\"level_value\":").append(event.getLevel().toInt());
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null) {
            mdc.forEach((key, value) -> string(json, key, value));
        }
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                value(json, pair.key, pair.value);
            }
        }
        List<Marker> markers = event.getMarkerList();
        if (markers != null && !markers.isEmpty()) {
            Set<String> tags = new LinkedHashSet<>();
            markers.forEach(marker -> addMarker(tags, marker));
            json.append(",\"tags\":[");
            boolean first = true;
            for (String tag : tags) {
                if (!first) {
                    json.append(',');
                }
                quoted(json, tag);
                first = false;
            }
            json.append(']');
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            string(json, "stack_trace", ThrowableProxyUtil.asString(thrown) + "\n");
        }
        return json.append("}\n").toString();
    }

    @Override
    public byte[] formatAsBytes(ILoggingEvent event, Charset charset) {
        return format(event).getBytes(charset);
    }

    private static void addMarker(Set<String> tags, Marker marker) {
        tags.add(marker.getName());
        if (marker.hasReferences()) {
            marker.iterator().forEachRemaining(reference -> addMarker(tags, reference));
        }
    }

    private static void value(StringBuilder json, String key, Object value) {
        if (value == null) {
            json.append(",");
            quoted(json, key);
            json.append(":null");
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(",");
            quoted(json, key);
            json.append(':').append(value);
        } else {
            string(json, key, value.toString());
        }
    }

    private static void string(StringBuilder json, String key, String value) {
        json.append(',');
        quoted(json, key);
        json.append(':');
        if (value == null) {
            json.append("null");
        } else {
            quoted(json, value);
        }
    }

    /** JSON string escaping as Spring Boot's JsonValueWriter does it. */
    private static void quoted(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        json.append("\\u00").append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
