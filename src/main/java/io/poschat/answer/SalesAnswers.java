package io.poschat.answer;

import static io.poschat.answer.MissingData.gap;
import static io.poschat.answer.Numbers.counted;
import static io.poschat.answer.Words.capitalise;

import io.poschat.downstream.Order;
import io.poschat.downstream.PaymentTotal;
import io.poschat.downstream.Service;
import io.poschat.orchestration.Findings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Revenue and payment methods: what came in over a period. The payment totals give the money and
 * its split; the orders give the count of paid orders and those still open. The contract keeps the
 * two in step, so either can stand in for the other's total.
 */
final class SalesAnswers {

    private final Formats formats;

    SalesAnswers(Formats formats) {
        this.formats = formats;
    }

    Reply revenue(Findings.Revenue findings) {
        PeriodPhrase when = formats.period(findings.period());
        Draft draft = new Draft(formats).suggest(revenueSuggestions(when));
        Optional<List<Order>> orders = findings.orders().data();
        Optional<PaymentTotal> total = findings.total().data();
        if (orders.isEmpty() && total.isEmpty()) {
            return draft.nothing(
                            when.of("revenue"),
                            List.of(gap(Service.POS, findings.orders()), gap(Service.PAYMENT, findings.total())))
                    .reply();
        }
        BigDecimal amount = total.map(PaymentTotal::total).orElseGet(() -> paidTotal(orders.get()));
        long count =
                orders.map(SalesAnswers::paidCount).orElseGet(() -> total.get().count());
        long stillOpen =
                when.reachesToday() ? orders.map(SalesAnswers::activeCount).orElse(0L) : 0;
        List<Share> split = total.map(t -> Share.of(t.byMethod())).orElse(List.of());
        boolean none = amount.signum() == 0 && count == 0;

        draft.put("total", Money.amount(amount))
                .put("order_count", count)
                .put("average_order_value", Money.amount(average(amount, count)));
        if (total.isPresent()) {
            draft.put("by_method", Share.data(split));
        }
        if (none) {
            draft.say("No sales " + when.yet() + ".");
            if (stillOpen > 0) {
                draft.say(counted(stillOpen, "order is", "orders are") + " still open.");
            }
        } else {
            sayTaken(draft, when, amount, count, orders.isPresent() ? "order" : "payment", split, stillOpen);
        }
        draft.explain(
                Service.PAYMENT,
                findings.total(),
                none ? "this comes from the orders alone" : "the split by method is missing");
        draft.explain(
                Service.POS,
                findings.orders(),
                none ? "this comes from the payments alone" : "I counted payments instead of orders");
        return draft.reply();
    }

    Reply paymentMethods(Findings.PaymentMethods findings) {
        PeriodPhrase when = formats.period(findings.period());
        Draft draft = new Draft(formats).suggest(paymentMethodSuggestions(when));
        Optional<List<Order>> orders = findings.orders().data();
        Optional<PaymentTotal> total = findings.total().data();
        if (total.isEmpty()) {
            Optional<MissingData.Gap> payment = gap(Service.PAYMENT, findings.total());
            if (orders.isEmpty()) {
                return draft.nothing(
                                when.of("split by payment method"),
                                List.of(gap(Service.POS, findings.orders()), payment))
                        .reply();
            }
            return paidOrdersInstead(draft, when, orders.get(), payment.orElseThrow())
                    .asOf(Service.POS, findings.orders())
                    .reply();
        }
        BigDecimal amount = total.get().total();
        long count =
                orders.map(SalesAnswers::paidCount).orElseGet(() -> total.get().count());
        List<Share> split = Share.of(total.get().byMethod());
        draft.put("total", Money.amount(amount)).put("order_count", count).put("by_method", Share.data(split));
        if (amount.signum() == 0) {
            draft.say("No payments " + when.yet() + ".");
        } else {
            String noun = orders.isPresent() ? "paid order" : "payment";
            draft.say(took(amount, when, count, noun, false) + splitInMoney(split));
        }
        draft.explain(Service.POS, findings.orders(), "I counted payments instead of orders");
        draft.asOf(Service.PAYMENT, findings.total());
        return draft.reply();
    }

    /** "You took €4,213.50 today from 87 orders, €48.43 on average. Card 72%, … 12 more orders are still open." */
    private void sayTaken(
            Draft draft, PeriodPhrase when, BigDecimal amount, long count, String noun, List<Share> split, long open) {
        draft.say(took(amount, when, count, noun, true) + ".");
        if (!split.isEmpty()) {
            draft.say(splitInPercent(split));
        }
        if (open > 0) {
            draft.say(counted(open, "more order is", "more orders are") + " still open.");
        }
    }

    /** The payment totals are missing: say so, and give what the paid orders add up to. */
    private Draft paidOrdersInstead(Draft draft, PeriodPhrase when, List<Order> orders, MissingData.Gap payment) {
        BigDecimal amount = paidTotal(orders);
        long count = paidCount(orders);
        draft.partial()
                .put("total", Money.amount(amount))
                .put("order_count", count)
                .say("I can't give " + when.of("split by payment method") + ": " + payment.clause() + ".");
        if (count == 0) {
            return draft.say("No orders have been paid " + when.yet() + ".");
        }
        String paid = count == 1 ? "The one order paid " : "The " + Numbers.count(count) + " orders paid ";
        return draft.say(paid + when.when() + (count == 1 ? " comes to " : " come to ") + formats.money(amount) + ".");
    }

    /**
     * "You took €4,213.50 today from 87 orders, €48.43 on average" — or, for a range, "From 18 to
     * 24 November, you took …", so that two "from"s never meet.
     */
    private String took(BigDecimal amount, PeriodPhrase when, long count, String noun, boolean withAverage) {
        boolean range = when.when().startsWith("from ");
        String sentence = range
                ? capitalise(when.when()) + ", you took " + formats.money(amount)
                : "You took " + formats.money(amount) + " " + when.when();
        if (count > 0) {
            sentence += " from " + counted(count, noun, noun + "s");
        }
        if (withAverage && count > 1) {
            sentence += ", " + formats.money(average(amount, count)) + " on average";
        }
        return sentence;
    }

    /** "Card 71%, cash 21%, mobile 8%." */
    private static String splitInPercent(List<Share> split) {
        if (split.size() == 1) {
            return "All by " + split.getFirst().method() + ".";
        }
        List<String> parts =
                split.stream().map(s -> s.method() + " " + s.percentWords()).toList();
        return capitalise(String.join(", ", parts)) + ".";
    }

    /** ": card €3,012.00 (71%), cash €901.50 (21%) and mobile €300.00 (8%)." */
    private String splitInMoney(List<Share> split) {
        if (split.isEmpty()) {
            return ".";
        }
        if (split.size() == 1) {
            return ", all by " + split.getFirst().method() + ".";
        }
        List<String> parts = split.stream()
                .map(s -> s.method() + " " + formats.money(s.amount()) + " (" + s.percentWords() + ")")
                .toList();
        return ": " + Words.and(parts) + ".";
    }

    private static String[] revenueSuggestions(PeriodPhrase when) {
        return new String[] {
            "today".equals(when.asked()) ? "And yesterday?" : "And today?",
            "Top products " + when.asked(),
            "Payment methods " + when.asked()
        };
    }

    private static String[] paymentMethodSuggestions(PeriodPhrase when) {
        return new String[] {
            "Revenue " + when.asked(),
            "today".equals(when.asked()) ? "And yesterday?" : "And today?",
            "Top products " + when.asked()
        };
    }

    private static long paidCount(List<Order> orders) {
        return orders.stream().filter(Order::isPaid).count();
    }

    private static BigDecimal paidTotal(List<Order> orders) {
        return orders.stream().filter(Order::isPaid).map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static long activeCount(List<Order> orders) {
        return orders.stream().filter(Order::isActive).count();
    }

    private static BigDecimal average(BigDecimal amount, long count) {
        return count == 0 ? BigDecimal.ZERO : amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** One payment method's part of a total, with a percentage that adds up to 100 with the others. */
    record Share(String method, BigDecimal amount, int percent) {

        /** Largest first. */
        static List<Share> of(Map<String, BigDecimal> byMethod) {
            List<Map.Entry<String, BigDecimal>> entries = byMethod.entrySet().stream()
                    .sorted(Map.Entry.<String, BigDecimal>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            List<Integer> percents =
                    Numbers.shares(entries.stream().map(Map.Entry::getValue).toList());
            List<Share> shares = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                Map.Entry<String, BigDecimal> entry = entries.get(i);
                shares.add(new Share(methodName(entry.getKey()), entry.getValue(), percents.get(i)));
            }
            return shares;
        }

        static Map<String, Object> data(List<Share> shares) {
            Map<String, Object> data = new LinkedHashMap<>();
            for (Share share : shares) {
                data.put(
                        share.method().replace(' ', '_'),
                        Map.of("amount", Money.amount(share.amount()), "percent", share.percent()));
            }
            return data;
        }

        String percentWords() {
            return Numbers.percentWords(percent, amount.signum() > 0);
        }

        private static String methodName(String method) {
            return method.replace('_', ' ');
        }
    }
}
