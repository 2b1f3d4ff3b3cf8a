package io.poschat.downstream;

import com.fasterxml.jackson.databind.JavaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The inventory service: products and their stock. */
@Component
public class InventoryClient {

    private final CallPipeline pipeline;
    private final JavaType productMap;
    private final JavaType productList;

    InventoryClient(CallPipeline pipeline, JsonBodies json) {
        this.pipeline = pipeline;
        this.productMap = json.mapOf(Product.class);
        this.productList = json.listOf(Product.class);
    }

    /** All products, keyed by id. */
    public CallOutcome<Map<String, Product>> products(CallContext ctx) {
        return pipeline.get(Service.INVENTORY, "/products", "", productMap, CachePolicy.CATALOGUE, ctx);
    }

    /** Only the products with these ids (unknown ids are absent). */
    public CallOutcome<Map<String, Product>> products(CallContext ctx, Collection<String> ids) {
        String joined = ids.stream().sorted().distinct().collect(Collectors.joining(","));
        String query = "ids=" + URLEncoder.encode(joined, StandardCharsets.UTF_8);
        return pipeline.get(Service.INVENTORY, "/products", query, productMap, CachePolicy.CATALOGUE, ctx);
    }

    /** Products at or below their reorder level, lowest stock ratio first. */
    public CallOutcome<List<Product>> lowStock(CallContext ctx) {
        return pipeline.get(Service.INVENTORY, "/products/low-stock", "", productList, CachePolicy.LIVE, ctx);
    }
}
