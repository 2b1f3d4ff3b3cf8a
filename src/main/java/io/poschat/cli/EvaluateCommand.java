package io.poschat.cli;

import io.poschat.nlu.DecisionRule;
import io.poschat.nlu.Intent;
import io.poschat.nlu.IntentClassifier;
import io.poschat.nlu.SlotExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code evaluate --model MODEL --data FILE [--today D] [--threshold T] [--clarify-margin M]}:
 * scores a model with the server's decision rule, on a training-format file or a slot table.
 */
final class EvaluateCommand {

    static final String USAGE =
            "evaluate --model MODEL --data FILE [--today YYYY-MM-DD] [--threshold T]" + " [--clarify-margin M]";

    private EvaluateCommand() {}

    static int run(String[] args, PrintStream out) throws IOException {
        Options options = Options.parse(args, 1, Set.of("model", "data", "today", "threshold", "clarify-margin"));
        Path modelFile = options.requiredPath("model");
        Path data = options.requiredPath("data");
        LocalDate today = options.date("today");
        DecisionRule rule = new DecisionRule(
                options.fraction("threshold", DecisionRule.DEFAULT_THRESHOLD),
                options.fraction("clarify-margin", DecisionRule.DEFAULT_CLARIFY_MARGIN));
        IntentClassifier classifier = IntentClassifier.load(modelFile);
        List<EvaluationCase> cases = EvaluationCase.read(data);
        out.printf(
                Locale.ROOT,
                "evaluating %s on %d questions from %s (threshold %.2f)%n",
                modelFile,
                cases.size(),
                data,
                rule.threshold());

        Scores scores = new Scores();
        SlotExtractor extractor = new SlotExtractor();
        int slotCases = 0;
        int slotsRight = 0;
        for (EvaluationCase c : cases) {
            scores.add(c.label(), rule.decide(classifier.rank(c.text())).label());
            if (c.scoresSlots()) {
                Intent intent = Intent.fromLabel(c.label()).orElse(Intent.OUT_OF_SCOPE);
                ConcreteSlots expected = ConcreteSlots.of(intent, c.slots().orElseThrow(), today);
                ConcreteSlots actual = ConcreteSlots.of(intent, extractor.extract(c.text(), today), today);
                slotCases++;
                if (expected.equals(actual)) {
                    slotsRight++;
                }
            }
        }
        ScoreReport.perLabel(scores, out);
        ScoreReport.confusions(scores, out);
        if (slotCases > 0) {
            out.println(ScoreReport.accuracyLine("slot_accuracy", slotsRight, slotCases));
        }
        out.println(ScoreReport.accuracyLine("accuracy", scores.correct(), scores.total()));
        return 0;
    }
}
