package io.poschat.answer;

import io.poschat.nlu.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The audience's ways of writing money, times and periods. */
final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM, HH:mm", Locale.ENGLISH);

    private final Audience audience;
    private final Money money;

    Formats(Audience audience) {
        this.audience = audience;
        this.money = Money.of(audience.currency());
    }

    String money(BigDecimal amount) {
        return money.format(amount);
    }

    PeriodPhrase period(Period period) {
        return PeriodPhrase.of(period, audience.today());
    }

    /** "14:05" today, "23 November, 14:05" on another day, in the tenant's timezone. */
    String time(Instant instant) {
        ZonedDateTime local = instant.atZone(audience.zone());
        return local.toLocalDate().equals(audience.today()) ? TIME.format(local) : DAY_TIME.format(local);
    }
}
