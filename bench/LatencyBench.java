import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a running chatbot one plain question per intent, several times, over POST /api/ask and
 * prints the median and worst end-to-end latency with the calls each answer made.
 *
 * <pre>
 * java bench/LatencyBench.java [http://localhost:4006] [rounds] [token]
 * </pre>
 *
 * Start the server with the seed latency profile and no caching to measure critical paths:
 * java --enable-preview -jar target/pos-chatbot-0.1.0-SNAPSHOT.jar --simulator.latency-profile=seed
 *   --chatbot.questions-per-minute=100000 --chatbot.downstream.cache.today=0s
 *   --chatbot.downstream.cache.live=0s --chatbot.downstream.cache.catalogue=0s
 *   --chatbot.downstream.cache.past-days=0s
 */
public class LatencyBench {

    static final Map<String, String> QUESTIONS = new java.util.LinkedHashMap<>();

    static {
        // Past periods, so that the answer does not depend on the hour (no sales yet at 2 a.m.).
        QUESTIONS.put("revenue", "what was my revenue yesterday?");
        QUESTIONS.put("top_products", "top 5 products last week");
        QUESTIONS.put("payment_methods", "how did people pay yesterday?");
        QUESTIONS.put("low_stock", "what's running low?");
        QUESTIONS.put("inventory_value", "what is our stock worth?");
        QUESTIONS.put("table_occupancy", "how many tables are free?");
        QUESTIONS.put("pending_orders", "which orders are still open?");
        QUESTIONS.put("restaurant_status", "how busy are we right now?");
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:4006";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String token = args.length > 2 ? args[2] : "demo-manager";
        HttpClient http = HttpClient.newHttpClient();
        System.out.printf("%d rounds per intent against %s (first round discarded as warm-up)%n", rounds, base);
        System.out.printf("%-18s %-18s %8s %8s %8s  %s%n", "intent", "answered as", "median", "max", "server", "calls (last round)");
        for (var entry : QUESTIONS.entrySet()) {
            List<Long> times = new ArrayList<>();
            String body = "";
            for (int round = 0; round <= rounds; round++) {
                long started = System.nanoTime();
                body = ask(http, base, token, entry.getValue());
                long ms = (System.nanoTime() - started) / 1_000_000;
                if (round > 0) {
                    times.add(ms);
                }
                if (System.console() != null) {
                    System.err.printf("\r%s round %d/%d", entry.getKey(), round, rounds);
                }
            }
            if (System.console() != null) {
                System.err.print("\r                                        \r");
            }
            Collections.sort(times);
            System.out.printf(
                    "%-18s %-18s %6d ms %5d ms %5s ms  %s%n",
                    entry.getKey(),
                    field(body, "\"intent\":\"([^\"]+)\""),
                    times.get(times.size() / 2),
                    times.get(times.size() - 1),
                    field(body, "\"total_ms\":(\\d+)"),
                    calls(body));
        }
    }

    static String ask(HttpClient http, String base, String token, String question) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + question + "\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String field(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    static String calls(String json) {
        Matcher m = Pattern.compile(
                        "\\{\"service\":\"(\\w+)\",\"endpoint\":\"([^\"]+)\",\"status\":\"(\\w+)\",\"started_ms\":(\\d+),\"ms\":(\\d+)")
                .matcher(json);
        List<String> calls = new ArrayList<>();
        while (m.find()) {
            calls.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " @" + m.group(4) + "+" + m.group(5));
        }
        return String.join(", ", calls);
    }
}
