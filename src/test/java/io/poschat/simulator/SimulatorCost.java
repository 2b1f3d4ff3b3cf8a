package io.poschat.simulator;

import io.poschat.simulator.Latency.Profile;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * CPU and allocation per simulator request for bistro-1, on one thread, for days nobody asked before
 * (the default run's hot path: each revenue question about a new day plans it and serves its orders
 * and its payment total). Not a test: run it by hand and write the numbers into docs/simulator.md.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java --enable-preview -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) io.poschat.simulator.SimulatorCost
 * </pre>
 *
 * Each round builds a fresh simulator (empty caches) and asks {@value #DAYS} different past days; the
 * first {@value #WARMUP_ROUNDS} rounds warm the JIT up and are not reported; the figure is the median
 * of the other rounds. CPU is the calling thread's CPU time only (the collector's work on other
 * threads is not in it; the allocation column shows what it has to collect). The servlet is called
 * directly with mock requests: Tomcat and the filter chain are not in these figures.
 */
public final class SimulatorCost {

    private static final int DAYS = 400;
    private static final int WARMUP_ROUNDS = 3;
    private static final int ROUNDS = 5;
    private static final Instant NOW = Instant.parse("2026-11-24T13:10:00Z");
    private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 23);
    private static final Tenant BISTRO = Catalogue.tenant("bistro-1").orElseThrow();

    private record Case(String name, IntConsumer askDay, boolean asked) {}

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private SimulatorCost() {}

    public static void main(String[] args) {
        List<String> names = List.of(
                "plan a new day",
                "GET /orders?date=D, new day",
                "GET /payments/total?from=D&to=D, new day",
                "both, for one new day (one question)",
                "GET /orders?date=D, day asked before",
                "GET /payments/total?from=D&to=D, day asked before");
        double[][] cpu = new double[names.size()][ROUNDS];
        double[][] bytes = new double[names.size()][ROUNDS];
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            List<Case> cases = cases();
            for (int c = 0; c < cases.size(); c++) {
                Case aCase = cases.get(c);
                if (aCase.asked()) {
                    for (int d = 0; d < DAYS; d++) {
                        aCase.askDay().accept(d); // ask each day once, unmeasured
                    }
                }
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
                for (int d = 0; d < DAYS; d++) {
                    aCase.askDay().accept(d);
                }
                if (round >= WARMUP_ROUNDS) {
                    cpu[c][round - WARMUP_ROUNDS] = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e3 / DAYS;
                    bytes[c][round - WARMUP_ROUNDS] =
                            (THREADS.getCurrentThreadAllocatedBytes() - bytesBefore) / 1024.0 / DAYS;
                }
            }
        }
        System.out.printf("%-52s %12s %12s%n", "bistro-1, one thread, per request", "CPU µs", "alloc KB");
        for (int c = 0; c < names.size(); c++) {
            System.out.printf("%-52s %12.1f %12.1f%n", names.get(c), median(cpu[c]), median(bytes[c]));
        }
    }

    /** Each case with its own fresh simulator, so that "new day" means an empty cache. */
    private static List<Case> cases() {
        var planning = new Sales(new DayPlanner());
        SimulatorServlet orders = servlet();
        SimulatorServlet total = servlet();
        SimulatorServlet both = servlet();
        SimulatorServlet ordersAgain = servlet();
        SimulatorServlet totalAgain = servlet();
        return List.of(
                new Case("plan", d -> planning.plan(BISTRO, day(d)), false),
                new Case("orders", d -> get(orders, "/pos/orders", "date", day(d)), false),
                new Case("total", d -> getTotal(total, d), false),
                new Case(
                        "both",
                        d -> {
                            get(both, "/pos/orders", "date", day(d));
                            getTotal(both, d);
                        },
                        false),
                new Case("orders again", d -> get(ordersAgain, "/pos/orders", "date", day(d)), true),
                new Case("total again", d -> getTotal(totalAgain, d), true));
    }

    private static LocalDate day(int d) {
        return YESTERDAY.minusDays(d);
    }

    private static void getTotal(SimulatorServlet servlet, int d) {
        get(servlet, "/payment/payments/total", "from", day(d), "to", day(d));
    }

    private static SimulatorServlet servlet() {
        var properties = new SimulatorProperties(
                true, Profile.NONE, 4001, "127.0.0.1", Duration.ofSeconds(3), Duration.ofSeconds(1), Map.of());
        var parts = SimulatorParts.assemble(properties, Clock.fixed(NOW, ZoneOffset.UTC), new Hangs());
        return new SimulatorServlet(new Mount.Embedded(), parts);
    }

    private static void get(SimulatorServlet servlet, String path, Object... params) {
        var request = new MockHttpServletRequest("GET", "/sim" + path);
        request.setServletPath("/sim");
        request.setPathInfo(path);
        for (int i = 0; i < params.length; i += 2) {
            request.addParameter((String) params[i], params[i + 1].toString());
        }
        request.addHeader("x-tenant-id", "bistro-1");
        request.addHeader("Authorization", "Bearer demo-manager");
        var response = new DiscardingResponse();
        try {
            servlet.service(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (response.getStatus() != 200) {
            throw new IllegalStateException(path + " answered " + response.getStatus());
        }
    }

    /**
     * Takes the body in one piece and drops it: the mock response's own stream copies a body byte by
     * byte, which cost more than the simulator itself and is no part of a real server.
     */
    private static final class DiscardingResponse extends MockHttpServletResponse {
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {}

            @Override
            public void write(byte[] b, int off, int len) {}

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
        };

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
