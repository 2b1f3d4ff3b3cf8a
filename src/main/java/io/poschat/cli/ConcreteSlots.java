package io.poschat.cli;

import io.poschat.nlu.Intent;
import io.poschat.nlu.Period;
import io.poschat.nlu.Slots;
import java.time.LocalDate;

/**
 * Slots as the chatbot will use them: the intent's defaults filled in (today for a period, top 5
 * for a limit, capped at 20), {@code null} where the intent takes no such slot.
 */
record ConcreteSlots(LocalDate from, LocalDate to, Integer limit) {

    static ConcreteSlots of(Intent intent, Slots slots, LocalDate today) {
        Period period = intent.takesPeriod() ? slots.period().orElse(Period.day(today)) : null;
        Integer limit =
                intent.takesLimit() ? Math.min(slots.limit().orElse(Slots.DEFAULT_LIMIT), Slots.MAX_LIMIT) : null;
        return new ConcreteSlots(period == null ? null : period.from(), period == null ? null : period.to(), limit);
    }

    String toJson() {
        return "{\"from\": " + Json.quoteOrNull(from) + ", \"to\": " + Json.quoteOrNull(to) + ", \"limit\": " + limit
                + "}";
    }
}
