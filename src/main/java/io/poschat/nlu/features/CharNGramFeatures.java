package io.poschat.nlu.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- to 5-grams of each word, with {@code ^} and {@code $} marking the word's start and
 * end, so that a misspelt word ("revenu", "tabels") still shares most of its features with the
 * word it was meant to be. Each n-gram counts once per question (measured slightly better, and
 * faster, than counting repeats).
 */
public final class CharNGramFeatures implements FeatureGenerator {

    private static final int MIN = 3;
    private static final int MAX = 5;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Set<String> features = new LinkedHashSet<>();
        for (String token : tokens) {
            if (token.startsWith("<")) {
                continue; // class tokens such as <num> are whole words already
            }
            String word = "^" + token + "$";
            char[] gram = new char[2 + MAX];
            gram[0] = 'c';
            gram[1] = '=';
            for (int n = MIN; n <= MAX; n++) {
                for (int start = 0; start + n <= word.length(); start++) {
                    word.getChars(start, start + n, gram, 2); // one allocation per n-gram: this is the hot loop
                    features.add(new String(gram, 0, 2 + n));
                }
            }
        }
        return features;
    }
}
