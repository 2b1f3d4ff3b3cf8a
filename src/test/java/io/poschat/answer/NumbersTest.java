package io.poschat.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3012.00 901.50 300.00 | 72 21 7
            1 1 1                 | 34 33 33
            2 1                   | 67 33
            1 1 1 1 1 1 1         | 15 15 14 14 14 14 14
            999 1                 | 100 0
            997 1 1 1             | 100 0 0 0
            5                     | 100
            0 0                   | 0 0
            """)
    void sharesAddUpToAHundredByLargestRemainder(String parts, String expected) {
        List<BigDecimal> amounts =
                Arrays.stream(parts.split(" ")).map(BigDecimal::new).toList();
        List<Integer> shares = Numbers.shares(amounts);

        assertThat(shares)
                .containsExactlyElementsOf(
                        Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList());
        if (amounts.stream().anyMatch(a -> a.signum() > 0)) {
            assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0        | 0
            7        | 7
            999      | 999
            1000     | 1,000
            1234567  | 1,234,567
            -1234    | -1,234
            """)
    void groupsLargeCounts(long n, String expected) {
        assertThat(Numbers.count(n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            14.000  | 14
            2.50    | 2.5
            1200    | 1,200
            0.125   | 0.125
            """)
    void writesQuantitiesWithoutTrailingZeros(String n, String expected) {
        assertThat(Numbers.quantity(new BigDecimal(n))).isEqualTo(expected);
    }
}
