package io.poschat.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** An inclusive range of days read from {@code ?date=D} or {@code ?from=D1&to=D2}. */
record DateRange(LocalDate from, LocalDate to) {

    /** Longest range served in one call: a leap year. */
    static final int MAX_DAYS = 366;

    static DateRange of(Map<String, String> params) {
        String date = params.get("date");
        String from = params.get("from");
        String to = params.get("to");
        if (date != null) {
            if (from != null || to != null) {
                throw ApiException.badRequest("give either date or from and to, not both");
            }
            LocalDate day = parse("date", date);
            return new DateRange(day, day);
        }
        if (from == null || to == null) {
            throw ApiException.badRequest("give date=YYYY-MM-DD or both from and to");
        }
        return between(parse("from", from), parse("to", to));
    }

    static DateRange day(Map<String, String> params) {
        String date = params.get("date");
        if (date == null) {
            throw ApiException.badRequest("missing date=YYYY-MM-DD");
        }
        LocalDate day = parse("date", date);
        return new DateRange(day, day);
    }

    private static DateRange between(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ApiException.badRequest("from " + from + " is after to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.badRequest("a range may span at most " + MAX_DAYS + " days");
        }
        return new DateRange(from, to);
    }

    private static LocalDate parse(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }
}
