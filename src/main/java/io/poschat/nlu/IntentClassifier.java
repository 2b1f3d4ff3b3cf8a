package io.poschat.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * A trained intent model. Immutable and safe to share between threads: OpenNLP's categorizer is
 * not thread-safe, so each call gets its own (creating one only wires up the shared model).
 */
public final class IntentClassifier {

    static {
        allowFeatureGenerators();
    }

    /** Best first; equal scores by label, so the order is stable. */
    private static final Comparator<LabelScore> BEST_FIRST = (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        return byScore != 0 ? byScore : a.label().compareTo(b.label());
    };

    private final DoccatModel model;

    IntentClassifier(DoccatModel model) {
        this.model = model;
    }

    /** The model names its feature generators by class; OpenNLP only instantiates allowed ones. */
    static void allowFeatureGenerators() {
        ExtensionLoader.registerAllowedPackage("io.poschat.nlu.features");
    }

    /** Reads a model written by {@link #save}; fails with a message naming the file. */
    public static IntentClassifier load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new IntentClassifier(new DoccatModel(in));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(null, null, "cannot read intent model " + file + ": no such file");
        } catch (IOException e) {
            throw new IOException("cannot read intent model " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // OpenNLP fails on a truncated or foreign file with whatever broke first (often an NPE):
            // say what the file is not, rather than quote that.
            throw new IOException(
                    "cannot read intent model " + file + ": not a model written by the train command"
                            + " (corrupt, truncated or another kind of file)",
                    e);
        }
    }

    /**
     * Writes the model to a temporary file next to {@code target} and moves it into place, so that a
     * server watching {@code target} never reads a half-written model.
     */
    public void save(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            model.serialize(out);
        }
        try {
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Every label with its probability, best first (ties by label, so the order is stable). */
    public List<LabelScore> rank(String text) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] probabilities = categorizer.categorize(TextNormalizer.tokens(text));
        List<LabelScore> ranked = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranked.add(new LabelScore(categorizer.getCategory(i), probabilities[i]));
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    public Set<String> labels() {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        Set<String> labels = new TreeSet<>();
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            labels.add(categorizer.getCategory(i));
        }
        return labels;
    }
}
