package io.poschat.nlu.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/** Pairs of words one apart ("revenue _ week" in "revenue last week"): bigrams that survive a filler word. */
public final class SkipBigramFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length);
        for (int i = 0; i + 2 < tokens.length; i++) {
            features.add("s=" + tokens[i] + "_" + tokens[i + 2]);
        }
        return features;
    }
}
