package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FollowUpDetectorTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    private final FollowUpDetector detector = new FollowUpDetector(new SlotExtractor());

    @ParameterizedTest(name = "\"{0}\" → {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            and yesterday?                | 2026-11-23 | 2026-11-23
            yesterday?                    | 2026-11-23 | 2026-11-23
            what about last week?         | 2026-11-16 | 2026-11-22
            last week?                    | 2026-11-16 | 2026-11-22
            how about saturday            | 2026-11-21 | 2026-11-21
            And Saturday's?               | 2026-11-21 | 2026-11-21
            same for last month           | 2026-10-01 | 2026-10-31
            and this week                 | 2026-11-23 | 2026-11-24
            ok now the last 7 days        | 2026-11-18 | 2026-11-24
            sorry i meant last tuesday    | 2026-11-17 | 2026-11-17
            what about nov 20             | 2026-11-20 | 2026-11-20
            and so far?                   | 2026-11-24 | 2026-11-24
            """)
    void takesAFragmentOfGlueAndDateWordsAsANewPeriod(String text, LocalDate from, LocalDate to) {
        assertThat(detector.detect(text, TUESDAY))
                .contains(new Slots(Optional.of(new Period(from, to)), Optional.empty()));
    }

    @ParameterizedTest(name = "\"{0}\" → top {1}")
    @CsvSource(delimiter = '|', textBlock = """
            top 10 instead    | 10
            what about top 3  | 3
            make it top five  | 5
            """)
    void takesATopNFragmentAsANewLimit(String text, int limit) {
        assertThat(detector.detect(text, TUESDAY)).contains(new Slots(Optional.empty(), Optional.of(limit)));
    }

    @ParameterizedTest(name = "\"{0}\" is a question of its own")
    @ValueSource(
            strings = {
                "what about revenue yesterday",
                "how many tables are free",
                "top sellers yesterday",
                "five best sellers",
                "how much did we take last week",
                "and?",
                "what about the tables",
                "thanks",
                "",
                "and what about the whole of the last 7 days please then"
            })
    void rejectsTextWithWordsOfItsOwn(String text) {
        assertThat(detector.detect(text, TUESDAY)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" carries on")
    @ValueSource(
            strings = {
                "and the best sellers?",
                "And payment methods",
                "also how much did we take",
                "what about payments?",
                "How about the top 3 dishes",
                "same for the card split"
            })
    void anOpenerCarriesOnFromTheQuestionBefore(String text) {
        assertThat(detector.carriesOn(text, TUESDAY)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is a question of its own")
    @ValueSource(
            strings = {"best sellers", "andrew's sales", "what is my revenue", "and", "what about", "how busy are we"})
    void withoutAnOpenerAQuestionIsOfItsOwn(String text) {
        assertThat(detector.carriesOn(text, TUESDAY)).isFalse();
    }
}
