package io.poschat.downstream;

import com.fasterxml.jackson.databind.JavaType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The payment service: payments and their totals. */
@Component
public class PaymentClient {

    private final CallPipeline pipeline;
    private final JavaType payments;
    private final JavaType total;

    PaymentClient(CallPipeline pipeline, JsonBodies json) {
        this.pipeline = pipeline;
        this.payments = json.listOf(Payment.class);
        this.total = json.type(PaymentTotal.class);
    }

    public CallOutcome<List<Payment>> payments(CallContext ctx, LocalDate from, LocalDate to) {
        return pipeline.get(
                Service.PAYMENT, "/payments", Ranges.query(from, to), payments, pipeline.rangePolicy(ctx, to), ctx);
    }

    /** Totals (without tips) and the split by method, from {@code from} to {@code to} inclusive. */
    public CallOutcome<PaymentTotal> total(CallContext ctx, LocalDate from, LocalDate to) {
        String query = "from=" + from + "&to=" + to;
        return pipeline.get(Service.PAYMENT, "/payments/total", query, total, pipeline.rangePolicy(ctx, to), ctx);
    }
}
