package io.poschat.cli;

import io.poschat.nlu.DecisionRule;
import io.poschat.nlu.FollowUpDetector;
import io.poschat.nlu.Intent;
import io.poschat.nlu.IntentClassifier;
import io.poschat.nlu.Interpretation;
import io.poschat.nlu.LanguageUnderstanding;
import io.poschat.nlu.SlotExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * {@code classify [--model MODEL] [--today D]}: one question per line on standard input, one JSON
 * object per line on standard output, read the way the server reads a first question (so a bare
 * follow-up, having no earlier question, is out of scope; of two close intents the first is given).
 */
final class ClassifyCommand {

    static final String USAGE = "classify [--model MODEL (default models/intent-model.bin)] [--today YYYY-MM-DD]"
            + " [--threshold T] < questions.txt";

    private ClassifyCommand() {}

    static int run(String[] args, InputStream in, PrintStream out) throws IOException {
        Options options = Options.parse(args, 1, Set.of("model", "today", "threshold"));
        LocalDate today = options.date("today");
        IntentClassifier classifier = IntentClassifier.load(options.path("model", "models/intent-model.bin"));
        DecisionRule rule = new DecisionRule(
                options.fraction("threshold", DecisionRule.DEFAULT_THRESHOLD), DecisionRule.DEFAULT_CLARIFY_MARGIN);
        SlotExtractor slots = new SlotExtractor();
        LanguageUnderstanding understanding =
                new LanguageUnderstanding(() -> classifier, rule, slots, new FollowUpDetector(slots), null);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                // Each line is a question of its own, with no conversation before it: like the
                // server's first question of a session, a follow-up fragment is read as a question.
                out.println(toJson(line.strip(), understanding.classify(line.strip(), today), today));
            }
        }
        out.flush();
        return 0;
    }

    static String toJson(String text, Interpretation interpretation, LocalDate today) {
        Intent intent;
        double confidence;
        switch (interpretation) {
            case Interpretation.Understood u -> {
                intent = u.intent();
                confidence = u.confidence();
            }
            case Interpretation.Ambiguous a -> {
                intent = a.candidates().getFirst().intent();
                confidence = a.candidates().getFirst().score();
            }
            case Interpretation.FollowUp f -> throw new IllegalStateException("classify never reads follow-ups");
        }
        return String.format(
                Locale.ROOT,
                "{\"text\": %s, \"intent\": %s, \"confidence\": %.4f, \"slots\": %s}",
                Json.quote(text),
                Json.quote(intent.label()),
                confidence,
                ConcreteSlots.of(intent, interpretation.slots(), today).toJson());
    }
}
