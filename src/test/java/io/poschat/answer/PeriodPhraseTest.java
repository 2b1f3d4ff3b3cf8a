package io.poschat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.nlu.Period;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Today is Tuesday 24 November 2026. */
class PeriodPhraseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest(name = "{0}..{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-24 | 2026-11-24 | today                            | today's         | today
            2026-11-23 | 2026-11-23 | yesterday                        | yesterday's     | yesterday
            2026-11-21 | 2026-11-21 | on Saturday 21 November          |                 | on 21 November
            2025-12-05 | 2025-12-05 | on Friday 5 December 2025        |                 | on 5 December
            2025-11-05 | 2025-11-05 | on Wednesday 5 November 2025     |                 | on 2025-11-05
            2026-11-23 | 2026-11-24 | this week                        | this week's     | this week
            2026-11-16 | 2026-11-22 | last week                        | last week's     | last week
            2026-11-01 | 2026-11-24 | this month                       | this month's    | this month
            2026-10-01 | 2026-10-31 | in October                       | October's       | last month
            2026-09-01 | 2026-09-30 | in September                     | September's     | in September
            2025-12-01 | 2025-12-31 | in December 2025                 | December 2025's | in December 2025
            2026-01-01 | 2026-11-24 | this year                        | this year's     | this year
            2026-11-18 | 2026-11-24 | from 18 to 24 November           |                 | last 7 days
            2026-10-28 | 2026-11-03 | from 28 October to 3 November    |                 | from 28 October to 3 November
            2025-12-28 | 2026-01-03 | from 28 December 2025 to 3 January 2026 | | from 28 December 2025 to 3 January 2026
            2025-11-10 | 2025-11-16 | from 10 to 16 November 2025      |                 | from 10 to 16 November 2025
            """)
    void saysEachKindOfPeriodTheWayPeopleDo(LocalDate from, LocalDate to, String when, String owner, String asked) {
        PeriodPhrase phrase = PeriodPhrase.of(new Period(from, to), TODAY);

        assertThat(phrase.when()).isEqualTo(when);
        assertThat(phrase.owner()).isEqualTo(owner);
        assertThat(phrase.asked()).isEqualTo(asked);
    }

    @ParameterizedTest(name = "{0}..{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-24 | 2026-11-24 | today's revenue
            2026-11-21 | 2026-11-21 | the revenue on Saturday 21 November
            2026-11-18 | 2026-11-24 | the revenue from 18 to 24 November
            """)
    void namesWhatBelongsToThePeriod(LocalDate from, LocalDate to, String expected) {
        assertThat(PeriodPhrase.of(new Period(from, to), TODAY).of("revenue")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}..{1} reaches today: {2}")
    @CsvSource({"2026-11-24, 2026-11-24, true", "2026-11-18, 2026-11-24, true", "2026-11-16, 2026-11-22, false"})
    void knowsWhetherThePeriodIsStillGrowing(LocalDate from, LocalDate to, boolean expected) {
        assertThat(PeriodPhrase.of(new Period(from, to), TODAY).reachesToday()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "today {0}: {0}..{0} is today, not this week or month")
    @CsvSource({"2026-11-23", "2026-11-01", "2026-01-01"})
    void aSingleDayIsTodayEvenWhenItStartsTheWeekMonthOrYear(LocalDate today) {
        assertThat(PeriodPhrase.of(Period.day(today), today).when()).isEqualTo("today");
    }
}
