package io.poschat.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poschat.downstream.AnswerCache;
import io.poschat.downstream.DownstreamProperties;
import io.poschat.downstream.Service;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks this server questions over its own WebSocket once it is ready, as staff would, so that the
 * JIT has compiled the whole path (frames, understanding, calls, the simulator, answers) before
 * staff's first questions: a cold JVM spends about twice the CPU per answer, and a burst of
 * questions right after a start would otherwise queue. Only with the embedded simulator: asking
 * real services made-up questions is not ours to do. The questions are about days as staff and
 * their tools ask about them: half in the last three years, half anywhere since 1800 (the simulator
 * serves any day). Days of one era only (they were all in 1700) teach the JIT branches the first
 * real questions then leave: zone offsets with seconds before 1900, binary searches that always end
 * on the same side, a year's digits the classifier never read; the first crowd after the warm-up
 * paid for two seconds of recompiling (docs/benchmarks.md, finding 31). Afterwards the simulator's
 * call counters are reset, so its statistics start from the staff's first call, and the answers the
 * warm-up cached are forgotten: nobody asked those questions, and they would only sit in the heap.
 */
@Component
class WarmUp {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** What a session's question source gives when it has no more. */
    private static final int NO_MORE = -1;
    /** Under the per-session rate limit (5 a second), which the warm-up must not trip. */
    private static final Duration PACE = Duration.ofMillis(250);

    /**
     * How long a session that failed (auth slow on a cold JVM, its breaker then open) waits before
     * the next, times the failures in a row.
     */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** Failures in a row after which a warm-up session stops: the rest keep going. */
    private static final int GIVE_UP_AFTER = 5;

    /** The oldest day the warm-up asks about; the bench's days go back this far too. */
    private static final LocalDate OLDEST_DAY = LocalDate.of(1800, 1, 1);
    /** How far back "lately" goes: staff ask mostly about days of the last few years. */
    private static final int RECENT_DAYS = 3 * 365;
    /** How many times the warm-up asks what operators ask ({@link #askAsOperators}). */
    static final int OPERATOR_ROUNDS = 250;

    private static final List<String> QUESTIONS = List.of(
            "what was my revenue on %s?",
            "top 5 products on %s",
            "payment methods on %s",
            "how much did we make on %s?",
            "best sellers on %s",
            "what is low on stock?",
            "how many tables are free?",
            "what is the value of my stock?",
            "what orders are still open?",
            "how busy are we?");

    private final WarmUpProperties properties;
    private final DownstreamProperties downstream;
    private final AnswerCache answers;

    WarmUp(WarmUpProperties properties, DownstreamProperties downstream, AnswerCache answers) {
        this.properties = properties;
        this.downstream = downstream;
        this.answers = answers;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!properties.enabled()) {
            return;
        }
        boolean embedded = Arrays.stream(Service.values())
                .allMatch(service -> downstream.endpoint(service).onThisServer());
        if (!embedded || !(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            log.info("no warm-up: the services are real ones (chatbot.warm-up runs with the embedded simulator only)");
            return;
        }
        int port = web.getWebServer().getPort();
        Thread.ofVirtual().name("warm-up").start(() -> lowerCompilerPriority(run(port), CompilerThreads.JIT));
    }

    /**
     * Once the warm-up has compiled the hot paths, the JIT compiler threads ({@code compilers}) get the
     * nice value {@code chatbot.warm-up.compiler-nice}: what is left to compile (a method crossing
     * its threshold, code recompiled after a branch it had not seen) then waits for CPU that no answer
     * needs, instead of taking one of the cores in the middle of a burst of questions. Under steady
     * full load it still gets done, later (docs/benchmarks.md, finding 26). Not after a warm-up that
     * answered under half its questions: the code is not warm then.
     */
    void lowerCompilerPriority(Done done, Predicate<String> compilers) {
        int nice = properties.compilerNice();
        if (nice == 0) {
            return;
        }
        if (done.answered() < properties.questions() / 2) {
            log.info(
                    "JIT compiler threads left at their priority: the warm-up answered only {} of {} questions",
                    done.answered(),
                    properties.questions());
            return;
        }
        try {
            List<CompilerThreads.Task> threads = CompilerThreads.find(compilers);
            if (threads.isEmpty()) {
                log.info("JIT compiler threads left at their priority: none found (Linux lists them in /proc)");
                return;
            }
            CompilerThreads.Lowered result = CompilerThreads.lower(threads, nice);
            if (!result.lowered().isEmpty()) {
                log.info(
                        "JIT compiler threads at nice {} now ({}): what is left to compile waits for idle CPU",
                        nice,
                        names(result.lowered()));
            }
            if (!result.refused().isEmpty()) {
                log.warn("the OS refused nice {} for {}: they keep their priority", nice, names(result.refused()));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("could not lower the JIT compiler threads' priority ({}): they keep theirs", e.toString());
        }
    }

    private static String names(List<CompilerThreads.Task> threads) {
        return threads.stream().map(CompilerThreads.Task::name).collect(Collectors.joining(", "));
    }

    /**
     * What a warm-up did: the answers it got to its paced questions, the sessions it signed in per demo
     * user for them, the sessions that failed (refused at sign-in, or broken off) and were tried
     * again, and its rushes.
     */
    record Done(int answered, Map<String, Integer> sessionsByToken, int failedSessions, Rushes rushes) {}

    /** Runs the warm-up against {@code port}. */
    Done run(int port) {
        long started = System.nanoTime();
        log.info(
                "warming up: {} questions over {} sessions at a time on this server's own WebSocket, as {},"
                        + " a new session every {} questions",
                properties.questions(),
                properties.sessions(),
                String.join(", ", properties.tokens()),
                properties.questionsPerSession());
        HttpClient http = HttpClient.newHttpClient();
        try {
            return run(http, port, started);
        } finally {
            http.shutdownNow(); // its sockets are closed or idle by now; nothing to wait for
        }
    }

    private Done run(HttpClient http, int port, long started) {
        AtomicInteger answered = new AtomicInteger();
        Map<String, Integer> signedIn = new ConcurrentHashMap<>();
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> sessions = new ArrayList<>();
        for (int i = 0; i < properties.sessions(); i++) {
            int worker = i;
            sessions.add(Thread.ofVirtual()
                    .name("warm-up-" + i)
                    .start(() -> askUntilAllAsked(http, port, worker, asked, answered, failed, signedIn)));
        }
        for (Thread session : sessions) {
            try {
                session.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Done(answered.get(), Map.copyOf(signedIn), failed.get(), Rushes.NONE);
            }
        }
        // Operators' requests first: they deoptimize code the questions share with them, and the rushes
        // then get it compiled again; asked last, they left that to staff's first crowd (finding 32).
        askAsOperators(http, port);
        resetSimulatorCounters(http, port);
        Rushes rushes = rush(http, port);
        resetSimulatorCounters(http, port);
        long cached = answers.size();
        // Staff's own answers of the warm-up's half minute go too; each costs one call to fetch again.
        answers.forgetAll();
        log.info(
                "warm-up done: {} of {} questions answered over {} sessions, then {} in {} rushes{}, in {} ms;"
                        + " {} cached answers forgotten{}",
                answered.get(),
                properties.questions(),
                signedIn.values().stream().mapToInt(Integer::intValue).sum(),
                rushes.answered(),
                rushes.rushes(),
                rushes.rushes() == 0 || rushes.settled() ? "" : " (the JIT still busy)",
                (System.nanoTime() - started) / 1_000_000,
                cached,
                failed.get() == 0 ? "" : "; " + failed.get() + " sessions failed and were tried again");
        return new Done(answered.get(), Map.copyOf(signedIn), failed.get(), rushes);
    }

    /**
     * One warm-up worker: session after session, each signed in as the next demo user, until all
     * questions are asked. A failed session is tried again after a pause (auth may be slow on a cold
     * JVM, and its breaker then open for a while), as the next user; after five failures in a row
     * the worker stops, and the others go on.
     */
    private void askUntilAllAsked(
            HttpClient http,
            int port,
            int worker,
            AtomicInteger asked,
            AtomicInteger answered,
            AtomicInteger failed,
            Map<String, Integer> signedIn) {
        int inARow = 0;
        for (int opened = 0; asked.get() < properties.questions(); opened++) {
            List<String> tokens = properties.tokens();
            String token = tokens.get((worker + opened) % tokens.size());
            try {
                ask(http, port, token, asked, answered, () -> signedIn.merge(token, 1, Integer::sum));
                inARow = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failed.incrementAndGet();
                if (++inARow == GIVE_UP_AFTER) {
                    log.warn("a warm-up session stopped after {} failures in a row: {}", inARow, e.toString());
                    return;
                }
                log.debug("a warm-up session failed, trying again: {}", e.toString());
                try {
                    Thread.sleep(RETRY_AFTER.multipliedBy(inARow));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * The day the {@code n}-th question asks about: every other one within the last three years, the
     * rest anywhere from 1800 to yesterday. Drawn from {@code n}, so every warm-up asks the same.
     */
    static LocalDate day(int n) {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        var draw = new SplittableRandom(n);
        long span = n % 2 == 0 ? RECENT_DAYS : yesterday.toEpochDay() - OLDEST_DAY.toEpochDay();
        return yesterday.minusDays(draw.nextLong(span));
    }

    /** One session as {@code token}: up to {@code questionsPerSession} questions, then it closes. */
    private void ask(
            HttpClient http, int port, String token, AtomicInteger asked, AtomicInteger answered, Runnable signedIn)
            throws Exception {
        session(
                http,
                port,
                token,
                () -> {},
                properties.questionsPerSession(),
                () -> question(asked),
                PACE,
                answered,
                signedIn);
    }

    /** The number of the next paced question, or {@link #NO_MORE} once all are asked. */
    private int question(AtomicInteger asked) {
        int n = asked.getAndIncrement();
        return n < properties.questions() ? n : NO_MORE;
    }

    /**
     * One session as {@code token}: signs in, waits for {@code start}, then asks up to {@code count}
     * of the questions {@code next} numbers (fewer if it gives {@link #NO_MORE}), each at least {@code
     * pace} after the one before, and closes.
     */
    private void session(
            HttpClient http,
            int port,
            String token,
            Gate start,
            int count,
            IntSupplier next,
            Duration pace,
            AtomicInteger answered,
            Runnable signedIn)
            throws Exception {
        Inbox frames = new Inbox();
        WebSocket socket = http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/chat"), frames)
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        try {
            JsonNode ready = frames.next();
            if (!"ready".equals(ready.path("type").asText())) {
                throw new IllegalStateException("sign-in as " + token + " refused: " + ready);
            }
            signedIn.run();
            start.await();
            int n;
            for (int here = 0; here < count && (n = next.getAsInt()) != NO_MORE; here++) {
                long sent = System.nanoTime();
                String text = QUESTIONS.get(n % QUESTIONS.size()).formatted(day(n));
                socket.sendText(JSON.writeValueAsString(new Ask("ask", "w" + n, text)), true)
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
                JsonNode reply;
                do {
                    reply = frames.next();
                } while ("progress".equals(reply.path("type").asText()));
                if ("answer".equals(reply.path("type").asText())) {
                    answered.incrementAndGet();
                }
                long left = pace.toNanos() - (System.nanoTime() - sent);
                if (left > 0) {
                    Thread.sleep(Duration.ofNanos(left));
                }
            }
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "warm-up done");
        }
    }

    /** What a session waits for after signing in before it asks. */
    @FunctionalInterface
    private interface Gate {
        void await() throws InterruptedException;
    }

    /** What the rushes did: how many, the questions answered, and whether the JIT had settled. */
    record Rushes(int rushes, int answered, boolean settled) {
        /** No rush asked. */
        static final Rushes NONE = new Rushes(0, 0, false);
    }

    /**
     * Rushes (see {@link WarmUpProperties.Rush}) until the JIT compilers spend under a tenth of a
     * rush's time, or the most allowed. Each rush asks about days the ones before did not, and the
     * answers cached so far are forgotten first, so its questions make their calls as a crowd's
     * questions about new days do.
     */
    private Rushes rush(HttpClient http, int port) {
        WarmUpProperties.Rush rush = properties.rush();
        if (!rush.enabled()) {
            return Rushes.NONE;
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        AtomicInteger asked = new AtomicInteger(properties.questions());
        int answered = 0;
        for (int round = 1; round <= rush.max(); round++) {
            answers.forgetAll();
            long jitBefore = timed ? jit.getTotalCompilationTime() : 0;
            long started = System.nanoTime();
            int got = rushOnce(http, port, rush, asked);
            long took = (System.nanoTime() - started) / 1_000_000;
            long compiling = timed ? jit.getTotalCompilationTime() - jitBefore : 0;
            answered += got;
            boolean settled = timed && compiling * 10 < took;
            log.info(
                    "warm-up rush {} of at most {}: {} of {} questions answered, {} sessions at once, in {} ms; the JIT"
                            + " compiled for {}{}",
                    round,
                    rush.max(),
                    got,
                    rush.sessions() * rush.questionsPerSession(),
                    rush.sessions(),
                    took,
                    timed ? compiling + " ms" : "an unknown time (not measured by this JVM)",
                    settled ? ", under a tenth of the rush: settled" : "");
            if (settled || !timed) {
                return new Rushes(round, answered, settled);
            }
        }
        return new Rushes(rush.max(), answered, false);
    }

    /**
     * One rush: every session signs in, then all are released at once and ask their questions one
     * after another. Returns the answers.
     */
    private int rushOnce(HttpClient http, int port, WarmUpProperties.Rush rush, AtomicInteger asked) {
        CountDownLatch signedIn = new CountDownLatch(rush.sessions());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger answered = new AtomicInteger();
        List<Thread> sessions = new ArrayList<>();
        List<String> tokens = properties.tokens();
        for (int i = 0; i < rush.sessions(); i++) {
            String token = tokens.get(i % tokens.size());
            sessions.add(Thread.ofVirtual().name("warm-up-rush-" + i).start(() -> {
                boolean[] in = {false};
                Runnable counted = () -> {
                    in[0] = true;
                    signedIn.countDown();
                };
                try {
                    session(
                            http,
                            port,
                            token,
                            go::await,
                            rush.questionsPerSession(),
                            asked::getAndIncrement,
                            Duration.ZERO,
                            answered,
                            counted);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    log.debug("a warm-up rush session failed: {}", e.toString());
                } finally {
                    if (!in[0]) {
                        signedIn.countDown(); // a session that never signed in does not hold the rush
                    }
                }
            }));
        }
        try {
            signedIn.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            go.countDown();
            for (Thread session : sessions) {
                session.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answered.get();
    }

    /**
     * What operators and their tools ask a running server besides questions, {@value #OPERATOR_ROUNDS}
     * times: the simulator's latency settings (read, and put back as they were) and the actuator's
     * metrics and health. Their first requests would otherwise throw out compiled code the questions
     * share with them (Tomcat's request paths, Jackson's), and the questions right after would run
     * slower until the JIT caught up (docs/benchmarks.md, finding 27).
     */
    private static void askAsOperators(HttpClient http, int port) {
        String base = "http://127.0.0.1:" + port;
        try {
            for (int round = 0; round < OPERATOR_ROUNDS; round++) {
                String latency = get(http, base + "/sim/admin/latency");
                String profile = JSON.readTree(latency).path("profile").asText("custom");
                if (!"custom".equals(profile)) {
                    http.send(
                            HttpRequest.newBuilder(URI.create(base + "/sim/admin/latency"))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(
                                            JSON.writeValueAsString(Map.of("profile", profile))))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                get(http, base + "/actuator/metrics/process.cpu.time");
                get(http, base + "/actuator/metrics/jvm.compilation.time");
                get(http, base + "/actuator/health");
            }
            log.info("warm-up asked what operators ask {} times (latency settings, metrics, health)", OPERATOR_ROUNDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.warn("warm-up could not ask what operators ask: {}", e.toString());
        }
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static void resetSimulatorCounters(HttpClient http, int port) {
        try {
            http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sim/admin/stats"))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            log.warn("warm-up could not reset the simulator's call counters: {}", e.toString());
        }
    }

    private record Ask(String type, String id, String text) {}

    /** The frames one warm-up session receives, in order. */
    private static final class Inbox implements WebSocket.Listener {
        private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        JsonNode next() throws Exception {
            String frame = received.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (frame == null) {
                throw new IllegalStateException("no reply within " + WAIT.toSeconds() + " s");
            }
            return JSON.readTree(frame);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
