package io.poschat.nlu.bench;

import io.poschat.nlu.IntentClassifier;
import io.poschat.nlu.IntentTrainer;
import io.poschat.nlu.LabelScore;
import io.poschat.nlu.LabeledText;
import io.poschat.nlu.ModelRecipe;
import io.poschat.nlu.TrainingData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classifications per second on one thread, cycling through the questions of a training file with a
 * model trained on that file, or with a model file given as {@code -p model=FILE} (see docs/nlu.md
 * for the command and the numbers).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifierBenchmark {

    @Param("models/training.txt")
    public String data;

    /** A trained model to load instead of training one on {@link #data}. */
    @Param("")
    public String model;

    private IntentClassifier classifier;
    private List<String> questions;
    private int next;

    @Setup
    public void train() throws Exception {
        List<LabeledText> samples = TrainingData.read(Path.of(data));
        classifier = model.isEmpty()
                ? IntentTrainer.train(samples, ModelRecipe.STANDARD)
                : IntentClassifier.load(Path.of(model));
        questions = samples.stream().map(LabeledText::text).toList();
    }

    @Benchmark
    public List<LabelScore> classify() {
        String question = questions.get(next);
        next = (next + 1) % questions.size();
        return classifier.rank(question);
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length > 0 ? args : new String[] {ClassifierBenchmark.class.getSimpleName()});
    }
}
