package io.poschat.simulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * A JSON body written straight into a byte array, for the bodies the simulator writes most: a new
 * day's orders (~35 KB) are written for every answer about it, and through Jackson's generator with
 * money as {@code BigDecimal} they were a fifth of the default server's CPU under a crowd asking about
 * new days (docs/benchmarks.md, finding 31). The bytes are exactly those Jackson wrote: the same
 * string escaping, money as plain decimals with two places, times as
 * {@code uuuu-MM-dd'T'HH:mm:ssxxx} (GoldenBodiesTest pins every body, JsonBytesTest the rules).
 * The caller writes the punctuation and field names; this class knows nothing of the contract.
 */
final class JsonBytes {

    /** Always a numeric offset, {@code +00:00} rather than {@code Z}, as the contract's examples show. */
    static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private static final JsonFactory JACKSON = new JsonFactory();

    private byte[] bytes;
    private int size;

    JsonBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** The bytes of an ASCII literal (punctuation and field names), to be written with {@link #raw}. */
    static byte[] ascii(String literal) {
        return literal.getBytes(StandardCharsets.US_ASCII);
    }

    JsonBytes raw(byte[] literal) {
        ensure(literal.length);
        System.arraycopy(literal, 0, bytes, size, literal.length);
        size += literal.length;
        return this;
    }

    JsonBytes raw(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /**
     * A quoted string, or {@code null}. Printable ASCII without quotes or backslashes (ids, statuses,
     * names) is copied as it is; anything else is written by Jackson's generator (which, for one,
     * escapes a character beyond the Basic Multilingual Plane as its two surrogates).
     */
    JsonBytes string(String value) {
        if (value == null) {
            return raw(NULL);
        }
        int length = value.length();
        int start = size;
        ensure(length + 2);
        bytes[size++] = '"';
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                size = start;
                return raw(escaped(value));
            }
            bytes[size++] = (byte) c; // an ASCII char is its own UTF-8 byte
        }
        bytes[size++] = '"';
        return this;
    }

    JsonBytes number(long value) {
        if (value < 0) {
            raw('-');
            if (value == Long.MIN_VALUE) {
                return raw(ascii("9223372036854775808"));
            }
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    /** An amount kept in hundredths, written as a plain decimal with two places: {@code 1250} is {@code 12.50}. */
    JsonBytes cents(long cents) {
        if (cents < 0) {
            raw('-');
            cents = -cents;
        }
        number(cents / 100);
        ensure(3);
        long hundredths = cents % 100;
        bytes[size++] = '.';
        bytes[size++] = (byte) ('0' + hundredths / 10);
        bytes[size++] = (byte) ('0' + hundredths % 10);
        return this;
    }

    /**
     * {@code uuuu-MM-dd'T'HH:mm:ssxxx}, quoted, or {@code null}. By hand for four-digit years; the
     * offset as {@code xxx} prints it, hours and minutes only (before 1900 a zone's mean time has
     * seconds, which {@code xxx} leaves out too). Other years go through the formatter.
     */
    JsonBytes time(OffsetDateTime time) {
        if (time == null) {
            return raw(NULL);
        }
        int year = time.getYear();
        if (year < 1000 || year > 9999) {
            return string(OFFSET_TIME.format(time));
        }
        ensure(27);
        bytes[size] = '"';
        digits(size + 1, year, 4);
        bytes[size + 5] = '-';
        digits(size + 6, time.getMonthValue(), 2);
        bytes[size + 8] = '-';
        digits(size + 9, time.getDayOfMonth(), 2);
        bytes[size + 11] = 'T';
        digits(size + 12, time.getHour(), 2);
        bytes[size + 14] = ':';
        digits(size + 15, time.getMinute(), 2);
        bytes[size + 17] = ':';
        digits(size + 18, time.getSecond(), 2);
        int offset = time.getOffset().getTotalSeconds();
        bytes[size + 20] = (byte) (offset < 0 ? '-' : '+');
        int minutes = Math.abs(offset) / 60;
        digits(size + 21, minutes / 60, 2);
        bytes[size + 23] = ':';
        digits(size + 24, minutes % 60, 2);
        bytes[size + 26] = '"';
        size += 27;
        return this;
    }

    private static byte[] escaped(String value) {
        var out = new ByteArrayOutputStream(value.length() + 16);
        try (JsonGenerator json = JACKSON.createGenerator(out)) {
            json.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a string to memory", e);
        }
        return out.toByteArray();
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private static final byte[] NULL = ascii("null");

    private void digits(int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
