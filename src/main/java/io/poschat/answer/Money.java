package io.poschat.answer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Amounts in the tenant's currency, written the English way: "€4,213.50", "£12.00", "$7.25". The
 * symbol is the currency's own ("$", not "US$"); currencies without one read "CHF 10.00".
 */
final class Money {

    private final String prefix;
    private final int digits;

    Money(Currency currency) {
        String symbol = currency.getSymbol(Locale.US);
        this.prefix = Character.isLetter(symbol.charAt(symbol.length() - 1)) ? symbol + " " : symbol;
        this.digits = Math.max(0, currency.getDefaultFractionDigits());
    }

    String format(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(digits, RoundingMode.HALF_UP);
        String sign = rounded.signum() < 0 ? "-" : "";
        return sign + prefix + pattern().format(rounded.abs());
    }

    /** The figure for {@code data}: always two decimals, whatever the currency. */
    static BigDecimal amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private DecimalFormat pattern() {
        String pattern = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    }
}
