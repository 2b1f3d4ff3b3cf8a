package io.poschat.nlu.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Word bigrams including the sentence boundaries ({@code <s>_w1}, {@code wn_</s>}): how a question
 * starts and ends ("how many ...", "... today") says a lot about its intent.
 */
public final class BoundaryBigramFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length + 1);
        String previous = "<s>";
        for (String token : tokens) {
            features.add("b=" + previous + "_" + token);
            previous = token;
        }
        features.add("b=" + previous + "_</s>");
        return features;
    }
}
