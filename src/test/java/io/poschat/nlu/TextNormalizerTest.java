package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void lowercasesDropsPunctuationAndJoinsApostrophes() {
        assertThat(TextNormalizer.tokens("What's my REVENUE today?!"))
                .containsExactly("whats", "my", "revenue", "today");
        assertThat(TextNormalizer.tokens("what\u2019s up")).containsExactly("whats", "up");
    }

    @Test
    void replacesEachRunOfDigitsWithOneClassToken() {
        assertThat(TextNormalizer.tokens("top 10 dishes on 2026-11-20"))
                .containsExactly("top", "<num>", "dishes", "on", "<num>", "<num>", "<num>");
        assertThat(TextNormalizer.tokens("3rd")).containsExactly("<num>", "rd");
    }

    @Test
    void keepsLettersOfOtherAlphabets() {
        assertThat(TextNormalizer.tokens("Café £5")).containsExactly("café", "<num>");
    }
}
