package io.poschat.nlu.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureGeneratorsTest {

    private static final String[] TOKENS = {"top", "<num>", "dishes"};

    @Test
    void wordsAreOneFeatureEach() {
        assertThat(new WordFeatures().extractFeatures(TOKENS, Map.of()))
                .containsExactly("w=top", "w=<num>", "w=dishes");
    }

    @Test
    void bigramsIncludeTheSentenceBoundaries() {
        assertThat(new BoundaryBigramFeatures().extractFeatures(TOKENS, Map.of()))
                .containsExactly("b=<s>_top", "b=top_<num>", "b=<num>_dishes", "b=dishes_</s>");
        assertThat(new BoundaryBigramFeatures().extractFeatures(new String[0], Map.of()))
                .containsExactly("b=<s>_</s>");
    }

    @Test
    void skipBigramsPairWordsOneApart() {
        assertThat(new SkipBigramFeatures().extractFeatures(new String[] {"revenue", "last", "week"}, Map.of()))
                .containsExactly("s=revenue_week");
    }

    @Test
    void charNGramsCoverEachWordWithItsEdgesOncePerQuestion() {
        assertThat(new CharNGramFeatures().extractFeatures(new String[] {"tab", "<num>", "tab"}, Map.of()))
                .containsExactly("c=^ta", "c=tab", "c=ab$", "c=^tab", "c=tab$", "c=^tab$");
    }

    @Test
    void crossWordCharNGramsSpanTheGapBetweenWords() {
        assertThat(new CrossWordCharNGramFeatures().extractFeatures(new String[] {"my", "rev"}, Map.of()))
                .containsExactly("x=my r", "x=y re", "x=^my r", "x=my re", "x=y rev");
    }
}
