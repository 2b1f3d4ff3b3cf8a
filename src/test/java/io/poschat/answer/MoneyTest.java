package io.poschat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR | 4213.5     | €4,213.50
            GBP | 4213.5     | £4,213.50
            USD | 4213.5     | $4,213.50
            EUR | 0          | €0.00
            EUR | 1234567.891| €1,234,567.89
            EUR | 0.005      | €0.01
            USD | -12.5      | -$12.50
            JPY | 4213.5     | ¥4,214
            CHF | 10         | CHF 10.00
            EUR | 999.99     | €999.99
            EUR | 1000       | €1,000.00
            EUR | 100000     | €100,000.00
            EUR | 1E+3       | €1,000.00
            EUR | -1234.5    | -€1,234.50
            JPY | 999999.5   | ¥1,000,000
            JPY | 0.4        | ¥0
            """)
    void writesAmountsWithTheCurrencysOwnSymbolTheEnglishWay(String currency, String amount, String expected) {
        assertThat(Money.of(Currency.getInstance(currency)).format(new BigDecimal(amount)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"4213.5, 4213.50", "7, 7.00", "0.125, 0.13"})
    void givesDataAmountsWithTwoDecimals(String amount, String expected) {
        assertThat(Money.amount(new BigDecimal(amount))).isEqualTo(new BigDecimal(expected));
    }
}
