package io.poschat.answer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Counts, quantities and percentages in English, with grouping ("1,234"). */
final class Numbers {

    private Numbers() {}

    static String count(long n) {
        String digits = Long.toString(n);
        return n < 0 ? "-" + grouped(digits.substring(1)) : grouped(digits);
    }

    /** "14", "2.5", "1,200": a stock level without trailing zeros. */
    static String quantity(BigDecimal n) {
        DecimalFormat format = groupedFormat();
        format.setMaximumFractionDigits(3);
        return format.format(n);
    }

    /** "1 order", "3 orders": a count with its noun. */
    static String counted(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** {@code part} as a whole percentage of {@code whole} (0 when the whole is nothing). */
    static int percent(long part, long whole) {
        return whole <= 0 ? 0 : percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static int percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return 0;
        }
        return part.multiply(BigDecimal.valueOf(100))
                .divide(whole, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    /** "38%", or "under 1%" for a share that is there but rounds to nothing. */
    static String percentWords(int percent, boolean nonZero) {
        return percent == 0 && nonZero ? "under 1%" : percent + "%";
    }

    /**
     * Whole percentages of each part that add up to exactly 100 (largest remainder: the floors
     * first, then one point each to the largest remainders). All zero when the parts sum to zero.
     */
    static List<Integer> shares(List<BigDecimal> parts) {
        BigDecimal whole = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Integer> result = new ArrayList<>(parts.stream().map(p -> 0).toList());
        if (whole.signum() <= 0) {
            return result;
        }
        List<BigDecimal> remainders = new ArrayList<>();
        int given = 0;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal exact = parts.get(i).multiply(BigDecimal.valueOf(100)).divide(whole, 10, RoundingMode.DOWN);
            BigDecimal floor = exact.setScale(0, RoundingMode.DOWN);
            result.set(i, floor.intValue());
            remainders.add(exact.subtract(floor));
            given += floor.intValue();
        }
        List<Integer> byRemainder = IntStream.range(0, parts.size())
                .boxed()
                .sorted(Comparator.comparing(remainders::get).reversed())
                .toList();
        for (int k = 0; k < 100 - given; k++) {
            int i = byRemainder.get(k % byRemainder.size());
            result.set(i, result.get(i) + 1);
        }
        return result;
    }

    /**
     * "4213.50" as "4,213.50": what {@code DecimalFormat("#,##0.00")} writes for a plain number (an amount at its scale, a
     * count), without building a DecimalFormat (not thread-safe) for every figure of every answer.
     */
    static String grouped(String plain) {
        int dot = plain.indexOf('.');
        int whole = dot < 0 ? plain.length() : dot;
        var out = new StringBuilder(plain.length() + whole / 3);
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, whole, plain.length()).toString();
    }

    private static DecimalFormat groupedFormat() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }
}
