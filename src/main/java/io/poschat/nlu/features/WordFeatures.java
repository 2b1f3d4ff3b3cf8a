package io.poschat.nlu.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/** Bag of words: one feature per token. */
public final class WordFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            features.add("w=" + token);
        }
        return features;
    }
}
