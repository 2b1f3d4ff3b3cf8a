package io.poschat.downstream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times with an offset as the services write them. The contract's shape, {@code
 * 2026-11-24T12:31:05+01:00} (or {@code ...Z}), is read by hand: a {@link DateTimeFormatter} costs
 * microseconds per value, and an orders body has one per order. Any other ISO-8601 form (fractions
 * of a second, no seconds) still goes through the formatter, so nothing valid is refused.
 */
final class IsoTimes {

    private IsoTimes() {}

    /** The time, or a {@link DateTimeException} naming the text when it is not ISO-8601 with an offset. */
    static OffsetDateTime parse(String text) {
        int length = text.length();
        if ((length == 25 || length == 20) && hasTheContractsShape(text, length)) {
            ZoneOffset offset = length == 20
                    ? ZoneOffset.UTC
                    : ZoneOffset.ofHoursMinutes(
                            (text.charAt(19) == '-' ? -1 : 1) * digits(text, 20, 2),
                            (text.charAt(19) == '-' ? -1 : 1) * digits(text, 23, 2));
            return OffsetDateTime.of(
                    digits(text, 0, 4),
                    digits(text, 5, 2),
                    digits(text, 8, 2),
                    digits(text, 11, 2),
                    digits(text, 14, 2),
                    digits(text, 17, 2),
                    0,
                    offset);
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            throw new DateTimeException("'" + text + "' is not an ISO-8601 time with an offset");
        }
    }

    /** {@code dddd-dd-ddTdd:dd:dd} then {@code Z} or {@code +dd:dd} / {@code -dd:dd}; values are checked later. */
    private static boolean hasTheContractsShape(String text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                case 19 -> length == 20 ? c == 'Z' : c == '+' || c == '-';
                case 22 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** Jackson's reader for {@link OffsetDateTime} fields: a string in, or null. */
    static final class Deserializer extends StdScalarDeserializer<OffsetDateTime> {

        Deserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            try {
                return parse(parser.getText());
            } catch (DateTimeException e) {
                throw MismatchedInputException.from(parser, OffsetDateTime.class, e.getMessage());
            }
        }
    }
}
