package io.poschat.nlu;

import java.util.List;
import java.util.Set;

/**
 * Turns the classifier's ranking into a decision, the same way for the server and the model tools:
 *
 * <ol>
 *   <li>the best label scores below {@code threshold}: the question is out of scope (and worth a
 *       maintainer's review);
 *   <li>the best two labels are both business intents and within {@code clarifyMargin} of each
 *       other: ask which one was meant;
 *   <li>otherwise the best label wins.
 * </ol>
 *
 * Greeting, help, thanks and out-of-scope are never offered as a choice: "did you mean revenue or
 * hello?" helps nobody, so when one of them is among the best two the best label simply wins.
 */
public final class DecisionRule {

    public static final double DEFAULT_THRESHOLD = 0.3;
    public static final double DEFAULT_CLARIFY_MARGIN = 0.1;

    private static final Set<String> NEVER_CLARIFIED =
            Set.of(Intent.GREETING.label(), Intent.HELP.label(), Intent.THANKS.label(), Intent.OUT_OF_SCOPE.label());

    private final double threshold;
    private final double clarifyMargin;

    public DecisionRule(double threshold, double clarifyMargin) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be within 0..1, got " + threshold);
        }
        if (clarifyMargin < 0 || clarifyMargin > 1) {
            throw new IllegalArgumentException("clarify margin must be within 0..1, got " + clarifyMargin);
        }
        this.threshold = threshold;
        this.clarifyMargin = clarifyMargin;
    }

    public static DecisionRule defaults() {
        return new DecisionRule(DEFAULT_THRESHOLD, DEFAULT_CLARIFY_MARGIN);
    }

    public double threshold() {
        return threshold;
    }

    public double clarifyMargin() {
        return clarifyMargin;
    }

    /** Decides on a ranking as returned by {@link IntentClassifier#rank}, best first. */
    public Decision decide(List<LabelScore> ranked) {
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("a ranking needs at least one label");
        }
        LabelScore best = ranked.getFirst();
        if (best.score() < threshold) {
            return new Decision.BelowThreshold(best);
        }
        if (ranked.size() > 1) {
            LabelScore second = ranked.get(1);
            if (clarifiable(best) && clarifiable(second) && best.score() - second.score() < clarifyMargin) {
                return new Decision.Clarify(best, second);
            }
        }
        return new Decision.Accepted(best);
    }

    private static boolean clarifiable(LabelScore candidate) {
        return !NEVER_CLARIFIED.contains(candidate.label());
    }

    /** What the rule decided. {@link #label()} is the single label to count when scoring a model. */
    public sealed interface Decision {

        String label();

        /** The best label won. */
        record Accepted(LabelScore best) implements Decision {
            @Override
            public String label() {
                return best.label();
            }
        }

        /** Nothing scored high enough: the answer is out of scope; {@code best} is what the model guessed. */
        record BelowThreshold(LabelScore best) implements Decision {
            @Override
            public String label() {
                return Intent.OUT_OF_SCOPE.label();
            }
        }

        /** Two business intents too close to call; the user is asked. Scored as the first. */
        record Clarify(LabelScore first, LabelScore second) implements Decision {
            @Override
            public String label() {
                return first.label();
            }
        }
    }
}
