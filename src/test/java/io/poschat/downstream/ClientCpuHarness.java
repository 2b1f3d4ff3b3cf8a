package io.poschat.downstream;

import com.fasterxml.jackson.databind.JavaType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU per downstream call on the client side, for docs/benchmarks.md ("CPU per downstream call
 * (client side)"). A plain {@code main}, not a test: verify never runs it. Parsing is measured on
 * the calling thread; a GET by the process's CPU time, because a client may do part of its work on
 * threads of its own (the JDK {@code HttpClient} does; {@code raw} compares the bare clients). Run it against the standalone simulator in another JVM (latency {@code none}),
 * so the server's CPU is not counted:
 *
 * <pre>
 * java --enable-preview -jar target/pos-chatbot-*.jar simulator --simulator.base-port=4290 \
 *      --simulator.latency-profile=none
 * curl -H 'Authorization: Bearer demo-manager' -H 'x-tenant-id: bistro-1' \
 *      'http://127.0.0.1:4291/orders?date=2025-11-22' -o target/orders.json
 * java --enable-preview -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      io.poschat.downstream.ClientCpuHarness parse target/orders.json
 * java ... ClientCpuHarness get http://127.0.0.1:4293 '/payments/total?from=2025-11-22&amp;to=2025-11-22' [threads]
 * </pre>
 */
public final class ClientCpuHarness {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ClientCpuHarness() {}

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "parse" -> parse(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 20_000);
            case "get" ->
                get(
                        args[1],
                        args[2],
                        args.length > 3 ? Integer.parseInt(args[3]) : 1,
                        args.length > 4 ? Integer.parseInt(args[4]) : 20_000);
            case "tokens" -> tokens(Path.of(args[1]), Integer.parseInt(args[2]));
            case "raw" -> raw(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> {
                System.err.println(
                        "usage: parse <orders.json> [calls] | get <baseUrl> <pathAndQuery> [threads] [calls]");
                System.exit(2);
            }
        }
    }

    /** {@code GET /orders} body to {@code List<Order>}, as PosClient has it parsed. */
    private static void parse(Path file, int calls) throws Exception {
        byte[] body = Files.readAllBytes(file);
        JsonBodies json = new JsonBodies();
        JavaType orders = json.type(Orders.class);
        int size = ((List<?>) json.read(body, orders)).size();
        System.out.printf("body %,d bytes, %d orders%n", body.length, size);
        for (int round = 0; round < 5; round++) {
            long threadCpu = THREADS.getCurrentThreadCpuTime();
            long processCpu = OS.getProcessCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                if (json.read(body, orders) == null) {
                    throw new AssertionError();
                }
            }
            report(
                    round < 2 ? "warm-up" : "parse",
                    calls,
                    THREADS.getCurrentThreadCpuTime() - threadCpu,
                    OS.getProcessCpuTime() - processCpu,
                    System.nanoTime() - wall);
        }
    }

    /** The floor under any reader: walking the body's tokens and nothing else. */
    private static void tokens(Path file, int calls) throws Exception {
        byte[] body = Files.readAllBytes(file);
        var factory = new com.fasterxml.jackson.core.JsonFactory();
        for (int round = 0; round < 5; round++) {
            long threadCpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            long count = 0;
            for (int i = 0; i < calls; i++) {
                try (var parser = factory.createParser(body)) {
                    while (parser.nextToken() != null) {
                        count++;
                    }
                }
            }
            report(
                    round < 2 ? "warm-up" : "tokens",
                    calls,
                    THREADS.getCurrentThreadCpuTime() - threadCpu,
                    0,
                    System.nanoTime() - wall);
        }
    }

    /** Sequential GETs through {@link HttpTransport} on {@code threads} virtual threads at once. */
    private static void get(String baseUrl, String pathAndQuery, int threads, int calls) throws Exception {
        HttpTransport transport = new HttpTransport();
        CallContext ctx = new CallContext(
                "bistro-1",
                ZoneId.of("Europe/Madrid"),
                "demo-manager",
                "corr-harness",
                Deadline.after(Duration.ofDays(1)),
                System.nanoTime(),
                call -> {});
        timedRounds(
                "get x" + threads,
                5,
                threads,
                calls,
                () -> transport.get(baseUrl, pathAndQuery, ctx, Duration.ofSeconds(5)));
    }

    /** The bare clients, for choosing one: {@code async} (sendAsync + get), {@code send}, {@code urlconn}. */
    private static void raw(String variant, String url, int threads, int calls) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
                .build();
        java.net.URI uri = java.net.URI.create(url);
        java.util.concurrent.Callable<byte[]> call = switch (variant) {
            case "async" ->
                () -> client.sendAsync(request(uri), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                        .get(5, java.util.concurrent.TimeUnit.SECONDS)
                        .body();
            case "send" ->
                () -> client.send(request(uri), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                        .body();
            case "urlconn" ->
                () -> {
                    var connection = (java.net.HttpURLConnection) uri.toURL().openConnection();
                    connection.setConnectTimeout(2000);
                    connection.setReadTimeout(5000);
                    connection.setRequestProperty("x-tenant-id", "bistro-1");
                    connection.setRequestProperty("x-correlation-id", "corr-harness");
                    connection.setRequestProperty("Authorization", "Bearer demo-manager");
                    connection.setRequestProperty("Accept", "application/json");
                    try (var in = connection.getInputStream()) {
                        if (connection.getResponseCode() != 200) {
                            throw new IllegalStateException("HTTP " + connection.getResponseCode());
                        }
                        return in.readAllBytes();
                    }
                };
            default -> throw new IllegalArgumentException(variant);
        };
        timedRounds(variant + " x" + threads, 6, threads, calls, call);
    }

    /**
     * Prints the body's size, then runs {@code rounds} rounds of {@code calls} calls spread over
     * {@code threads} virtual threads, reporting the process's CPU per call (the first two rounds
     * are the warm-up).
     */
    private static void timedRounds(
            String label, int rounds, int threads, int calls, java.util.concurrent.Callable<byte[]> call)
            throws Exception {
        System.out.printf("body %,d bytes%n", call.call().length);
        for (int round = 0; round < rounds; round++) {
            AtomicLong bytes = new AtomicLong(); // read, so that no call is optimised away
            long processCpu = OS.getProcessCpuTime();
            long wall = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            int each = calls / threads;
            for (int t = 0; t < threads; t++) {
                workers.add(Thread.ofVirtual().start(() -> {
                    try {
                        for (int i = 0; i < each; i++) {
                            bytes.addAndGet(call.call().length);
                        }
                    } catch (DownstreamFailure e) {
                        throw new IllegalStateException(e.problem() + ": " + e.getMessage(), e);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (Thread worker : workers) {
                worker.join();
            }
            report(
                    round < 2 ? "warm-up" : label,
                    each * threads,
                    -1,
                    OS.getProcessCpuTime() - processCpu,
                    System.nanoTime() - wall);
        }
    }

    private static java.net.http.HttpRequest request(java.net.URI uri) {
        return java.net.http.HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(5))
                .header("x-tenant-id", "bistro-1")
                .header("x-correlation-id", "corr-harness")
                .header("Authorization", "Bearer demo-manager")
                .header("Accept", "application/json")
                .GET()
                .build();
    }

    private static void report(String what, int calls, long threadCpuNanos, long processCpuNanos, long wallNanos) {
        System.out.printf(
                "%-8s %,7d calls: %s process CPU %7.1f µs/call, wall %7.1f µs/call%n",
                what,
                calls,
                threadCpuNanos < 0 ? "" : String.format("thread CPU %7.1f µs/call,", threadCpuNanos / 1e3 / calls),
                processCpuNanos / 1e3 / calls,
                wallNanos / 1e3 / calls);
    }
}
