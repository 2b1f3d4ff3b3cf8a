package io.poschat.downstream;

import com.fasterxml.jackson.databind.JavaType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The pos service: orders. */
@Component
public class PosClient {

    private final CallPipeline pipeline;
    private final JavaType orders;

    PosClient(CallPipeline pipeline, JsonBodies json) {
        this.pipeline = pipeline;
        this.orders = json.type(Orders.class);
    }

    /** Orders created from {@code from} to {@code to}, inclusive. */
    public CallOutcome<List<Order>> orders(CallContext ctx, LocalDate from, LocalDate to) {
        return pipeline.get(Service.POS, "/orders", Ranges.query(from, to), orders, pipeline.rangePolicy(ctx, to), ctx);
    }

    /** Orders not yet paid or cancelled: open, preparing or served. */
    public CallOutcome<List<Order>> activeOrders(CallContext ctx) {
        return pipeline.get(Service.POS, "/orders/active", "", orders, CachePolicy.LIVE, ctx);
    }
}
