package io.poschat.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-read shape of times must agree with ISO-8601 as the JDK reads it, and refuse the same. */
class IsoTimesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-24T12:31:05+01:00",
                "2026-11-24T23:59:59-05:30",
                "2026-01-01T00:00:00+00:00",
                "2026-01-01T00:00:00-00:00",
                "2024-02-29T12:00:00+14:00",
                "2026-11-24T12:31:05Z",
                "2026-11-24T12:31:05.250+01:00",
                "2026-11-24T12:31+01:00",
                "2026-11-24T12:31:05.123456789Z",
            })
    void readsWhatIsoReads(String text) {
        assertThat(IsoTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-13-24T12:31:05+01:00",
                "2026-02-30T12:31:05+01:00",
                "2026-11-24T24:00:00+01:00",
                "2026-11-24T12:60:05+01:00",
                "2026-11-24T12:31:05+19:00",
                "2026-11-24T12:31:05+01:60",
                "2026-11-24 12:31:05+01:00",
                "2026-11-24T12:31:05",
                "2026-11-24T12:31:05+0100",
                "2026-11-24T12:31:0a+01:00",
                "2026-11-24T12:31:05X",
                "",
            })
    void refusesWhatIsoRefuses(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoTimes.parse(text)).isInstanceOf(DateTimeException.class);
    }
}
