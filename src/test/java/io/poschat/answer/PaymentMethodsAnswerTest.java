package io.poschat.answer;

import static io.poschat.answer.Fixtures.BISTRO;
import static io.poschat.answer.Fixtures.COMPOSER;
import static io.poschat.answer.Fixtures.LAST_WEEK;
import static io.poschat.answer.Fixtures.SATURDAY;
import static io.poschat.answer.Fixtures.TODAY_ONLY;
import static io.poschat.answer.Fixtures.circuitOpen;
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
import org.junit.jupiter.api.Test;

class PaymentMethodsAnswerTest {

    private static Reply methods(Period period, CallOutcome<PaymentTotal> total, CallOutcome<List<Order>> orders) {
        return COMPOSER.compose(new Findings.PaymentMethods(period, total, orders), BISTRO);
    }

    @Test
    void givesEachMethodLargestFirstWithPercentagesAddingUpToAHundred() {
        Reply reply = methods(
                TODAY_ONLY,
                ok(total("4213.50", 87, "cash", "901.50", "card", "3012.00", "mobile", "300.00")),
                ok(paidOrders(87, "48.43")));

        assertThat(reply.text())
                .isEqualTo("You took €4,213.50 today from 87 paid orders:"
                        + " card €3,012.00 (72%), cash €901.50 (21%) and mobile €300.00 (7%).");
        assertThat(reply.data())
                .containsEntry("total", money("4213.50"))
                .containsEntry("order_count", 87L)
                .containsEntry(
                        "by_method",
                        Map.of(
                                "card", Map.of("amount", money("3012.00"), "percent", 72),
                                "cash", Map.of("amount", money("901.50"), "percent", 21),
                                "mobile", Map.of("amount", money("300.00"), "percent", 7)));
        assertThat(reply.suggestions()).containsExactly("Revenue today", "And yesterday?", "Top products today");
        assertThat(reply.partial()).isFalse();
    }

    @Test
    void oneMethodIsAllOfIt() {
        Reply reply = methods(LAST_WEEK, ok(total("50.00", 2, "card", "50.00")), ok(paidOrders(2, "25.00")));

        assertThat(reply.text()).isEqualTo("You took €50.00 last week from 2 paid orders, all by card.");
        assertThat(reply.suggestions()).containsExactly("Revenue last week", "And today?", "Top products last week");
    }

    @Test
    void saysNoPaymentsYet() {
        assertThat(methods(TODAY_ONLY, ok(total("0.00", 0)), ok(openOrders(3))).text())
                .isEqualTo("No payments yet today.");
        assertThat(methods(SATURDAY, ok(total("0.00", 0)), ok(List.of())).text())
                .isEqualTo("No payments on Saturday 21 November.");
    }

    @Test
    void withoutTheTotalsOffersWhatThePaidOrdersComeTo() {
        Reply reply = methods(TODAY_ONLY, timedOut(), ok(paidOrders(3, "20.00")));

        assertThat(reply.text())
                .isEqualTo("I can't give today's split by payment method: the payment service didn't answer in time."
                        + " The 3 orders paid today come to €60.00.");
        assertThat(reply.data())
                .containsEntry("total", money("60.00"))
                .containsEntry("order_count", 3L)
                .doesNotContainKey("by_method");
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void withoutTheTotalsOnARangeOffersTheOnePaidOrder() {
        Reply reply = methods(
                new Period(Fixtures.TODAY.minusDays(6), Fixtures.TODAY.minusDays(2)),
                failed(Problem.REJECTED),
                ok(paidOrders(1, "20.00")));

        assertThat(reply.text())
                .isEqualTo("I can't give the split by payment method from 18 to 22 November: the payment service"
                        + " refused the request. The one order paid from 18 to 22 November comes to €20.00.");
    }

    @Test
    void aRangeStartsTheSentence() {
        Reply reply = methods(
                new Period(Fixtures.TODAY.minusDays(6), Fixtures.TODAY.minusDays(2)),
                ok(total("60.00", 3, "cash", "20.00", "card", "40.00")),
                ok(paidOrders(3, "20.00")));

        assertThat(reply.text())
                .isEqualTo("From 18 to 22 November, you took €60.00 from 3 paid orders:"
                        + " card €40.00 (67%) and cash €20.00 (33%).");
    }

    @Test
    void withoutTheTotalsAndNothingPaidSaysSo() {
        assertThat(methods(TODAY_ONLY, circuitOpen(), ok(openOrders(1))).text())
                .isEqualTo("I can't give today's split by payment method: the payment service is having trouble,"
                        + " so I'm giving it a moment. No orders have been paid yet today.");
    }

    @Test
    void withoutTheOrdersCountsPayments() {
        Reply reply = methods(
                TODAY_ONLY, ok(total("60.00", 3, "cash", "20.00", "card", "40.00")), failed(Problem.UNREACHABLE));

        assertThat(reply.text())
                .isEqualTo("You took €60.00 today from 3 payments: card €40.00 (67%) and cash €20.00 (33%)."
                        + " I couldn't reach the pos service, so I counted payments instead of orders.");
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void withNeitherSaysWhy() {
        Reply reply = methods(TODAY_ONLY, timedOut(), failed(Problem.SERVER_ERROR));

        assertThat(reply.text())
                .isEqualTo("I couldn't get today's split by payment method: the pos service had an error and the"
                        + " payment service didn't answer in time. Please try again in a moment.");
        assertThat(reply.partial()).isTrue();
    }

    @Test
    void usesStaleTotalsAndSaysAsOfWhen() {
        Reply reply =
                methods(TODAY_ONLY, stale(total("40.00", 1, "card", "40.00"), "13:58"), ok(paidOrders(1, "40.00")));

        assertThat(reply.text())
                .isEqualTo("You took €40.00 today from 1 paid order, all by card."
                        + " The payment service didn't answer in time, so I'm using its figures as of 13:58.");
        assertThat(reply.partial()).isFalse();
    }
}
