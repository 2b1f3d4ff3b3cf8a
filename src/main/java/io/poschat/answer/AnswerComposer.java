package io.poschat.answer;

import io.poschat.nlu.Intent;
import io.poschat.nlu.Period;
import io.poschat.nlu.ScoredIntent;
import io.poschat.orchestration.Findings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** PLACEHOLDER until branch answer lands. */
@Component
public class AnswerComposer {

    public Reply compose(Findings findings, Audience audience) {
        if (findings instanceof Findings.Revenue r && r.total().data().isPresent()) {
            var total = r.total().data().get();
            return new Reply(
                    "You took " + audience.currency().getSymbol() + total.total() + " from " + total.count()
                            + " orders.",
                    Map.of("total", total.total(), "order_count", total.count()),
                    List.of(),
                    false);
        }
        return new Reply("Some data is missing.", Map.of(), List.of(), true);
    }

    public Reply greeting(Audience audience) {
        return new Reply("Hi " + audience.userName() + "!", Map.of(), List.of(), false);
    }

    public Reply help(Audience audience) {
        return new Reply("Ask me about revenue.", Map.of(), List.of(), false);
    }

    public Reply thanks(Audience audience) {
        return new Reply("You're welcome.", Map.of(), List.of(), false);
    }

    public Reply outOfScope(Audience audience) {
        return new Reply("I can't help with that.", Map.of(), List.of(), false);
    }

    public Reply notAvailableYet(Intent intent, Audience audience) {
        return new Reply("I can't answer that yet.", Map.of(), List.of(), false);
    }

    public String forbidden(Intent intent) {
        return "Your role can't see " + intent.label() + ".";
    }

    public Clarification clarify(List<ScoredIntent> candidates, Optional<Period> period, Audience audience) {
        return new Clarification(
                "Did you mean?",
                candidates.stream()
                        .map(c -> new Clarification.Option(
                                c.intent().label(), c.intent().label()))
                        .toList());
    }
}
