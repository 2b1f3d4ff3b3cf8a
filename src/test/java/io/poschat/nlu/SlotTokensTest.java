package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotTokensTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Saturday's takings?!      | saturday takings
            YESTERDY                  | yesterday
            wensday                   | wednesday
            thrusday                  | thursday
            tuesdy                    | tuesday
            y'day                     | yesterday
            2nite                     | tonight
            last wk                   | last week
            this mnth                 | this month
            top3                      | top 3
            last7days                 | last 7 days
            best-selling              | best selling
            20th of Nov.              | 20th of november
            on 2026-11-20, 20/11      | on 2026-11-20 20/11
            # ambiguous or real words are left alone
            tursday                   | tursday
            sundae                    | sundae
            fridge                    | fridge
            march madness             | march madness
            mouth                     | mouth
            """)
    void normalisesWordsForTheSlotRules(String text, String words) {
        assertThat(SlotTokens.of(text)).containsExactlyElementsOf(Arrays.asList(words.split(" ")));
    }
}
