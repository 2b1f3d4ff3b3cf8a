package bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 2 and the acceptance check: many WebSocket sessions at once, each in a closed loop
 * (ask, wait for the answer, ask again) about revenue on a day nobody asked about before.
 */
final class Load {

    static final List<String> TOKENS = List.of("demo-manager", "demo-cafe", "demo-trattoria");
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

    /** One question's fate: when it was sent (ns since the level began) and what came back. */
    record Sample(long sentAt, ChatClient.Reply reply, String problem) {}

    /** The figures of one level. */
    record Level(
            int sessions,
            double seconds,
            List<Sample> samples,
            int failedToOpen,
            double cpuCores,
            double simCpuCores,
            double heapMaxMiB,
            double rssMiB,
            double criticalPath,
            double thinkMs) {

        List<Sample> answered() {
            return samples.stream().filter(s -> s.problem() == null).toList();
        }

        double throughput() {
            return answered().size() / seconds;
        }

        Stats e2e() {
            return Stats.of(answered().stream().map(s -> s.reply().ms()).toList());
        }

        Stats overhead() {
            return Stats.of(
                    answered().stream().map(s -> s.reply().ms() - criticalPath).toList());
        }

        Stats observedOverhead() {
            return Stats.of(answered().stream()
                    .map(s -> s.reply().ms()
                            - s.reply().calls().stream()
                                    .mapToLong(ChatClient.Call::ms)
                                    .max()
                                    .orElse(0))
                    .toList());
        }

        /** Errors by kind: error frames by code, timeouts, dropped sockets, partial answers. */
        Map<String, Integer> errors() {
            Map<String, Integer> errors = new TreeMap<>();
            samples.stream()
                    .filter(s -> s.problem() != null)
                    .forEach(s -> errors.merge(kindOf(s.problem()), 1, Integer::sum));
            if (failedToOpen > 0) {
                errors.put("session not opened", failedToOpen);
            }
            return errors;
        }

        int errorCount() {
            return errors().values().stream().mapToInt(Integer::intValue).sum();
        }

        /**
         * Throughput as a share of what the sessions could ask if each answer took just the critical
         * path (plus the pause between questions of staff-like sessions).
         */
        double efficiency() {
            return throughput() / (sessions / ((criticalPath + thinkMs) / 1000.0));
        }
    }

    private static String kindOf(String problem) {
        int space = problem.indexOf(' ');
        String first = space < 0 ? problem : problem.substring(0, space);
        return switch (first) {
            case "error" -> "error frame " + problem.substring(space + 1).split(" ")[0];
            default -> first;
        };
    }

    /** Sessions open and signed in, spread over the three tenants; counts the ones that failed. */
    static List<ChatClient> open(String wsUrl, int sessions, List<String> tokens, List<String> failures) throws InterruptedException {
        Queue<ChatClient> opened = new ConcurrentLinkedQueue<>();
        Semaphore atOnce = new Semaphore(64);
        CountDownLatch done = new CountDownLatch(sessions);
        for (int i = 0; i < sessions; i++) {
            int n = i;
            Thread.ofVirtual().start(() -> {
                try {
                    atOnce.acquire();
                    try {
                        opened.add(ChatClient.open(
                                wsUrl,
                                tokens.get(n % tokens.size()),
                                Duration.ofSeconds(30)));
                    } finally {
                        atOnce.release();
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(String.valueOf(e));
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        return new ArrayList<>(opened);
    }

    /**
     * One level of scenario 2: {@code sessions} loops for warm-up + measured time, each pausing
     * about {@code think} between an answer and its next question (zero: closed loops).
     */
    static Level level(
            Setup setup, Jvm bot, Jvm sim, int port, int sessions, Periods periods, double criticalPath, Duration think)
            throws Exception {
        // Each level starts with closed breakers, whatever the level before did to them.
        closeBreakers(setup, port, periods);
        // Staff-like sessions need a few pauses to spread out before their figures mean anything.
        Duration warmup = think.isZero() ? setup.loadWarmup() : setup.loadWarmup().plus(think.multipliedBy(2));
        return level(setup, bot, sim, port, sessions, periods, criticalPath, warmup, setup.loadTime(), think);
    }

    /** Sessions in the warm-up's closed loops, and the length of one of its windows. */
    private static final int WARM_SESSIONS = 20;

    private static final Duration WARM_WINDOW = Duration.ofSeconds(5);

    /**
     * Warms a fresh chatbot up (class loading, JIT) at a modest load until it is steady: a cold JVM
     * hit by hundreds of questions at once answers its first ones after the 1.5 s call timeout and
     * the breakers open, and one still compiling spends its CPU on the JIT. After a single session's
     * questions, {@value #WARM_SESSIONS} sessions ask in closed loops, window after window of
     * {@code WARM_WINDOW}, for at least {@code least} and until the chatbot's JIT compilers spent
     * under a tenth of a window's time ({@code jvm.compilation.time} from its actuator), or
     * {@code most} has passed (docs/benchmarks.md, finding 29).
     */
    static void warmUp(Setup setup, Jvm bot, Jvm sim, int port, Periods periods, Duration least, Duration most)
            throws Exception {
        // One session first: the very first questions take the slow, cold paths one at a time.
        Level one = level(setup, bot, sim, port, 1, periods, 100, Duration.ZERO, least.dividedBy(3), Duration.ZERO);
        int answers = one.answered().size();
        int errors = one.errorCount();
        long begin = System.nanoTime();
        String http = setup.botHttp(port);
        double jitMs = Jvm.metric(http, "jvm.compilation.time");
        boolean steady = false;
        boolean jitKnown = jitMs >= 0;
        for (int window = 1; !steady && System.nanoTime() - begin < most.toNanos(); window++) {
            Level l = level(setup, bot, sim, port, WARM_SESSIONS, periods, 100, Duration.ZERO, WARM_WINDOW, Duration.ZERO);
            answers += l.answered().size();
            errors += l.errorCount();
            double jitNow = Jvm.metric(http, "jvm.compilation.time");
            double compiled = jitMs < 0 || jitNow < 0 ? -1 : jitNow - jitMs;
            jitKnown = compiled >= 0;
            jitMs = jitNow;
            double cpuMsPerAnswer = l.answered().isEmpty() || l.cpuCores() < 0
                    ? -1
                    : l.cpuCores() * l.seconds() * 1000 / l.answered().size();
            steady = System.nanoTime() - begin >= least.toNanos()
                    && compiled >= 0
                    && compiled < WARM_WINDOW.toMillis() / 10.0;
            Suite.progress(
                    "warm-up window %d: %d answers, %.2f ms of chatbot CPU each, JIT compiling %.0f ms%s",
                    window,
                    l.answered().size(),
                    cpuMsPerAnswer,
                    compiled,
                    steady ? ": steady" : "");
        }
        Suite.progress(
                "warm-up: %d answers, %d errors, %d s%s",
                answers,
                errors,
                (System.nanoTime() - begin) / 1_000_000_000L,
                steady
                        ? ""
                        : jitKnown
                                ? " (the JIT was still compiling when the time was up)"
                                : " (the chatbot's actuator did not tell its JIT time: warmed for the longest time)");
        closeBreakers(setup, port, periods);
    }

    /**
     * Waits until no breaker is open: one that opened while the JVM was cold would make every
     * measured answer partial. A breaker lets calls through again 10 s after it opened; single
     * questions then close it.
     */
    static void closeBreakers(Setup setup, int port, Periods periods) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ChatClient chat = null;
        try {
            while (true) {
                String health = Jvm.getAnyStatus(setup.botHttp(port) + "/actuator/health");
                if (!health.contains("\"OPEN\"") && !health.contains("\"HALF_OPEN\"")) {
                    return;
                }
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("the chatbot's circuit breakers stayed open for a minute;"
                            + " see target/bench/chatbot-*.log");
                }
                Suite.progress("a circuit breaker is open; waiting for it to close before measuring");
                if (chat == null) {
                    chat = ChatClient.open(setup.botWs(port), TOKENS.getFirst(), Duration.ofSeconds(30));
                }
                Thread.sleep(2000);
                chat.askAndWait("what was my revenue on " + periods.next(TOKENS.getFirst()) + "?", ANSWER_TIMEOUT);
            }
        } finally {
            if (chat != null) {
                chat.close();
            }
        }
    }

    private static Level level(
            Setup setup,
            Jvm bot,
            Jvm sim,
            int port,
            int sessions,
            Periods periods,
            double criticalPath,
            Duration warmup,
            Duration time,
            Duration think)
            throws Exception {
        List<String> failures = new ArrayList<>();
        Suite.progress("load: opening %d sessions", sessions);
        List<ChatClient> chats = open(setup.botWs(port), sessions, TOKENS, failures);
        if (!failures.isEmpty()) {
            Suite.progress("load: %d sessions failed to open, e.g. %s", failures.size(), failures.getFirst());
        }
        long begin = System.nanoTime();
        long measureFrom = begin + warmup.toNanos();
        long measureUntil = measureFrom + time.toNanos();
        Queue<Sample> samples = new ConcurrentLinkedQueue<>();
        CountDownLatch loopsDone = new CountDownLatch(chats.size());
        for (int i = 0; i < chats.size(); i++) {
            ChatClient chat = chats.get(i);
            String token = chat.token();
            Thread.ofVirtual().start(() -> {
                try {
                    // Staff do not start in step: the first question comes anywhere within one pause.
                    pause(think, 0, 1);
                    while (System.nanoTime() < measureUntil && chat.isOpen()) {
                        long sent = System.nanoTime();
                        ChatClient.Reply reply = chat.askAndWait(
                                "what was my revenue on " + periods.next(token) + "?", ANSWER_TIMEOUT);
                        if (sent >= measureFrom) {
                            samples.add(new Sample(sent - begin, reply, Latency.problemOf(reply, "revenue")));
                        }
                        pause(think, 0.5, 1.5);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    loopsDone.countDown();
                }
            });
        }
        Suite.progress(
                "load: %d sessions asking; warm-up %d s, then %d s measured",
                chats.size(),
                warmup.toSeconds(),
                time.toSeconds());
        sleepUntil(measureFrom);
        double cpuBefore = bot.cpuSeconds();
        double simBefore = sim.cpuSeconds();
        long cpuFrom = System.nanoTime();
        double heapMax = -1;
        while (System.nanoTime() < measureUntil) {
            heapMax = Math.max(heapMax, Jvm.heapMiB(setup.botHttp(port)));
            Thread.sleep(Math.min(1000, Math.max(1, (measureUntil - System.nanoTime()) / 1_000_000)));
        }
        double cpuAfter = bot.cpuSeconds();
        double simAfter = sim.cpuSeconds();
        double cpuWindow = (System.nanoTime() - cpuFrom) / 1e9;
        double rss = bot.rssMiB();
        if (!loopsDone.await(ANSWER_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            Suite.progress("load: some sessions still waiting after the measured time");
        }
        for (ChatClient chat : chats) {
            chat.close();
        }
        double cores = cpuBefore < 0 ? -1 : (cpuAfter - cpuBefore) / cpuWindow;
        return new Level(
                sessions,
                time.toNanos() / 1e9,
                List.copyOf(samples),
                failures.size(),
                cores,
                simBefore < 0 ? -1 : (simAfter - simBefore) / cpuWindow,
                heapMax,
                rss,
                criticalPath,
                think.toMillis());
    }

    /** Sleeps a random {@code low}..{@code high} times {@code think}; nothing when it is zero. */
    private static void pause(Duration think, double low, double high) throws InterruptedException {
        if (!think.isZero()) {
            double factor = low + java.util.concurrent.ThreadLocalRandom.current().nextDouble() * (high - low);
            Thread.sleep(Duration.ofNanos((long) (think.toNanos() * factor)));
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Duration.ofNanos(Math.min(left, 500_000_000L)));
        }
    }
}
