package bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario 1: one question at a time, each of the eight business intents in turn, every question for
 * a day nobody asked about before (the "now" intents are uncached because the suite starts the
 * chatbot with live and catalogue caching off). End-to-end time at the client against the plan's
 * critical path under the simulator's latencies, and against the calls the answer itself reports.
 */
final class Latency {

    static final String TOKEN = "demo-manager";

    /** An intent, a question for it ({@code %s} = an ISO day), and its plan as chains of services. */
    record Case(String intent, String question, List<List<String>> chains) {

        String ask(Periods periods) {
            return question.contains("%s") ? question.formatted(periods.next(TOKEN)) : question;
        }

        /** The plan's critical path: the slowest chain, each chain the sum of its calls. */
        double criticalPath(Map<String, Integer> latency) {
            return chains.stream()
                    .mapToDouble(chain -> chain.stream().mapToInt(latency::get).sum())
                    .max()
                    .orElse(0);
        }

        /** Every call one after another. */
        double sequentialPath(Map<String, Integer> latency) {
            return chains.stream()
                    .flatMap(List::stream)
                    .mapToInt(latency::get)
                    .sum();
        }

        /** The same shape over the calls the answer reports (meta.calls[].ms). */
        double observedPath(List<ChatClient.Call> calls, boolean sequential) {
            Map<String, Long> ms = new LinkedHashMap<>();
            for (ChatClient.Call call : calls) {
                ms.merge(call.service(), call.ms(), Long::sum);
            }
            if (sequential) {
                return ms.values().stream().mapToLong(Long::longValue).sum();
            }
            return chains.stream()
                    .mapToDouble(chain -> chain.stream()
                            .mapToLong(s -> ms.getOrDefault(s, 0L))
                            .sum())
                    .max()
                    .orElse(0);
        }
    }

    static final List<Case> CASES = List.of(
            new Case("revenue", "what was my revenue on %s?", List.of(List.of("pos"), List.of("payment"))),
            new Case("top_products", "top 5 products on %s", List.of(List.of("pos", "inventory"), List.of("payment"))),
            new Case("payment_methods", "how did people pay on %s?", List.of(List.of("payment"), List.of("pos"))),
            new Case("low_stock", "what's running low?", List.of(List.of("inventory"))),
            new Case("inventory_value", "what is our stock worth?", List.of(List.of("inventory"))),
            new Case("table_occupancy", "how many tables are free?", List.of(List.of("restaurant"))),
            new Case("pending_orders", "which orders are still open?", List.of(List.of("pos"), List.of("restaurant"))),
            new Case(
                    "restaurant_status",
                    "how busy are we right now?",
                    List.of(List.of("restaurant"), List.of("pos"))));

    /** The figures of one intent in one orchestration mode. */
    record Result(
            Case c,
            double criticalPath,
            double sequentialPath,
            List<Double> e2e,
            List<Double> observed,
            List<Split> splits,
            List<String> errors) {

        Stats e2eStats() {
            return Stats.of(e2e);
        }

        /** End-to-end minus the plan's critical path under the configured latencies (parallel mode). */
        Stats overhead(boolean sequential) {
            double path = sequential ? sequentialPath : criticalPath;
            return Stats.of(e2e.stream().map(ms -> ms - path).toList());
        }

        /** End-to-end minus the path through the calls this very answer reports. */
        Stats observedOverhead() {
            List<Double> over = new ArrayList<>();
            for (int i = 0; i < e2e.size(); i++) {
                over.add(e2e.get(i) - observed.get(i));
            }
            return Stats.of(over);
        }
    }

    /**
     * Where one answer's time went besides its calls, from the server's own figures: before the first
     * call started (understanding, checks), after the last one ended (composing, sending), and between
     * the server's total and the client's end-to-end (the WebSocket both ways, the client).
     */
    record Split(double beforeCalls, double afterCalls, double wire) {
        static Split of(ChatClient.Reply reply) {
            List<ChatClient.Call> calls = reply.calls();
            long first = calls.stream().mapToLong(ChatClient.Call::startedMs).min().orElse(0);
            long last = calls.stream().mapToLong(c -> c.startedMs() + c.ms()).max().orElse(0);
            double total = ((Number) reply.meta().get("total_ms")).doubleValue();
            return new Split(first, total - last, reply.ms() - total);
        }
    }

    /**
     * What this machine takes for the two kinds of round trip every answer makes, with the cores idle
     * in between as between the questions above: a WebSocket ping to the chatbot and back, and a GET
     * of the restaurant's tables from the simulator with no delay, over a kept-alive socket written
     * and read by hand as the chatbot's own HTTP client does.
     */
    record Floor(Stats ping, Stats get) {
        double both(double percentile) {
            return ping.p(percentile) + get.p(percentile);
        }
    }

    /** Measured with every service's delay at 0; the caller sets the profile it needs afterwards. */
    static Floor floor(Setup setup, int port) throws Exception {
        Jvm.put(setup.simAdmin() + "/latency", "{\"profile\":\"none\"}");
        ChatClient chat = ChatClient.open(setup.botWs(port), TOKEN, Duration.ofSeconds(30));
        List<Double> pings = new ArrayList<>();
        List<Double> gets = new ArrayList<>();
        int counted = setup.quick() ? 10 : 20;
        Suite.progress(
                "latency: the machine's floor, %d WebSocket pings and %d HTTP GETs after 150 ms idle each", counted, counted);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), setup.simBasePort() + 4)) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            byte[] request = ("GET /tables/status HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                            + "\r\nx-tenant-id: bistro-1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int i = 0; i < counted + 2; i++) { // the first two warm the path up
                Thread.sleep(IDLE);
                double ping = chat.ping(Duration.ofSeconds(10)).toNanos() / 1e6;
                Thread.sleep(IDLE);
                long sent = System.nanoTime();
                socket.getOutputStream().write(request);
                readResponse(in);
                double get = (System.nanoTime() - sent) / 1e6;
                if (i >= 2) {
                    pings.add(ping);
                    gets.add(get);
                }
            }
        } finally {
            chat.close();
        }
        return new Floor(Stats.of(pings), Stats.of(gets));
    }

    /** Reads one HTTP/1.1 response with a Content-Length off {@code in}, and checks it was a 200. */
    private static void readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the simulator closed the connection");
            }
            head.append((char) b);
        }
        String headers = head.toString();
        if (!headers.startsWith("HTTP/1.1 200")) {
            throw new IOException("the simulator answered " + headers.lines().findFirst().orElse(""));
        }
        int length = headers.lines()
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .mapToInt(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).strip()))
                .findFirst()
                .orElseThrow(() -> new IOException("no Content-Length in " + headers));
        in.readNBytes(length);
    }

    /** Idle time before each floor measurement: long enough for the cores to go idle, as between questions. */
    private static final Duration IDLE = Duration.ofMillis(150);

    static Map<String, Result> run(
            Setup setup, int port, boolean sequential, Periods periods, Map<String, Integer> latency)
            throws Exception {
        // One session: its frames are read on the client's selector thread, with no hand-off to a
        // pool thread that would add a wake-up to every end-to-end time measured here.
        ChatClient chat = ChatClient.open(setup.botWs(port), TOKEN, Duration.ofSeconds(30));
        Map<String, Result> results = new LinkedHashMap<>();
        for (Case c : CASES) {
            results.put(
                    c.intent(),
                    new Result(
                            c,
                            c.criticalPath(latency),
                            c.sequentialPath(latency),
                            new ArrayList<>(),
                            new ArrayList<>(),
                            new ArrayList<>(),
                            new ArrayList<>()));
        }
        int total = setup.warmRounds() + setup.rounds();
        String label = sequential ? "sequential" : "parallel";
        try {
            for (int round = 0; round < total; round++) {
                boolean warm = round < setup.warmRounds();
                Suite.progress("latency/%s: round %d of %d%s", label, round + 1, total, warm ? " (warm-up, not counted)" : "");
                for (Case c : CASES) {
                    ChatClient.Reply reply = chat.askAndWait(c.ask(periods), Duration.ofSeconds(30));
                    if (warm) {
                        continue;
                    }
                    Result result = results.get(c.intent());
                    String problem = problemOf(reply, c.intent());
                    if (problem != null) {
                        result.errors().add(problem);
                        continue;
                    }
                    result.e2e().add(reply.ms());
                    result.observed().add(c.observedPath(reply.calls(), sequential));
                    result.splits().add(Split.of(reply));
                }
            }
        } finally {
            chat.close();
        }
        return results;
    }

    /** Why a reply does not count as a full, uncached answer of the expected intent; null if it does. */
    static String problemOf(ChatClient.Reply reply, String intent) {
        if (!reply.answered()) {
            return reply.kind() + (reply.problem() == null ? "" : " " + reply.problem());
        }
        if (!intent.equals(reply.intent())) {
            return "answered as " + reply.intent();
        }
        if (reply.partial()) {
            return "partial";
        }
        if (reply.calls().stream().anyMatch(ChatClient.Call::cached)) {
            return "cached";
        }
        return null;
    }
}
