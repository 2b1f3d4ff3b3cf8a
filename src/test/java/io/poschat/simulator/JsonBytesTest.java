package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hand-written JSON is byte for byte what Jackson's generator and the contract's time format
 * write, beyond the demo data GoldenBodiesTest covers: any string, any amount, times in any era.
 */
class JsonBytesTest {

    private static String written(JsonBytes out) {
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static String jackson(String value) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes)) {
            json.writeString(value);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stringsAreEscapedAsJacksonsGeneratorEscapesThem() throws IOException {
        List<String> values = List.of(
                "",
                "o-BIS-20261124-001",
                "Ana",
                "José",
                "Café \"Uno\"",
                "back\\slash",
                "tab\there",
                "line\nbreak",
                "\u0000\u0001\u001f\u007f",
                "pizza 🍕",
                "ünïcödé ñ",
                "</script>");
        for (String value : values) {
            assertThat(written(new JsonBytes(4).string(value))).as(value).isEqualTo(jackson(value));
        }
        var random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            var value = new StringBuilder();
            for (int c = random.nextInt(12); c > 0; c--) {
                value.append((char) random.nextInt(0x20AC)); // ASCII, Latin, Greek, …, no surrogates
            }
            assertThat(written(new JsonBytes(4).string(value.toString()))).isEqualTo(jackson(value.toString()));
        }
        assertThat(written(new JsonBytes(4).string(null))).isEqualTo("null");
    }

    @Test
    void amountsInHundredthsArePlainDecimalsWithTwoPlaces() {
        long[] cents = {0, 5, 50, 99, 100, 1250, 2500, 421350, -5, -1250, 123456789012L, Long.MAX_VALUE};
        for (long c : cents) {
            assertThat(written(new JsonBytes(1).cents(c)))
                    .as("%d hundredths", c)
                    .isEqualTo(BigDecimal.valueOf(c, 2).toPlainString());
        }
    }

    @Test
    void wholeNumbersAreWrittenAsJavaWritesThem() {
        long[] numbers = {0, 7, 10, 87, 1000, -1, -42, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : numbers) {
            assertThat(written(new JsonBytes(1).number(n))).isEqualTo(Long.toString(n));
        }
    }

    @Test
    void timesMatchTheContractsFormatInEveryEraAndZone() {
        List<ZoneId> zones = List.of(
                ZoneId.of("Europe/Madrid"),
                ZoneId.of("America/New_York"),
                ZoneId.of("Asia/Kolkata"),
                ZoneId.of("Pacific/Chatham"),
                ZoneOffset.UTC,
                ZoneOffset.ofHoursMinutesSeconds(-3, -25, -7));
        var random = new SplittableRandom(11);
        long from = Instant.parse("0900-01-01T00:00:00Z").getEpochSecond(); // years before 1000 take the formatter
        long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
        for (ZoneId zone : zones) {
            for (int i = 0; i < 3_000; i++) {
                // Half of them before 1901, when zones kept local mean time (offsets with seconds).
                long second = i % 2 == 0
                        ? random.nextLong(from, to)
                        : random.nextLong(
                                from, Instant.parse("1901-01-01T00:00:00Z").getEpochSecond());
                OffsetDateTime time = Instant.ofEpochSecond(second).atZone(zone).toOffsetDateTime();
                assertThat(written(new JsonBytes(1).time(time)))
                        .as("%s", time)
                        .isEqualTo('"' + JsonBytes.OFFSET_TIME.format(time) + '"');
            }
        }
        OffsetDateTime farFuture = OffsetDateTime.parse("+12026-01-01T10:00:00+01:00");
        assertThat(written(new JsonBytes(1).time(farFuture)))
                .isEqualTo('"' + JsonBytes.OFFSET_TIME.format(farFuture) + '"');
        assertThat(written(new JsonBytes(1).time(null))).isEqualTo("null");
    }

    @Test
    void theBufferGrowsPastItsFirstCapacity() {
        var out = new JsonBytes(1).raw('[');
        for (int i = 0; i < 1_000; i++) {
            out.string("o-" + i).raw(',');
        }
        String json = written(out.raw(']'));
        assertThat(json)
                .startsWith("[\"o-0\",\"o-1\",")
                .endsWith("\"o-999\",]")
                .hasSize(2 + 1_000 * 5 + 10 + 90 * 2 + 900 * 3); // brackets; quotes, "o-", comma; digits
    }
}
