package io.poschat.downstream;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the five services live and how long each may take. A base URL that is a path ({@code
 * /sim/pos}) means this server itself, i.e. the embedded simulator.
 */
@ConfigurationProperties("chatbot.downstream")
public record DownstreamProperties(
        Endpoint auth, Endpoint pos, Endpoint inventory, Endpoint payment, Endpoint restaurant, CacheSettings cache) {

    public DownstreamProperties {
        auth = orDefault(auth, "/sim/auth");
        pos = orDefault(pos, "/sim/pos");
        inventory = orDefault(inventory, "/sim/inventory");
        payment = orDefault(payment, "/sim/payment");
        restaurant = orDefault(restaurant, "/sim/restaurant");
        cache = cache == null ? new CacheSettings(null, null, null, null, null, null) : cache;
    }

    public Endpoint endpoint(Service service) {
        return Map.of(
                        Service.AUTH, auth,
                        Service.POS, pos,
                        Service.INVENTORY, inventory,
                        Service.PAYMENT, payment,
                        Service.RESTAURANT, restaurant)
                .get(service);
    }

    private static Endpoint orDefault(Endpoint endpoint, String baseUrl) {
        return endpoint == null ? new Endpoint(baseUrl, null) : endpoint;
    }

    /** One service: its base URL and the most a single call to it may take. */
    public record Endpoint(String baseUrl, Duration timeout) {
        public Endpoint {
            timeout = timeout == null ? Duration.ofMillis(1500) : timeout;
        }

        /** Whether this service is served by this server itself (the embedded simulator). */
        public boolean onThisServer() {
            return onThisServer(baseUrl);
        }

        /** A base URL that is a path ({@code /sim/pos}) means this server. */
        static boolean onThisServer(String baseUrl) {
            return baseUrl.startsWith("/");
        }
    }

    /**
     * How long answers stay fresh: past days never change, today's figures move, live state
     * (tables, open orders, stock) moves fast. After that an answer is kept {@code staleFor} longer
     * to be served, marked stale, when the service fails. {@code maxSize} bounds the answers kept by
     * the size of the bodies they were read from (a day of one restaurant's orders is ~40 KB, read
     * into two to three times that on the heap), so the cache fits the heap whatever is asked.
     */
    public record CacheSettings(
            Duration pastDays, Duration today, Duration live, Duration catalogue, Duration staleFor, DataSize maxSize) {
        public CacheSettings {
            pastDays = pastDays == null ? Duration.ofHours(12) : pastDays;
            today = today == null ? Duration.ofSeconds(10) : today;
            live = live == null ? Duration.ofSeconds(2) : live;
            catalogue = catalogue == null ? Duration.ofMinutes(5) : catalogue;
            staleFor = staleFor == null ? Duration.ofHours(1) : staleFor;
            maxSize = maxSize == null || maxSize.toBytes() <= 0 ? DataSize.ofMegabytes(64) : maxSize;
        }
    }
}
