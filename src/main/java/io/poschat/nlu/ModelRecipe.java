package io.poschat.nlu;

import io.poschat.nlu.features.BoundaryBigramFeatures;
import io.poschat.nlu.features.CharNGramFeatures;
import io.poschat.nlu.features.CrossWordCharNGramFeatures;
import io.poschat.nlu.features.SkipBigramFeatures;
import io.poschat.nlu.features.WordFeatures;
import java.util.List;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * How a model is trained: OpenNLP algorithm, iterations, feature cutoff and feature generators.
 * The values of {@link #STANDARD} were chosen by measurement on CLINC150 and Banking77 (see
 * docs/nlu.md) and are fixed here so that the same training file always gives the same model.
 */
public record ModelRecipe(String algorithm, int iterations, int cutoff, List<FeatureGenerator> features) {

    public static final ModelRecipe STANDARD = new ModelRecipe(
            "MAXENT",
            100,
            1,
            List.of(
                    new WordFeatures(),
                    new BoundaryBigramFeatures(),
                    new SkipBigramFeatures(),
                    new CharNGramFeatures(),
                    new CrossWordCharNGramFeatures()));

    public ModelRecipe {
        features = List.copyOf(features);
    }

    public ModelRecipe withIterations(int newIterations) {
        return new ModelRecipe(algorithm, newIterations, cutoff, features);
    }

    public ModelRecipe withCutoff(int newCutoff) {
        return new ModelRecipe(algorithm, iterations, newCutoff, features);
    }

    public ModelRecipe withAlgorithm(String newAlgorithm) {
        return new ModelRecipe(newAlgorithm, iterations, cutoff, features);
    }

    public ModelRecipe withFeatures(List<FeatureGenerator> newFeatures) {
        return new ModelRecipe(algorithm, iterations, cutoff, newFeatures);
    }
}
