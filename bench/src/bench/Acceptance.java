package bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * The check a new user runs against an already running default server ({@code ./mvnw spring-boot:run}):
 * every service at 100 ms with no jitter through the admin API, 300 sessions at once each asking three
 * revenue questions for days nobody asked about, then the latency settings it found are put back.
 */
final class Acceptance {

    static final int SESSIONS = 300;
    static final int QUESTIONS = 3;
    static final List<String> SERVICES = List.of("auth", "pos", "inventory", "payment", "restaurant");

    /**
     * How the sessions pick their days. {@code SHARED}: every session of a tenant asks about the same
     * three new days at once (the cache is cold; identical questions share their calls).
     * {@code DISTINCT}: every question its own new day, 900 in all (nothing to share).
     */
    enum Days {
        SHARED("the same 3 new days for every session of a tenant"),
        DISTINCT("a new day for every question");

        final String words;

        Days(String words) {
            this.words = words;
        }
    }

    /**
     * {@code answered} counts every answer frame, partial ones too; {@code problems} says what was
     * wrong. {@code serverCpuMs} and {@code serverJitMs} are the server JVM's CPU and its compilers'
     * time while the questions ran (its actuator's {@code process.cpu.time} and
     * {@code jvm.compilation.time}), negative when it did not tell.
     */
    record Result(
            Days days,
            int asked,
            int answered,
            Map<String, Integer> problems,
            Stats e2e,
            int cachedCalls,
            double clientCpuMs,
            double serverCpuMs,
            double serverJitMs,
            double wallMs) {

        boolean passed() {
            return answered == asked && problems.isEmpty() && e2e.p(99) < 250;
        }
    }

    /** The ways of picking days asked for, in order, each on days no earlier run asked about. */
    static List<Result> run(String baseUrl, String admin, List<Days> ways) throws Exception {
        List<Result> results = new ArrayList<>();
        for (Days days : ways) {
            results.add(run(baseUrl, admin, days));
            // Let the machine settle, so that one check's tail does not count against the next.
            Thread.sleep(3000);
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    private static Result run(String baseUrl, String admin, Days days) throws Exception {
        String ws = baseUrl.replaceFirst("^http", "ws") + "/ws/chat";
        Map<String, Object> found;
        try {
            found = Json.object(Jvm.get(admin + "/latency"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot reach the simulator's admin API at " + admin + " (" + e
                    + "). Start the server first: ./mvnw spring-boot:run (or pass --sim-admin URL).");
        }
        Suite.progress("acceptance: latency profile found: %s; setting every service to 100 ms, jitter 0", found.get("profile"));
        try {
            for (String service : SERVICES) {
                Jvm.put(admin + "/latency", "{\"service\":\"" + service + "\",\"ms\":100,\"jitter_ms\":0}");
            }
            // Days nobody asked about: a random stretch of the pool, so that an earlier run's cache does not help.
            Periods periods = Periods.randomStart();
            Map<String, List<String>> shared = new java.util.HashMap<>();
            for (String token : Load.TOKENS) {
                List<String> three = new ArrayList<>();
                for (int q = 0; q < QUESTIONS; q++) {
                    three.add(periods.next(token).toString());
                }
                shared.put(token, three);
            }
            List<String> failures = new ArrayList<>();
            Suite.progress("acceptance: opening %d sessions on %s", SESSIONS, ws);
            List<ChatClient> chats = Load.open(ws, SESSIONS, Load.TOKENS, failures);
            Queue<ChatClient.Reply> replies = new ConcurrentLinkedQueue<>();
            Map<String, Integer> problems = new TreeMap<>();
            if (!failures.isEmpty()) {
                problems.put("session not opened (" + failures.getFirst() + ")", failures.size());
            }
            CountDownLatch go = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(chats.size());
            for (ChatClient chat : chats) {
                Thread.ofVirtual().start(() -> {
                    try {
                        go.await();
                        for (int q = 0; q < QUESTIONS; q++) {
                            String day = days == Days.SHARED
                                    ? shared.get(chat.token()).get(q)
                                    : periods.next(chat.token()).toString();
                            replies.add(chat.askAndWait("what was my revenue on " + day + "?", Duration.ofSeconds(15)));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            Suite.progress(
                    "acceptance: %d sessions ask %d questions each, all starting at once, about %s",
                    chats.size(),
                    QUESTIONS,
                    days.words);
            double serverCpuBefore = Jvm.metric(baseUrl, "process.cpu.time") / 1e6;
            double serverJitBefore = Jvm.metric(baseUrl, "jvm.compilation.time");
            long cpuBefore = ownCpuNanos();
            long wallBefore = System.nanoTime();
            go.countDown();
            done.await();
            double wallMs = (System.nanoTime() - wallBefore) / 1e6;
            double clientCpuMs = (ownCpuNanos() - cpuBefore) / 1e6;
            double serverCpuMs = difference(serverCpuBefore, Jvm.metric(baseUrl, "process.cpu.time") / 1e6);
            double serverJitMs = difference(serverJitBefore, Jvm.metric(baseUrl, "jvm.compilation.time"));
            chats.forEach(ChatClient::close);
            List<Double> e2e = new ArrayList<>();
            int cached = 0;
            for (ChatClient.Reply reply : replies) {
                if (!reply.answered()) {
                    problems.merge(reply.kind() + (reply.problem() == null ? "" : " " + reply.problem()), 1, Integer::sum);
                    continue;
                }
                e2e.add(reply.ms());
                cached += (int) reply.calls().stream().filter(ChatClient.Call::cached).count();
                if (!"revenue".equals(reply.intent())) {
                    problems.merge("answered as " + reply.intent(), 1, Integer::sum);
                } else if (reply.partial()) {
                    problems.merge("partial answer", 1, Integer::sum);
                }
            }
            return new Result(
                    days,
                    SESSIONS * QUESTIONS,
                    e2e.size(),
                    problems,
                    Stats.of(e2e),
                    cached,
                    clientCpuMs,
                    serverCpuMs,
                    serverJitMs,
                    wallMs);
        } finally {
            restore(admin, found);
        }
    }

    private static double difference(double before, double after) {
        return before < 0 || after < 0 ? -1 : after - before;
    }

    /** This JVM's CPU time so far (user + system), to show what the load client took of the cores. */
    private static long ownCpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(0L);
    }

    @SuppressWarnings("unchecked")
    private static void restore(String admin, Map<String, Object> found) {
        try {
            Object profile = found.get("profile");
            if (profile != null && !"custom".equals(profile)) {
                Jvm.put(admin + "/latency", "{\"profile\":" + Json.quote(profile.toString()) + "}");
            } else {
                Map<String, Object> services = (Map<String, Object>) found.get("services");
                for (var entry : services.entrySet()) {
                    Map<String, Object> delay = (Map<String, Object>) entry.getValue();
                    Jvm.put(
                            admin + "/latency",
                            "{\"service\":" + Json.quote(entry.getKey()) + ",\"ms\":"
                                    + ((Number) delay.get("ms")).intValue() + ",\"jitter_ms\":"
                                    + ((Number) delay.get("jitter_ms")).intValue() + "}");
                }
            }
            Suite.progress("acceptance: latency settings put back (%s)", profile);
        } catch (Exception e) {
            try {
                Jvm.put(admin + "/latency", "{\"profile\":\"realistic\"}");
                Suite.progress("acceptance: could not put the old settings back (%s); set the realistic profile", e.getMessage());
            } catch (Exception again) {
                Suite.progress("acceptance: could not restore the latency profile: %s", again.getMessage());
            }
        }
    }
}
