package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the slot table in docs/slots.md, with exact dates. */
class SlotExtractorPeriodTest {

    /** The reference day of the examples: Tuesday 24 November 2026. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    private final SlotExtractor extractor = new SlotExtractor();

    @ParameterizedTest(name = "\"{0}\" → {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # today and its synonyms
            what's my revenue today?                 | 2026-11-24 | 2026-11-24
            takings tonight                          | 2026-11-24 | 2026-11-24
            how much have we made this evening       | 2026-11-24 | 2026-11-24
            sales so far                             | 2026-11-24 | 2026-11-24
            today's sales so far                     | 2026-11-24 | 2026-11-24
            rev tdy                                  | 2026-11-24 | 2026-11-24
            # yesterday, typos and shorthand
            revenue yesterday                        | 2026-11-23 | 2026-11-23
            YESTERDAY's takings                      | 2026-11-23 | 2026-11-23
            how much did we make yesterdy            | 2026-11-23 | 2026-11-23
            rev yday                                 | 2026-11-23 | 2026-11-23
            y'day sales pls                          | 2026-11-23 | 2026-11-23
            sales ystrday                            | 2026-11-23 | 2026-11-23
            how did we do last night                 | 2026-11-23 | 2026-11-23
            takings last nite                        | 2026-11-23 | 2026-11-23
            the day before yesterday                 | 2026-11-22 | 2026-11-22
            # bare weekday: on or before today
            what did we take on saturday             | 2026-11-21 | 2026-11-21
            saturday's takings                       | 2026-11-21 | 2026-11-21
            sales sat                                | 2026-11-21 | 2026-11-21
            best sellers saturady night              | 2026-11-21 | 2026-11-21
            monday                                   | 2026-11-23 | 2026-11-23
            tuesday                                  | 2026-11-24 | 2026-11-24
            wednesday                                | 2026-11-18 | 2026-11-18
            sunday                                   | 2026-11-22 | 2026-11-22
            this saturday                            | 2026-11-21 | 2026-11-21
            # last weekday: strictly before today
            last tuesday                             | 2026-11-17 | 2026-11-17
            revenue last tuesdy                      | 2026-11-17 | 2026-11-17
            last monday                              | 2026-11-23 | 2026-11-23
            last wed                                 | 2026-11-18 | 2026-11-18
            previous sunday                          | 2026-11-22 | 2026-11-22
            # weeks
            this week                                | 2026-11-23 | 2026-11-24
            week to date                             | 2026-11-23 | 2026-11-24
            card vs cash wtd                         | 2026-11-23 | 2026-11-24
            so far this wk                           | 2026-11-23 | 2026-11-24
            last week                                | 2026-11-16 | 2026-11-22
            top dishes last wk                       | 2026-11-16 | 2026-11-22
            the previous week                        | 2026-11-16 | 2026-11-22
            # months
            this month                               | 2026-11-01 | 2026-11-24
            month to date                            | 2026-11-01 | 2026-11-24
            mtd                                      | 2026-11-01 | 2026-11-24
            this mnth                                | 2026-11-01 | 2026-11-24
            last month                               | 2026-10-01 | 2026-10-31
            # rolling windows
            last 7 days                              | 2026-11-18 | 2026-11-24
            past three days                          | 2026-11-22 | 2026-11-24
            over the last seven days                 | 2026-11-18 | 2026-11-24
            last 1 day                               | 2026-11-24 | 2026-11-24
            last 30 days                             | 2026-10-26 | 2026-11-24
            last twenty one days                     | 2026-11-04 | 2026-11-24
            last couple of days                      | 2026-11-23 | 2026-11-24
            last 2 weeks                             | 2026-11-11 | 2026-11-24
            revenue over the past fortnight          | 2026-11-11 | 2026-11-24
            last7days                                | 2026-11-18 | 2026-11-24
            # month-days
            nov 20                                   | 2026-11-20 | 2026-11-20
            20 november                              | 2026-11-20 | 2026-11-20
            november 20th                            | 2026-11-20 | 2026-11-20
            20th of nov                              | 2026-11-20 | 2026-11-20
            2026-11-20                               | 2026-11-20 | 2026-11-20
            20/11                                    | 2026-11-20 | 2026-11-20
            20/11/2026                               | 2026-11-20 | 2026-11-20
            11/20                                    | 2026-11-20 | 2026-11-20
            Nov. 20, 2025                            | 2025-11-20 | 2025-11-20
            novmber 20                               | 2026-11-20 | 2026-11-20
            nov 24                                   | 2026-11-24 | 2026-11-24
            # a month-day still to come this year means last year
            dec 5                                    | 2025-12-05 | 2025-12-05
            5th december                             | 2025-12-05 | 2025-12-05
            nov 25                                   | 2025-11-25 | 2025-11-25
            # a day of this month, or of last month when still to come
            on the 20th                              | 2026-11-20 | 2026-11-20
            on the 25th                              | 2026-10-25 | 2026-10-25
            # years
            this year                                | 2026-01-01 | 2026-11-24
            year to date                             | 2026-01-01 | 2026-11-24
            revenue ytd                              | 2026-01-01 | 2026-11-24
            last year                                | 2025-01-01 | 2025-12-31
            # whole months by name
            takings in october                       | 2026-10-01 | 2026-10-31
            sales for november                       | 2026-11-01 | 2026-11-24
            best sellers in december                 | 2025-12-01 | 2025-12-31
            # weekends and since
            sales at the weekend                     | 2026-11-21 | 2026-11-22
            last weekend                             | 2026-11-21 | 2026-11-22
            takings last wknd                        | 2026-11-21 | 2026-11-22
            sales for 23rd                           | 2026-11-23 | 2026-11-23
            takings for november 20th pls            | 2026-11-20 | 2026-11-20
            payment breakdown for nov 20             | 2026-11-20 | 2026-11-20
            revenue for dec 5                        | 2025-12-05 | 2025-12-05
            revenue for december                     | 2025-12-01 | 2025-12-31
            takings on 3rd                           | 2026-11-03 | 2026-11-03
            since saturday                           | 2026-11-21 | 2026-11-24
            since the 1st                            | 2026-11-01 | 2026-11-24
            # the first period said wins
            today vs yesterday                       | 2026-11-24 | 2026-11-24
            """)
    void resolvesPeriodOnTheReferenceTuesday(String text, LocalDate from, LocalDate to) {
        assertThat(extractor.extract(text, TUESDAY).period()).contains(new Period(from, to));
    }

    @ParameterizedTest(name = "on {0}: \"{1}\" → {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            # a Monday
            2026-11-23 | this week           | 2026-11-23 | 2026-11-23
            2026-11-23 | last week           | 2026-11-16 | 2026-11-22
            2026-11-23 | monday              | 2026-11-23 | 2026-11-23
            2026-11-23 | last monday         | 2026-11-16 | 2026-11-16
            2026-11-23 | yesterday           | 2026-11-22 | 2026-11-22
            2026-11-23 | the weekend         | 2026-11-21 | 2026-11-22
            # a Sunday
            2026-11-29 | this week           | 2026-11-23 | 2026-11-29
            2026-11-29 | last week           | 2026-11-16 | 2026-11-22
            2026-11-29 | sunday              | 2026-11-29 | 2026-11-29
            2026-11-29 | last sunday         | 2026-11-22 | 2026-11-22
            2026-11-29 | saturday            | 2026-11-28 | 2026-11-28
            2026-11-29 | this weekend        | 2026-11-28 | 2026-11-29
            2026-11-29 | last weekend        | 2026-11-21 | 2026-11-22
            # a Saturday: the weekend so far is today
            2026-11-28 | the weekend         | 2026-11-28 | 2026-11-28
            # 1 January, a Friday
            2027-01-01 | yesterday           | 2026-12-31 | 2026-12-31
            2027-01-01 | this month          | 2027-01-01 | 2027-01-01
            2027-01-01 | last month          | 2026-12-01 | 2026-12-31
            2027-01-01 | this year           | 2027-01-01 | 2027-01-01
            2027-01-01 | last year           | 2026-01-01 | 2026-12-31
            2027-01-01 | this week           | 2026-12-28 | 2027-01-01
            2027-01-01 | last week           | 2026-12-21 | 2026-12-27
            2027-01-01 | last 7 days         | 2026-12-26 | 2027-01-01
            2027-01-01 | dec 31              | 2026-12-31 | 2026-12-31
            2027-01-01 | jan 2               | 2026-01-02 | 2026-01-02
            2027-01-01 | in december         | 2026-12-01 | 2026-12-31
            # the last day of a month
            2026-11-30 | this month          | 2026-11-01 | 2026-11-30
            2026-11-30 | last month          | 2026-10-01 | 2026-10-31
            2026-11-30 | the 31st            | 2026-10-31 | 2026-10-31
            2026-03-31 | last month          | 2026-02-01 | 2026-02-28
            2026-03-31 | the 30th            | 2026-03-30 | 2026-03-30
            # 29 February of a leap year, a Tuesday
            2028-02-29 | yesterday           | 2028-02-28 | 2028-02-28
            2028-02-29 | this month          | 2028-02-01 | 2028-02-29
            2028-02-29 | last month          | 2028-01-01 | 2028-01-31
            2028-02-29 | feb 29              | 2028-02-29 | 2028-02-29
            2028-02-29 | 29 february         | 2028-02-29 | 2028-02-29
            2028-02-29 | mar 1               | 2027-03-01 | 2027-03-01
            2028-02-29 | last 7 days         | 2028-02-23 | 2028-02-29
            2028-02-29 | tuesday             | 2028-02-29 | 2028-02-29
            2028-02-29 | last tuesday        | 2028-02-22 | 2028-02-22
            2028-03-01 | last month          | 2028-02-01 | 2028-02-29
            """)
    void resolvesPeriodRelativeToAnyToday(LocalDate today, String text, LocalDate from, LocalDate to) {
        assertThat(extractor.extract(text, today).period()).contains(new Period(from, to));
    }

    @ParameterizedTest(name = "\"{0}\" states no period")
    @ValueSource(
            strings = {
                "",
                "what's our revenue",
                "how busy are we right now",
                "top 3 dishes",
                "is table 4 free",
                "what will we take next saturday",
                "how many sundaes did we sell",
                "may i see the best sellers",
                "are we low on anything before the rush",
                "top 3 of the night",
                "feb 30",
                "45/13"
            })
    void leavesPeriodAbsentWhenNoneIsSaid(String text) {
        assertThat(extractor.extract(text, TUESDAY).period()).isEmpty();
    }

    @ParameterizedTest(name = "on {0}: \"{1}\" names no day")
    @CsvSource(delimiter = '|', textBlock = """
            2027-03-01 | feb 29
            2028-01-10 | 29 february
            """)
    void ignoresTwentyNinthOfFebruaryInAYearWithoutOne(LocalDate today, String text) {
        assertThat(extractor.extract(text, today).period()).isEmpty();
    }
}
