package io.poschat.answer;

import io.poschat.nlu.Intent;
import io.poschat.nlu.Period;
import io.poschat.nlu.ScoredIntent;
import io.poschat.orchestration.Findings;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns what an intent's plan brought back into an answer: clear sentences, the figures they name,
 * natural next questions, and whether something was missing — then the text says what and why. It
 * never fails and never shows a service's own error.
 */
@Component
public class AnswerComposer {

    private final Clock clock;

    /** @param clock "now", for the age of open orders and the time of day of a greeting */
    public AnswerComposer(Clock clock) {
        this.clock = clock;
    }

    public Reply compose(Findings findings, Audience audience) {
        Formats formats = new Formats(audience);
        return switch (findings) {
            case Findings.Revenue revenue -> new SalesAnswers(formats).revenue(revenue);
            case Findings.PaymentMethods methods -> new SalesAnswers(formats).paymentMethods(methods);
            case Findings.TopProducts top -> new TopProductsAnswer(formats).answer(top);
            case Findings.LowStock low -> new StockAnswers(formats).lowStock(low);
            case Findings.InventoryValue value -> new StockAnswers(formats).inventoryValue(value);
            case Findings.TableOccupancy tables -> new FloorAnswers(formats, clock).tableOccupancy(tables);
            case Findings.PendingOrders pending -> new FloorAnswers(formats, clock).pendingOrders(pending);
            case Findings.RestaurantStatus status -> new FloorAnswers(formats, clock).restaurantStatus(status);
        };
    }

    public Reply greeting(Audience audience) {
        return new SmallTalk(audience, clock).greeting();
    }

    /** What can be asked, with examples as suggestions. */
    public Reply help(Audience audience) {
        return new SmallTalk(audience, clock).help();
    }

    public Reply thanks(Audience audience) {
        return new SmallTalk(audience, clock).thanks();
    }

    /** A polite no, with what can be asked as suggestions. */
    public Reply outOfScope(Audience audience) {
        return new SmallTalk(audience, clock).outOfScope();
    }

    /** "Your role can't see revenue. Ask a manager if you need it." */
    public String forbidden(Intent intent) {
        return "Your role can't see " + IntentWords.hidden(intent) + ". Ask a manager if you need it.";
    }

    /**
     * Asks which of the close candidates was meant. Each option's {@code text} is a short question
     * of that intent, for {@code period} where it takes one (today when none was said).
     */
    public Clarification clarify(List<ScoredIntent> candidates, Optional<Period> period, Audience audience) {
        return Clarifier.clarify(candidates, period, audience.today());
    }
}
