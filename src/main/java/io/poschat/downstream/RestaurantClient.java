package io.poschat.downstream;

import com.fasterxml.jackson.databind.JavaType;
import java.util.List;
import org.springframework.stereotype.Component;

/** The restaurant service: the floor, table by table. */
@Component
public class RestaurantClient {

    private final CallPipeline pipeline;
    private final JavaType tables;

    RestaurantClient(CallPipeline pipeline, JsonBodies json) {
        this.pipeline = pipeline;
        this.tables = json.listOf(TableStatus.class);
    }

    public CallOutcome<List<TableStatus>> tables(CallContext ctx) {
        return pipeline.get(Service.RESTAURANT, "/tables/status", "", tables, CachePolicy.LIVE, ctx);
    }
}
