package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poschat.nlu.DecisionRule.Decision;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionRuleTest {

    private final DecisionRule rule = new DecisionRule(0.4, 0.1);

    @Test
    void topLabelBelowTheThresholdIsOutOfScope() {
        LabelScore best = new LabelScore("revenue", 0.39);
        Decision decision = rule.decide(List.of(best, new LabelScore("top_products", 0.2)));

        assertThat(decision).isEqualTo(new Decision.BelowThreshold(best));
        assertThat(decision.label()).isEqualTo("out_of_scope");
    }

    @Test
    void topLabelAtTheThresholdIsAccepted() {
        LabelScore best = new LabelScore("revenue", 0.4);

        assertThat(rule.decide(List.of(best, new LabelScore("low_stock", 0.1)))).isEqualTo(new Decision.Accepted(best));
    }

    @Test
    void twoBusinessIntentsWithinTheMarginAreOfferedAsAChoice() {
        LabelScore first = new LabelScore("revenue", 0.45);
        LabelScore second = new LabelScore("payment_methods", 0.36);

        Decision decision = rule.decide(List.of(first, second, new LabelScore("greeting", 0.19)));

        assertThat(decision).isEqualTo(new Decision.Clarify(first, second));
        assertThat(decision.label()).isEqualTo("revenue");
    }

    @Test
    void twoBusinessIntentsFurtherApartThanTheMarginAreNotAmbiguous() {
        LabelScore first = new LabelScore("revenue", 0.5);

        assertThat(rule.decide(List.of(first, new LabelScore("payment_methods", 0.39))))
                .isEqualTo(new Decision.Accepted(first));
    }

    @Test
    void conversationalLabelsAreNeverOfferedAsAChoice() {
        for (String other : List.of("greeting", "help", "thanks", "out_of_scope")) {
            LabelScore first = new LabelScore("revenue", 0.45);
            assertThat(rule.decide(List.of(first, new LabelScore(other, 0.44))))
                    .isEqualTo(new Decision.Accepted(first));
            LabelScore conversational = new LabelScore(other, 0.45);
            assertThat(rule.decide(List.of(conversational, new LabelScore("revenue", 0.44))))
                    .isEqualTo(new Decision.Accepted(conversational));
        }
    }

    @Test
    void labelsOfOtherDataSetsCanBeClarifiedToo() {
        LabelScore first = new LabelScore("card_arrival", 0.5);
        LabelScore second = new LabelScore("card_delivery_estimate", 0.45);

        assertThat(rule.decide(List.of(first, second))).isEqualTo(new Decision.Clarify(first, second));
    }

    @Test
    void aSingleLabelIsAcceptedWhenConfident() {
        LabelScore only = new LabelScore("revenue", 1.0);

        assertThat(rule.decide(List.of(only))).isEqualTo(new Decision.Accepted(only));
    }

    @Test
    void rejectsSettingsOutsideZeroToOne() {
        assertThatThrownBy(() -> new DecisionRule(1.5, 0.1)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new DecisionRule(0.3, -0.1)).hasMessageContaining("margin");
    }
}
