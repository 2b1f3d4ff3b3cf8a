package bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The benchmark suite (docs/benchmarks.md): starts the simulator and the chatbot in JVMs of their
 * own, drives the chatbot over its WebSocket protocol, prints a table and writes it into
 * docs/benchmarks.md. Run it through {@code bench/run}, which builds what it needs first.
 */
public final class Suite {

    static final String USAGE =
            """
            usage: bench/run [--quick] [options]          the suite (about 8.5 min; --quick under 3 min)
                   bench/run --acceptance [URL]            check a running default server (default http://localhost:4006)

              --quick               fewer rounds, shorter load levels
              --only LIST           some of: latency,load,coalescing,nlu (comma-separated)
              --only LIST           (scenarios: latency, load, staff, coalescing, nlu)
              --levels LIST         sessions per load level (default 100,250,500,1000; quick 100,500)
              --staff-levels LIST   sessions per staff-like level (default 100,500,1000; quick 100,500)
              --think-ms N          staff-like sessions: mean pause between an answer and the next question (default 2000)
              --load-seconds N      measured seconds per load level (default 15; quick 5)
              --rounds N            rounds per intent in scenario 1 (default 10; quick 2)
              --port N              the chatbot's port (default 4080); the sequential chatbot uses N+1
              --sim-port N          the simulator's first port (default 4091; it uses N..N+4)
              --profile NAME        scenario 1's latency profile (default seed; none shows the chatbot's own time)
              --jfr                 record a JFR file of each chatbot JVM into target/bench/
              --bot-jvm "FLAGS"     extra JVM options for the chatbots it starts (e.g. "-XX:+UseZGC")
              --no-write            print the tables only, leave docs/benchmarks.md alone
              --sim-admin URL       acceptance: the simulator's admin API (default URL/sim/admin)
              --days WHICH          acceptance: shared (every session of a tenant asks about the same 3 new days),
                                    distinct (a new day for every question) or both (default)
            """;

    private static final long STARTED = System.nanoTime();
    private static Setup setup;
    private static final List<Jvm> RUNNING = new CopyOnWriteArrayList<>();

    static Setup setup() {
        return setup;
    }

    static void progress(String format, Object... args) {
        long s = (System.nanoTime() - STARTED) / 1_000_000_000L;
        System.out.printf("[%02d:%02d] %s%n", s / 60, s % 60, String.format(format, args));
        System.out.flush();
    }

    private static List<Acceptance.Days> days(String option) {
        return switch (option) {
            case "both" -> List.of(Acceptance.Days.values());
            case "shared" -> List.of(Acceptance.Days.SHARED);
            case "distinct" -> List.of(Acceptance.Days.DISTINCT);
            default -> throw new UsageError("--days takes shared, distinct or both, not '" + option + "'");
        };
    }

    private static void progressOf(Load.Level l, String scenario) {
        progress(
                "%s: %d sessions: %.0f answers/s, p99 %.0f ms, %d errors, CPU: chatbot %.2f, simulator %.2f cores",
                scenario, l.sessions(), l.throughput(), l.e2e().p(99), l.errorCount(), l.cpuCores(), l.simCpuCores());
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (UsageError e) {
            System.err.println("bench: " + e.getMessage() + "\n\n" + USAGE);
            System.exit(2);
        } catch (Exception e) {
            System.err.println("\nbench: FAILED: " + e.getMessage());
            System.err.println("Logs of the JVMs the suite started are in target/bench/. Fix the cause above and run"
                    + " bench/run again (bench/run --help lists the options).");
            System.exit(1);
        }
    }

    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    private static int run(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        if (options.containsKey("help")) {
            System.out.println(USAGE);
            return 0;
        }
        boolean quick = options.containsKey("quick");
        Path workDir = Path.of("target", "bench").toAbsolutePath();
        Files.createDirectories(workDir);
        String loadBefore = Report.loadAverage();
        String command = "bench/run" + (args.length == 0 ? "" : " " + String.join(" ", args));
        Report report = new Report();

        if (options.containsKey("acceptance")) {
            String url = options.get("acceptance").isEmpty() ? "http://localhost:4006" : options.get("acceptance");
            url = url.replaceAll("/+$", "");
            String admin = options.getOrDefault("sim-admin", url + "/sim/admin");
            progress("acceptance check against %s (load average %s)", url, loadBefore);
            List<Acceptance.Result> results = Acceptance.run(url, admin, days(options.getOrDefault("days", "both")));
            report.acceptance(results, url);
            System.out.println();
            System.out.println(report.markdown());
            boolean passed = results.stream().allMatch(Acceptance.Result::passed);
            System.out.println(passed
                    ? "PASSED: every answer arrived and p99 is under 250 ms, both ways."
                    : "NOT PASSED: see the tables above. Is something else loading the machine (load average "
                            + Report.loadAverage() + ")? Run it again on a quiet machine, and check the server's log.");
            return passed ? 0 : 1;
        }

        int port = integer(options, "port", 4080);
        int simPort = integer(options, "sim-port", 4091);
        setup = new Setup(
                quick,
                options.containsKey("only") ? list(options.get("only")) : Setup.ALL,
                port,
                port + 1,
                simPort,
                integer(options, "rounds", quick ? 2 : 10),
                // The warm-up load has already run the code these questions take.
                quick ? 0 : 1,
                options.containsKey("levels")
                        ? list(options.get("levels")).stream().map(Integer::parseInt).toList()
                        : quick ? List.of(100, 500) : List.of(100, 250, 500, 1000),
                options.containsKey("staff-levels")
                        ? list(options.get("staff-levels")).stream().map(Integer::parseInt).toList()
                        : quick ? List.of(100, 500) : List.of(100, 500, 1000),
                Duration.ofMillis(integer(options, "think-ms", 2000)),
                Duration.ofSeconds(quick ? 2 : 4),
                Duration.ofSeconds(integer(options, "load-seconds", quick ? 5 : 15)),
                100,
                !options.containsKey("no-write"),
                Path.of("target", "pos-chatbot-0.1.0-SNAPSHOT.jar").toAbsolutePath(),
                workDir,
                Path.of("docs", "benchmarks.md"));
        for (String s : setup.scenarios()) {
            if (!Setup.ALL.contains(s)) {
                throw new UsageError("unknown scenario '" + s + "'; use " + String.join(",", Setup.ALL));
            }
        }
        if (!Files.exists(setup.jar())) {
            throw new IllegalStateException(setup.jar() + " is missing: run ./mvnw -q package -DskipTests (bench/run does it for you)");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Jvm::close)));
        progress("benchmark suite (%s), %d cores, load average %s", quick ? "quick" : "full",
                Runtime.getRuntime().availableProcessors(), loadBefore);
        List<String> jfr = options.containsKey("jfr") ? List.of("jfr") : List.of();
        botJvm = options.containsKey("bot-jvm") ? List.of(options.get("bot-jvm").strip().split("\\s+")) : List.of();

        String profile = options.getOrDefault("profile", "seed");
        Periods periods = new Periods();
        Map<String, Latency.Result> parallel = null;
        Map<String, Latency.Result> sequential = null;
        Latency.Floor floor = null;
        Map<String, Integer> seed = null;
        List<Load.Level> levels = new ArrayList<>();
        List<Load.Level> staff = new ArrayList<>();
        Coalescing.Result coalescing = null;
        boolean needsBots =
                setup.runs("latency") || setup.runs("load") || setup.runs("staff") || setup.runs("coalescing");
        if (needsBots) {
            checkFree(simPort, simPort + 4);
            checkFree(port, port + 1);
            Jvm sim = started(Jvm.start(
                    "simulator",
                    setup.jar(),
                    List.of(),
                    List.of(
                            "simulator",
                            "--simulator.base-port=" + simPort,
                            "--simulator.latency-profile=seed",
                            "--logging.level.root=WARN"),
                    setup.simAdmin() + "/latency",
                    workDir));
            progress("simulator up on ports %d-%d (pid %d)", simPort, simPort + 4, sim.pid());
            try {
                Jvm bot = startBot(port, "parallel", jfr);
                try {
                    flat100();
                    Load.warmUp(
                            setup,
                            bot,
                            sim,
                            port,
                            periods,
                            Duration.ofSeconds(quick ? 8 : 20),
                            Duration.ofSeconds(quick ? 20 : 90));
                    if (setup.runs("latency")) {
                        floor = Latency.floor(setup, port);
                        Jvm.put(setup.simAdmin() + "/latency", "{\"profile\":" + Json.quote(profile) + "}");
                        seed = latencies();
                        parallel = Latency.run(setup, port, false, periods, seed);
                    }
                    flat100();
                    if (setup.runs("coalescing")) {
                        try {
                            coalescing = Coalescing.run(setup, port, periods);
                        } catch (Exception e) {
                            report.failure("coalescing", e);
                        }
                    }
                    if (setup.runs("staff")) {
                        for (int sessions : setup.staffLevels()) {
                            staff.add(Load.level(setup, bot, sim, port, sessions, periods, 100, setup.think()));
                            progressOf(staff.getLast(), "staff-like");
                        }
                    }
                    if (setup.runs("load")) {
                        for (int sessions : setup.levels()) {
                            levels.add(Load.level(setup, bot, sim, port, sessions, periods, 100, Duration.ZERO));
                            progressOf(levels.getLast(), "load");
                        }
                    }
                } finally {
                    stop(bot);
                }
                if (setup.runs("latency")) {
                    Jvm seqBot = startBot(setup.seqBotPort(), "sequential", jfr);
                    try {
                        flat100();
                        Load.warmUp(
                                setup,
                                seqBot,
                                sim,
                                setup.seqBotPort(),
                                periods,
                                Duration.ofSeconds(quick ? 4 : 10),
                                Duration.ofSeconds(quick ? 4 : 10));
                        Jvm.put(setup.simAdmin() + "/latency", "{\"profile\":" + Json.quote(profile) + "}");
                        sequential = Latency.run(setup, setup.seqBotPort(), true, periods, seed);
                    } finally {
                        stop(seqBot);
                    }
                }
            } finally {
                stop(sim);
            }
        }
        Nlu.Result nlu = null;
        if (setup.runs("nlu")) {
            try {
                nlu = Nlu.run(setup);
            } catch (Exception e) {
                report.failure("nlu", e);
            }
        }

        report.machine(setup, loadBefore, command);
        if (parallel != null) {
            report.latency(parallel, sequential, seed, setup, floor);
        }
        if (!staff.isEmpty()) {
            report.staff(staff, setup);
        }
        if (!levels.isEmpty()) {
            report.load(levels, setup);
        }
        if (coalescing != null) {
            report.coalescing(coalescing);
        }
        if (nlu != null) {
            report.nlu(nlu);
        }
        String markdown = report.markdown();
        Files.writeString(workDir.resolve("results.md"), markdown);
        System.out.println();
        System.out.println(markdown);
        if (setup.writeDocs()) {
            Report.writeInto(setup.docs(), markdown);
            progress("written into %s (and %s)", setup.docs(), workDir.resolve("results.md"));
        } else {
            progress("written into %s only (--no-write)", workDir.resolve("results.md"));
        }
        System.out.println(report.allMet()
                ? "All targets met."
                : "Some targets were missed (see Targets above). On a busy machine figures are noisy: note the load"
                        + " average, and rerun on a quiet machine before drawing conclusions.");
        return 0;
    }

    /** Extra JVM options for the chatbots the suite starts ({@code --bot-jvm}), e.g. another GC. */
    private static List<String> botJvm = List.of();

    private static Jvm startBot(int port, String mode, List<String> jfr) throws Exception {
        String sim = "http://127.0.0.1:";
        int base = setup.simBasePort();
        List<String> flags = new ArrayList<>(botJvm);
        if (!jfr.isEmpty()) {
            flags.add("-XX:StartFlightRecording=filename=" + setup.workDir().resolve("chatbot-" + mode + ".jfr")
                    + ",settings=profile,dumponexit=true");
        }
        List<String> args = List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--simulator.embedded=false",
                "--chatbot.downstream.auth.base-url=" + sim + base,
                "--chatbot.downstream.pos.base-url=" + sim + (base + 1),
                "--chatbot.downstream.inventory.base-url=" + sim + (base + 2),
                "--chatbot.downstream.payment.base-url=" + sim + (base + 3),
                "--chatbot.downstream.restaurant.base-url=" + sim + (base + 4),
                "--chatbot.orchestration.mode=" + mode,
                // Unsure readings go to the suite's own review file, never to models/review.txt.
                "--chatbot.nlu.review-path=" + setup.workDir().resolve("review-" + mode + ".txt"),
                // Long enough for a sequential top_products at the seed latencies (2.3 s).
                "--chatbot.deadline=10s",
                // The benchmark must not be rate limited.
                "--chatbot.limits.questions-per-second-per-session=1000000",
                "--chatbot.limits.questions-per-second-per-tenant=1000000",
                "--chatbot.limits.max-sessions=100000",
                // "Now" intents and product details make their calls every time.
                "--chatbot.downstream.cache.live=0s",
                "--chatbot.downstream.cache.catalogue=0s",
                "--chatbot.downstream.cache.today=0s");
        Jvm bot = started(Jvm.start("chatbot-" + mode, setup.jar(), flags, args,
                setup.botHttp(port) + "/actuator/health", setup.workDir()));
        progress("chatbot (%s) up on port %d (pid %d)", mode, port, bot.pid());
        return bot;
    }

    private static Jvm started(Jvm jvm) {
        RUNNING.add(jvm);
        return jvm;
    }

    private static void stop(Jvm jvm) {
        jvm.close();
        RUNNING.remove(jvm);
    }

    private static void flat100() throws Exception {
        for (String service : Acceptance.SERVICES) {
            Jvm.put(setup.simAdmin() + "/latency", "{\"service\":\"" + service + "\",\"ms\":100,\"jitter_ms\":0}");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> latencies() throws Exception {
        Map<String, Object> settings = Json.object(Jvm.get(setup.simAdmin() + "/latency"));
        Map<String, Integer> ms = new LinkedHashMap<>();
        ((Map<String, Object>) settings.get("services"))
                .forEach((service, delay) ->
                        ms.put(service, ((Number) ((Map<String, Object>) delay).get("ms")).intValue()));
        return ms;
    }

    private static void checkFree(int from, int to) {
        for (int p = from; p <= to; p++) {
            try (ServerSocket socket = new ServerSocket(p, 1, InetAddress.getByName("127.0.0.1"))) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + p + " is in use. Stop what uses it, or pick other ports:"
                        + " bench/run --port N --sim-port M (the suite needs N, N+1 and M..M+4).");
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> withValue = List.of("days", "bot-jvm", "profile", "only", "levels", "staff-levels", "think-ms", "load-seconds", "rounds", "port", "sim-port", "sim-admin");
        List<String> flags = List.of("quick", "jfr", "no-write", "help");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h")) {
                a = "--help";
            }
            if (!a.startsWith("--")) {
                throw new UsageError("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("acceptance")) {
                if (value == null && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                }
                options.put(name, value == null ? "" : value);
            } else if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageError("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                options.put(name, value);
            } else if (flags.contains(name)) {
                options.put(name, "");
            } else {
                throw new UsageError("unknown option --" + name);
            }
        }
        return options;
    }

    private static int integer(Map<String, String> options, String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageError("--" + name + " must be a whole number, got '" + v + "'");
        }
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
