package io.poschat.answer;

import static io.poschat.answer.Fixtures.BISTRO;
import static io.poschat.answer.Fixtures.COMPOSER;
import static io.poschat.answer.Fixtures.SATURDAY;
import static io.poschat.answer.Fixtures.TODAY_ONLY;
import static io.poschat.answer.Fixtures.circuitOpen;
import static io.poschat.answer.Fixtures.concat;
import static io.poschat.answer.Fixtures.failed;
import static io.poschat.answer.Fixtures.money;
import static io.poschat.answer.Fixtures.ok;
import static io.poschat.answer.Fixtures.openOrders;
import static io.poschat.answer.Fixtures.paidOrders;
import static io.poschat.answer.Fixtures.stale;
import static io.poschat.answer.Fixtures.timedOut;
import static io.poschat.answer.Fixtures.total;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.Order;
import io.poschat.downstream.PaymentTotal;
import io.poschat.nlu.Period;
import io.poschat.orchestration.Findings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RevenueAnswerTest {

    private static final PaymentTotal DAY_TOTAL =
            total("4213.50", 87, "cash", "901.50", "card", "3012.00", "mobile", "300.00");

    private static Reply revenue(Period period, CallOutcome<List<Order>> orders, CallOutcome<PaymentTotal> total) {
        return COMPOSER.compose(new Findings.Revenue(period, orders, total), BISTRO);
    }

    @Test
    void givesTotalOrdersAverageSplitAndTheOrdersStillOpen() {
        Reply reply = revenue(TODAY_ONLY, ok(concat(paidOrders(87, "48.43"), openOrders(12))), ok(DAY_TOTAL));

        assertThat(reply.text())
                .isEqualTo("You took €4,213.50 today from 87 orders, €48.43 on average."
                        + " Card 72%, cash 21%, mobile 7%. 12 more orders are still open.");
        assertThat(reply.data())
                .containsEntry("total", money("4213.50"))
                .containsEntry("order_count", 87L)
                .containsEntry("average_order_value", money("48.43"))
                .containsEntry(
                        "by_method",
                        Map.of(
                                "card", Map.of("amount", money("3012.00"), "percent", 72),
                                "cash", Map.of("amount", money("901.50"), "percent", 21),
                                "mobile", Map.of("amount", money("300.00"), "percent", 7)));
        assertThat(reply.suggestions())
                .containsExactly("And yesterday?", "Top products today", "Payment methods today");
        assertThat(reply.partial()).isFalse();
    }

    @Test
    void aPastDayHasNoOrdersStillOpenAndAsksAboutTodayNext() {
        Reply reply = revenue(SATURDAY, ok(paidOrders(3, "40.00")), ok(total("120.00", 3, "card", "120.00")));

        assertThat(reply.text())
                .isEqualTo(
                        "You took €120.00 on Saturday 21 November from 3 orders, €40.00 on average." + " All by card.");
        assertThat(reply.suggestions())
                .containsExactly("And today?", "Top products on 21 November", "Payment methods on 21 November");
    }

    @Test
    void aRangeOfDaysStartsTheSentenceAndCountsWhatIsStillOpenToday() {
        Period lastSevenDays = new Period(Fixtures.TODAY.minusDays(6), Fixtures.TODAY);

        Reply reply = revenue(
                lastSevenDays,
                ok(concat(paidOrders(2, "30.00"), openOrders(1))),
                ok(total("60.00", 2, "card", "60.00")));

        assertThat(reply.text())
                .isEqualTo("From 18 to 24 November, you took €60.00 from 2 orders, €30.00 on average. All by card."
                        + " 1 more order is still open.");
        assertThat(reply.suggestions())
                .containsExactly("And today?", "Top products last 7 days", "Payment methods last 7 days");
    }

    @Test
    void namesAWholeMonthAndTheYear() {
        Reply lastMonth = revenue(
                new Period(java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 10, 31)),
                ok(paidOrders(2, "30.00")),
                ok(total("60.00", 2, "cash", "60.00")));
        Reply thisYear = revenue(
                new Period(java.time.LocalDate.of(2026, 1, 1), Fixtures.TODAY), ok(List.of()), ok(total("0.00", 0)));

        assertThat(lastMonth.text())
                .isEqualTo("You took €60.00 in October from 2 orders, €30.00 on average. All by cash.");
        assertThat(thisYear.text()).isEqualTo("No sales yet this year.");
    }

    @Test
    void oneOrderNeedsNoAverage() {
        Reply reply = revenue(TODAY_ONLY, ok(paidOrders(1, "25.00")), ok(total("25.00", 1, "cash", "25.00")));

        assertThat(reply.text()).isEqualTo("You took €25.00 today from 1 order. All by cash.");
        assertThat(reply.data()).containsEntry("average_order_value", money("25.00"));
    }

    @Test
    void saysNoSalesYetTodayAndWhatIsStillOpen() {
        Reply reply = revenue(TODAY_ONLY, ok(openOrders(2)), ok(total("0.00", 0)));

        assertThat(reply.text()).isEqualTo("No sales yet today. 2 orders are still open.");
        assertThat(reply.data())
                .containsEntry("total", money("0.00"))
                .containsEntry("order_count", 0L)
                .containsEntry("average_order_value", money("0.00"));
        assertThat(reply.partial()).isFalse();
    }

    @Test
    void saysNoSalesOnAPastDay() {
        assertThat(revenue(SATURDAY, ok(List.of()), ok(total("0.00", 0))).text())
                .isEqualTo("No sales on Saturday 21 November.");
    }

    @Test
    void withoutThePaymentServiceTakesTheTotalFromThePaidOrders() {
        Reply reply = revenue(TODAY_ONLY, ok(concat(paidOrders(3, "20.00"), openOrders(1))), timedOut());

        assertThat(reply.text())
                .isEqualTo("You took €60.00 today from 3 orders, €20.00 on average. 1 more order is still open."
                        + " The payment service didn't answer in time, so the split by method is missing.");
        assertThat(reply.data()).containsEntry("total", money("60.00")).doesNotContainKey("by_method");
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void withoutThePosServiceCountsPayments() {
        Reply reply = revenue(TODAY_ONLY, failed(Problem.SERVER_ERROR), ok(DAY_TOTAL));

        assertThat(reply.text())
                .isEqualTo("You took €4,213.50 today from 87 payments, €48.43 on average."
                        + " Card 72%, cash 21%, mobile 7%."
                        + " The pos service had an error, so I counted payments instead of orders.");
        assertThat(reply.data()).containsEntry("order_count", 87L);
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void noSalesWithoutThePaymentServiceComesFromTheOrdersAlone() {
        Reply reply = revenue(TODAY_ONLY, ok(List.of()), timedOut());

        assertThat(reply.text())
                .isEqualTo("No sales yet today."
                        + " The payment service didn't answer in time, so this comes from the orders alone.");
        assertThat(reply.partial()).isTrue();
    }

    static Stream<Arguments> bothMissing() {
        return Stream.of(
                Arguments.of(timedOut(), timedOut(), "neither the pos nor the payment service answered in time"),
                Arguments.of(
                        failed(Problem.UNREACHABLE),
                        failed(Problem.UNREACHABLE),
                        "neither the pos nor the payment service could be reached"),
                Arguments.of(
                        failed(Problem.SERVER_ERROR),
                        failed(Problem.SERVER_ERROR),
                        "the pos and payment services both had an error"),
                Arguments.of(
                        circuitOpen(),
                        circuitOpen(),
                        "the pos and payment services are both having trouble, so I'm giving them a moment"),
                Arguments.of(
                        failed(Problem.SERVER_ERROR),
                        failed(Problem.UNREACHABLE),
                        "the pos service had an error and the payment service couldn't be reached"),
                Arguments.of(
                        failed(Problem.MALFORMED),
                        failed(Problem.REJECTED),
                        "the pos service sent something I couldn't read and the payment service refused the"
                                + " request"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("bothMissing")
    void withNeitherServiceSaysWhyAndAsksToTryAgain(
            CallOutcome<List<Order>> orders, CallOutcome<PaymentTotal> total, String why) {
        Reply reply = revenue(TODAY_ONLY, orders, total);
        String again = why.contains("giving them a moment") ? "shortly" : "in a moment";

        assertThat(reply.text())
                .isEqualTo("I couldn't get today's revenue: " + why + ". Please try again " + again + ".");
        assertThat(reply.data()).isEmpty();
        assertThat(reply.partial()).isTrue();
        assertThat(reply.suggestions()).isNotEmpty();
    }

    @Test
    void withNeitherServiceOnAPastDayNamesTheDay() {
        assertThat(revenue(SATURDAY, timedOut(), timedOut()).text())
                .startsWith("I couldn't get the revenue on Saturday 21 November: ");
    }

    static Stream<Arguments> whyThePaymentsAreMissing() {
        return Stream.of(
                Arguments.of(timedOut(), "The payment service didn't answer in time, so"),
                Arguments.of(failed(Problem.SERVER_ERROR), "The payment service had an error, so"),
                Arguments.of(failed(Problem.UNREACHABLE), "I couldn't reach the payment service, so"),
                Arguments.of(failed(Problem.MALFORMED), "The payment service sent something I couldn't read, so"),
                Arguments.of(failed(Problem.REJECTED), "The payment service refused the request, so"),
                Arguments.of(circuitOpen(), "The payment service is having trouble, so I'm giving it a moment;"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("whyThePaymentsAreMissing")
    void saysInPlainWordsWhyThePaymentsAreMissing(CallOutcome<PaymentTotal> total, String why) {
        Reply reply = revenue(TODAY_ONLY, ok(paidOrders(2, "10.00")), total);

        assertThat(reply.text())
                .isEqualTo("You took €20.00 today from 2 orders, €10.00 on average. " + why
                        + " the split by method is missing.");
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void usesStaleTotalsAndSaysAsOfWhen() {
        Reply reply =
                revenue(TODAY_ONLY, ok(paidOrders(3, "20.00")), stale(total("60.00", 3, "card", "60.00"), "14:05"));

        assertThat(reply.text())
                .isEqualTo("You took €60.00 today from 3 orders, €20.00 on average. All by card."
                        + " The payment service didn't answer in time, so I'm using its figures as of 14:05.");
        assertThat(reply.partial()).isFalse();
    }

    @Test
    void writesTheTenantsCurrency() {
        Reply pounds = COMPOSER.compose(
                new Findings.Revenue(TODAY_ONLY, ok(paidOrders(2, "10.00")), ok(total("20.00", 2, "card", "20.00"))),
                Fixtures.audience("GBP"));
        Reply dollars = COMPOSER.compose(
                new Findings.Revenue(TODAY_ONLY, ok(paidOrders(2, "10.00")), ok(total("20.00", 2, "card", "20.00"))),
                Fixtures.audience("USD"));

        assertThat(pounds.text()).startsWith("You took £20.00 today from 2 orders, £10.00 on average.");
        assertThat(dollars.text()).startsWith("You took $20.00 today from 2 orders, $10.00 on average.");
    }

    @Test
    void aTinyShareReadsUnderOnePercent() {
        Reply reply = revenue(
                TODAY_ONLY,
                ok(paidOrders(2, "1000.00")),
                ok(total("2000.00", 2, "card", "1998.00", "voucher", "2.00")));

        assertThat(reply.text()).contains("Card 100%, voucher under 1%.");
    }
}
