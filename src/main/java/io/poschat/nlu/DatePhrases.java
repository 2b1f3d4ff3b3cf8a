package io.poschat.nlu;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the period a question talks about, from words already normalised by {@link SlotTokens}.
 *
 * <p>Words are scanned left to right and, at each word, the phrase rules are tried in turn; the
 * first phrase found wins, so "today vs yesterday" means today. "So far" is the one weak phrase:
 * it means today only when nothing else is said ("so far this week" is the week). A phrase right
 * after "since" runs on to today. Weeks start on Monday.
 */
final class DatePhrases {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("20\\d\\d");

    private static final Set<String> LAST = Set.of("last", "past", "previous");
    private static final Set<String> THIS = Set.of("this", "current", "the");
    private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "for", "during", "of", "over", "throughout");

    /** One way of saying a period, tried at a word position. */
    @FunctionalInterface
    private interface Rule {
        Optional<SlotMatch<Period>> at(int index);
    }

    private final List<String> words;
    private final LocalDate today;
    private final List<Rule> rules;

    private DatePhrases(List<String> words, LocalDate today) {
        this.words = words;
        this.today = today;
        this.rules = List.of(
                this::writtenDate,
                this::monthThenDay,
                this::dayThenMonth,
                this::relativeDay,
                this::toDate,
                this::rollingDays,
                this::lastWeekday,
                this::lastUnit,
                this::thisUnit,
                this::weekend,
                this::weekday,
                this::ordinalOfThisMonth,
                this::wholeMonth);
    }

    static Optional<SlotMatch<Period>> find(List<String> words, LocalDate today) {
        return new DatePhrases(words, today).find();
    }

    private Optional<SlotMatch<Period>> find() {
        for (int i = 0; i < words.size(); i++) {
            for (Rule rule : rules) {
                Optional<SlotMatch<Period>> match = rule.at(i);
                if (match.isPresent()) {
                    return match.map(this::runOnIfSince);
                }
            }
        }
        return soFar();
    }

    private SlotMatch<Period> runOnIfSince(SlotMatch<Period> match) {
        LocalDate from = match.value().from();
        if (!is(match.start() - 1, "since") || from.isAfter(today)) {
            return match;
        }
        return new SlotMatch<>(new Period(from, today), match.start() - 1, match.end());
    }

    private Optional<SlotMatch<Period>> soFar() {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (is(i, "so") && is(i + 1, "far")) {
                return day(today, i, i + 2);
            }
        }
        return Optional.empty();
    }

    // --- dates written out: "2026-11-20", "20/11", "nov 20", "20th of november" ---

    /** ISO "2026-11-20", and "20/11" or "20/11/2026" read day first (month first only when the day can't be a month). */
    private Optional<SlotMatch<Period>> writtenDate(int i) {
        Matcher iso = ISO_DATE.matcher(word(i));
        if (iso.matches()) {
            return exactDay(number(iso, 1), number(iso, 2), number(iso, 3), i, i + 1);
        }
        Matcher slash = SLASH_DATE.matcher(word(i));
        if (!slash.matches()) {
            return Optional.empty();
        }
        int first = number(slash, 1);
        int second = number(slash, 2);
        boolean monthFirst = first <= 12 && second > 12;
        int day = monthFirst ? second : first;
        int month = monthFirst ? first : second;
        if (slash.group(3) == null) {
            return monthDay(month, day, OptionalInt.empty(), i, i + 1);
        }
        int year = number(slash, 3);
        return exactDay(year < 100 ? 2000 + year : year, month, day, i, i + 1);
    }

    /** "nov 20", "november 20th", "nov 20 2025". */
    private Optional<SlotMatch<Period>> monthThenDay(int i) {
        Optional<Month> month = DateWords.month(word(i));
        OptionalInt day = NumberWords.dayOfMonth(word(i + 1));
        if (month.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt year = yearAt(i + 2);
        return monthDay(month.get().getValue(), day.getAsInt(), year, i, i + (year.isPresent() ? 3 : 2));
    }

    /** "20 november", "20th nov", "20th of november 2025" ("of" only after an ordinal: "top 3 of march" is no date). */
    private Optional<SlotMatch<Period>> dayThenMonth(int i) {
        OptionalInt day = NumberWords.dayOfMonth(word(i));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        int monthAt = is(i + 1, "of") && NumberWords.isOrdinal(word(i)) ? i + 2 : i + 1;
        Optional<Month> month = DateWords.month(word(monthAt));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt year = yearAt(monthAt + 1);
        return monthDay(month.get().getValue(), day.getAsInt(), year, i, monthAt + (year.isPresent() ? 2 : 1));
    }

    /** "the 20th", "on 20th", "for 20th": that day of this month, or of last month when it is still to come. */
    private Optional<SlotMatch<Period>> ordinalOfThisMonth(int i) {
        boolean introduced = is(i, "the") || is(i, "on") || is(i, "for");
        if (!introduced || !NumberWords.isOrdinal(word(i + 1))) {
            return Optional.empty();
        }
        int day = NumberWords.dayOfMonth(word(i + 1)).getAsInt();
        YearMonth month = YearMonth.from(today);
        if (day > today.getDayOfMonth()) {
            month = month.minusMonths(1);
        }
        return month.isValidDay(day) ? day(month.atDay(day), i, i + 2) : Optional.empty();
    }

    /** "in october", "for march": the whole month, up to today; a month still to come means last year's. */
    private Optional<SlotMatch<Period>> wholeMonth(int i) {
        Optional<Month> month = DateWords.month(word(i + 1));
        if (!MONTH_PREPOSITIONS.contains(word(i)) || month.isEmpty()) {
            return Optional.empty();
        }
        if (NumberWords.dayOfMonth(word(i + 2)).isPresent()) {
            return Optional.empty(); // "for nov 20" is a day, read from the month on
        }
        YearMonth named = YearMonth.of(today.getYear(), month.get());
        if (named.atDay(1).isAfter(today)) {
            named = named.minusYears(1);
        }
        LocalDate end = named.atEndOfMonth().isAfter(today) ? today : named.atEndOfMonth();
        return range(named.atDay(1), end, i, i + 2);
    }

    // --- days relative to today ---

    /** "today", "tonight", "this evening", "yesterday", "last night", "day before yesterday". */
    private Optional<SlotMatch<Period>> relativeDay(int i) {
        if (is(i, "today") || is(i, "tonight")) {
            return day(today, i, i + 1);
        }
        if (is(i, "this") && (is(i + 1, "evening") || is(i + 1, "morning") || is(i + 1, "afternoon"))) {
            return day(today, i, i + 2);
        }
        if (is(i, "yesterday")) {
            return day(today.minusDays(1), i, i + 1);
        }
        if (is(i, "last") && is(i + 1, "night")) {
            return day(today.minusDays(1), i, i + 2); // said the morning after, about the last service
        }
        if (is(i, "day") && is(i + 1, "before") && is(i + 2, "yesterday")) {
            return day(today.minusDays(2), i, i + 3);
        }
        return Optional.empty();
    }

    /** "saturday", "on saturday", "saturday's": the most recent such day on or before today. */
    private Optional<SlotMatch<Period>> weekday(int i) {
        Optional<DayOfWeek> day = DateWords.weekday(word(i));
        if (day.isEmpty() || is(i - 1, "next")) {
            return Optional.empty(); // "next saturday" is a forecast: no period to report on
        }
        return day(today.with(TemporalAdjusters.previousOrSame(day.get())), i, i + 1);
    }

    /** "last tuesday": the most recent such day strictly before today, so a week back when said on a Tuesday. */
    private Optional<SlotMatch<Period>> lastWeekday(int i) {
        Optional<DayOfWeek> day = DateWords.weekday(word(i + 1));
        if (!LAST.contains(word(i)) || day.isEmpty()) {
            return Optional.empty();
        }
        return day(today.with(TemporalAdjusters.previous(day.get())), i, i + 2);
    }

    // --- weeks, months and years ---

    /** "wtd", "mtd", "ytd", "week to date", "month to date", "year to date". */
    private Optional<SlotMatch<Period>> toDate(int i) {
        if (is(i, "wtd") || is(i, "mtd") || is(i, "ytd")) {
            return range(startOfCurrent(word(i).charAt(0)), today, i, i + 1);
        }
        if (isUnit(i) && is(i + 1, "to") && is(i + 2, "date")) {
            return range(startOfCurrent(word(i).charAt(0)), today, i, i + 3);
        }
        return Optional.empty();
    }

    /** "this week", "the month", "current year": from the start of it to today. */
    private Optional<SlotMatch<Period>> thisUnit(int i) {
        if (!THIS.contains(word(i)) || !isUnit(i + 1)) {
            return Optional.empty();
        }
        return range(startOfCurrent(word(i + 1).charAt(0)), today, i, i + 2);
    }

    /** "last week" (Monday to Sunday), "last month", "last year": the whole previous one. */
    private Optional<SlotMatch<Period>> lastUnit(int i) {
        if (!LAST.contains(word(i))) {
            return Optional.empty();
        }
        return switch (word(i + 1)) {
            case "week" -> {
                LocalDate monday = mondayOf(today).minusWeeks(1);
                yield range(monday, monday.plusDays(6), i, i + 2);
            }
            case "month" -> {
                YearMonth previous = YearMonth.from(today).minusMonths(1);
                yield range(previous.atDay(1), previous.atEndOfMonth(), i, i + 2);
            }
            case "year" -> {
                int previous = today.getYear() - 1;
                yield range(LocalDate.of(previous, 1, 1), LocalDate.of(previous, 12, 31), i, i + 2);
            }
            case "weekend" -> {
                LocalDate monday = mondayOf(today).minusWeeks(1);
                yield range(saturdayOf(monday), sundayOf(monday), i, i + 2);
            }
            default -> Optional.empty();
        };
    }

    /** "the weekend", "weekend": the latest one that has begun, up to today. */
    private Optional<SlotMatch<Period>> weekend(int i) {
        if (!is(i, "weekend")) {
            return Optional.empty();
        }
        boolean inWeekend = today.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
        LocalDate monday = inWeekend ? mondayOf(today) : mondayOf(today).minusWeeks(1);
        LocalDate sunday = sundayOf(monday).isAfter(today) ? today : sundayOf(monday);
        int start = THIS.contains(word(i - 1)) ? i - 1 : i;
        return range(saturdayOf(monday), sunday, start, i + 1);
    }

    /** "last 7 days", "past three days", "last couple of days", "last 2 weeks", "past fortnight": a rolling window ending today. */
    private Optional<SlotMatch<Period>> rollingDays(int i) {
        if (!LAST.contains(word(i))) {
            return Optional.empty();
        }
        if (is(i + 1, "fortnight")) {
            return range(today.minusDays(13), today, i, i + 2);
        }
        Optional<SlotMatch<Integer>> count = vagueCount(i + 1).or(() -> NumberWords.countAt(words, i + 1));
        if (count.isEmpty() || count.get().value() < 1) {
            return Optional.empty();
        }
        int n = count.get().value();
        int unitAt = count.get().end();
        LocalDate from = switch (word(unitAt)) {
            case "days", "day" -> today.minusDays(n - 1);
            case "weeks", "week" -> today.minusWeeks(n).plusDays(1);
            case "months", "month" -> today.minusMonths(n).plusDays(1);
            default -> null;
        };
        return from == null ? Optional.empty() : range(from, today, i, unitAt + 1);
    }

    /** "couple of" is two and "few" three: close enough for a report, and better than ignoring them. */
    private Optional<SlotMatch<Integer>> vagueCount(int i) {
        if (is(i, "couple")) {
            return Optional.of(new SlotMatch<>(2, i, is(i + 1, "of") ? i + 2 : i + 1));
        }
        if (is(i, "few")) {
            return Optional.of(new SlotMatch<>(3, i, i + 1));
        }
        return Optional.empty();
    }

    // --- calendar arithmetic ---

    /** The first day of the current week, month or year, named by the unit's initial ("wtd", "week"). */
    private LocalDate startOfCurrent(char unitInitial) {
        return switch (unitInitial) {
            case 'w' -> mondayOf(today);
            case 'm' -> today.withDayOfMonth(1);
            default -> today.withDayOfYear(1);
        };
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate saturdayOf(LocalDate monday) {
        return monday.plusDays(5);
    }

    private static LocalDate sundayOf(LocalDate monday) {
        return monday.plusDays(6);
    }

    /** A month-day without a year that would lie in the future means last year's. */
    private Optional<SlotMatch<Period>> monthDay(int month, int day, OptionalInt year, int start, int end) {
        if (year.isPresent()) {
            return exactDay(year.getAsInt(), month, day, start, end);
        }
        if (month < 1 || month > 12 || day > Month.of(month).maxLength()) {
            return Optional.empty();
        }
        MonthDay monthDay = MonthDay.of(month, day);
        int thisYear = today.getYear();
        boolean future =
                !monthDay.isValidYear(thisYear) || monthDay.atYear(thisYear).isAfter(today);
        int yearMeant = future ? thisYear - 1 : thisYear;
        // 29 February of a year that has none names no day at all
        return monthDay.isValidYear(yearMeant) ? day(monthDay.atYear(yearMeant), start, end) : Optional.empty();
    }

    private Optional<SlotMatch<Period>> exactDay(int year, int month, int day, int start, int end) {
        if (month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return day(LocalDate.of(year, month, day), start, end);
    }

    private static Optional<SlotMatch<Period>> day(LocalDate day, int start, int end) {
        return Optional.of(new SlotMatch<>(Period.day(day), start, end));
    }

    private static Optional<SlotMatch<Period>> range(LocalDate from, LocalDate to, int start, int end) {
        return Optional.of(new SlotMatch<>(new Period(from, to), start, end));
    }

    // --- word access ---

    private OptionalInt yearAt(int i) {
        return YEAR.matcher(word(i)).matches() ? OptionalInt.of(Integer.parseInt(word(i))) : OptionalInt.empty();
    }

    private boolean isUnit(int i) {
        return is(i, "week") || is(i, "month") || is(i, "year");
    }

    private boolean is(int i, String expected) {
        return word(i).equals(expected);
    }

    /** The word at {@code i}, or "" outside the question so that rules can look around freely. */
    private String word(int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
