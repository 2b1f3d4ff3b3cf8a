package io.poschat.nlu;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chatbot.nlu.*}: where the model and the review file live, how often the model file is
 * checked for a new version, and the decision rule's threshold and clarify margin (chosen by
 * measurement, see docs/nlu.md).
 */
@ConfigurationProperties("chatbot.nlu")
public record NluSettings(
        @DefaultValue("models/intent-model.bin") Path modelPath,
        @DefaultValue("models/review.txt") Path reviewPath,
        @DefaultValue("2s") Duration reloadInterval,
        @DefaultValue("" + DecisionRule.DEFAULT_THRESHOLD) double threshold,

        @DefaultValue("" + DecisionRule.DEFAULT_CLARIFY_MARGIN)
        double clarifyMargin) {

    public DecisionRule decisionRule() {
        return new DecisionRule(threshold, clarifyMargin);
    }
}
