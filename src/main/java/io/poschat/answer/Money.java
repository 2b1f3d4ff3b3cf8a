package io.poschat.answer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amounts in the tenant's currency, written the English way: "€4,213.50", "£12.00", "$7.25". The
 * symbol is the currency's own ("$", not "US$"); currencies without one read "CHF 10.00".
 */
final class Money {

    /** One per currency: the symbol's look-up goes through the JDK's locale providers every time. */
    private static final Map<Currency, Money> BY_CURRENCY = new ConcurrentHashMap<>();

    private final String prefix;
    private final int digits;

    static Money of(Currency currency) {
        return BY_CURRENCY.computeIfAbsent(currency, Money::new);
    }

    private Money(Currency currency) {
        String symbol = currency.getSymbol(Locale.US);
        this.prefix = Character.isLetter(symbol.charAt(symbol.length() - 1)) ? symbol + " " : symbol;
        this.digits = Math.max(0, currency.getDefaultFractionDigits());
    }

    String format(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(digits, RoundingMode.HALF_UP);
        String sign = rounded.signum() < 0 ? "-" : "";
        return sign + prefix + Numbers.grouped(rounded.abs().toPlainString());
    }

    /** The figure for {@code data}: always two decimals, whatever the currency. */
    static BigDecimal amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
