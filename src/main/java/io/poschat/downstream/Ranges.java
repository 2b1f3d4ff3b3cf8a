package io.poschat.downstream;

import java.time.LocalDate;

/** Date-range parameters and how long their answers stay true. */
final class Ranges {

    private Ranges() {}

    static String query(LocalDate from, LocalDate to) {
        return from.equals(to) ? "date=" + from : "from=" + from + "&to=" + to;
    }

    /** A range that ended before today (in the tenant's timezone) can never change. */
    static CachePolicy policy(LocalDate today, LocalDate to) {
        return to.isBefore(today) ? CachePolicy.PAST_DAYS : CachePolicy.TODAY;
    }
}
