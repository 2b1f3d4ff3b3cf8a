package io.poschat.nlu.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 4- and 5-grams that span the gap between two words ("my r", "ue to"): word pairs that
 * still match when one of the words is misspelt or inflected. Counted once per question.
 */
public final class CrossWordCharNGramFeatures implements FeatureGenerator {

    private static final int MIN = 4;
    private static final int MAX = 5;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        String text = "^" + String.join(" ", tokens) + "$";
        Set<String> features = new LinkedHashSet<>();
        char[] gram = new char[2 + MAX];
        gram[0] = 'x';
        gram[1] = '=';
        for (int n = MIN; n <= MAX; n++) {
            for (int start = 0; start + n <= text.length(); start++) {
                int gap = text.indexOf(' ', start + 1);
                if (gap > start && gap < start + n - 1) {
                    text.getChars(start, start + n, gram, 2);
                    features.add(new String(gram, 0, 2 + n));
                }
            }
        }
        return features;
    }
}
