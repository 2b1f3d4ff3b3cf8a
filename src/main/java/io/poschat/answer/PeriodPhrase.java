package io.poschat.answer;

import io.poschat.nlu.Period;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A period in words, relative to today.
 *
 * @param when how a sentence says it: "today", "on Saturday 21 November", "in October", "from 18
 *     to 24 November"
 * @param owner the possessive where English has one ("today's", "last week's", "October's"), else
 *     null
 * @param asked how a question says it, in words the intent classifier reads back: "today", "last
 *     week", "on 21 November", "last 7 days"
 * @param reachesToday whether the period runs up to today, so its figures are still growing
 */
record PeriodPhrase(String when, String owner, String asked, boolean reachesToday) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);

    /** "yet today", "yet this week", "on Saturday 21 November": for what hasn't happened (so far). */
    String yet() {
        return reachesToday ? "yet " + when : when;
    }

    /** "today's revenue", "the revenue on Saturday 21 November". */
    String of(String noun) {
        return owner == null ? "the " + noun + " " + when : owner + " " + noun;
    }

    static PeriodPhrase of(Period period, LocalDate today) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        boolean reachesToday = !to.isBefore(today) && !from.isAfter(today);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (period.isSingleDay()) {
            return singleDay(from, today);
        }
        if (to.equals(today) && from.equals(monday)) {
            return new PeriodPhrase("this week", "this week's", "this week", true);
        }
        if (from.equals(monday.minusWeeks(1)) && to.equals(monday.minusDays(1))) {
            return new PeriodPhrase("last week", "last week's", "last week", false);
        }
        if (to.equals(today) && from.equals(today.withDayOfMonth(1))) {
            return new PeriodPhrase("this month", "this month's", "this month", true);
        }
        if (isWholeMonth(from, to) && to.isBefore(today.withDayOfMonth(1))) {
            return wholeMonth(from, today);
        }
        if (to.equals(today) && from.equals(today.withDayOfYear(1))) {
            return new PeriodPhrase("this year", "this year's", "this year", true);
        }
        String range = range(from, to, today);
        String asked = to.equals(today) ? "last " + (ChronoUnit.DAYS.between(from, to) + 1) + " days" : range;
        return new PeriodPhrase(range, null, asked, reachesToday);
    }

    private static PeriodPhrase singleDay(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return new PeriodPhrase("today", "today's", "today", true);
        }
        if (day.equals(today.minusDays(1))) {
            return new PeriodPhrase("yesterday", "yesterday's", "yesterday", false);
        }
        String when = "on " + DAY.format(day) + year(day, today);
        return new PeriodPhrase(when, null, "on " + askedDay(day, today), day.isAfter(today));
    }

    /**
     * "21 November" is read back as the latest such day on or before today, so a day further back
     * than a year is asked for by its ISO date.
     */
    private static String askedDay(LocalDate day, LocalDate today) {
        LocalDate readBack = MonthDay.from(day).atYear(today.getYear());
        if (readBack.isAfter(today)) {
            readBack = readBack.minusYears(1);
        }
        return readBack.equals(day) ? DAY_MONTH.format(day) : day.toString();
    }

    private static boolean isWholeMonth(LocalDate from, LocalDate to) {
        return from.getDayOfMonth() == 1 && to.equals(from.with(TemporalAdjusters.lastDayOfMonth()));
    }

    private static PeriodPhrase wholeMonth(LocalDate from, LocalDate today) {
        String month = MONTH.format(from) + year(from, today);
        boolean lastMonth = from.equals(today.withDayOfMonth(1).minusMonths(1));
        return new PeriodPhrase("in " + month, month + "'s", lastMonth ? "last month" : "in " + month, false);
    }

    private static String range(LocalDate from, LocalDate to, LocalDate today) {
        if (from.getYear() != to.getYear()) {
            return "from " + DAY_MONTH.format(from) + " " + from.getYear() + " to " + DAY_MONTH.format(to) + " "
                    + to.getYear();
        }
        String start = from.getMonth() == to.getMonth() ? String.valueOf(from.getDayOfMonth()) : DAY_MONTH.format(from);
        return "from " + start + " to " + DAY_MONTH.format(to) + year(to, today);
    }

    private static String year(LocalDate day, LocalDate today) {
        return day.getYear() == today.getYear() ? "" : " " + day.getYear();
    }
}
