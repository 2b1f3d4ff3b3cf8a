package io.poschat.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** Trains an {@link IntentClassifier} from labelled texts, deterministically (one thread, fixed order). */
public final class IntentTrainer {

    private IntentTrainer() {}

    public static IntentClassifier train(List<LabeledText> data, ModelRecipe recipe) {
        if (data.stream().map(LabeledText::label).distinct().count() < 2) {
            throw new IllegalArgumentException(
                    "training needs examples of at least two labels, got " + data.size() + " example(s) of "
                            + data.stream().map(LabeledText::label).distinct().toList());
        }
        List<DocumentSample> samples = data.stream()
                .map(d -> new DocumentSample(d.label(), TextNormalizer.tokens(d.text())))
                .toList();
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, recipe.algorithm());
        parameters.put(TrainingParameters.ITERATIONS_PARAM, recipe.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, recipe.cutoff());
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        DoccatFactory factory = new DoccatFactory(recipe.features().toArray(FeatureGenerator[]::new));
        IntentClassifier.allowFeatureGenerators();
        try {
            return new IntentClassifier(DocumentCategorizerME.train(
                    "en", ObjectStreamUtils.createObjectStream(samples), parameters, factory));
        } catch (IOException e) {
            throw new UncheckedIOException("training failed: " + e.getMessage(), e);
        }
    }
}
