package io.poschat.nlu;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of days in the tenant's timezone. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    public boolean isSingleDay() {
        return from.equals(to);
    }
}
