package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlotExtractorLimitTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    private final SlotExtractor extractor = new SlotExtractor();

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            top 3 dishes                         | 3
            top three                            | 3
            five best sellers                    | 5
            10 most popular                      | 10
            best 7 dishes                        | 7
            TOP 10 items last week               | 10
            top3 yesterday                       | 3
            what were the 4 dishes we sold most  | 4
            a dozen best sellers                 | 12
            3 best sellers on nov 20             | 3
            what's the number one dish this week | 1
            top 25                               | 20
            top twenty                           | 20
            top twenty one                       | 20
            """)
    void readsTheCountAskedFor(String text, int limit) {
        assertThat(extractor.extract(text, TUESDAY).limit()).contains(limit);
    }

    @ParameterizedTest(name = "\"{0}\" states no limit")
    @ValueSource(
            strings = {
                "best sellers",
                "top dishes last 7 days",
                "top sellers past 3 days",
                "best sellers on nov 20",
                "best sellers 20 november",
                "top sellers on 20/11",
                "top sellers 2026-11-20",
                "what sold best at table 4",
                "what were our best 3 days",
                "top 0",
                "how much did we take in the last 10 days"
            })
    void leavesLimitAbsentWhenNoCountIsAskedFor(String text) {
        assertThat(extractor.extract(text, TUESDAY).limit()).isEmpty();
    }

    @Test
    void readsPeriodAndLimitTogether() {
        assertThat(extractor.extract("top 3 sellers over the last 7 days?", TUESDAY))
                .isEqualTo(new Slots(
                        java.util.Optional.of(new Period(LocalDate.of(2026, 11, 18), TUESDAY)),
                        java.util.Optional.of(3)));
    }
}
