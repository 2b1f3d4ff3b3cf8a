package bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * Scenario 3: sessions of one tenant ask the same new question at the same instant (a latch); the
 * simulator's counters say how many upstream calls that made, and the latency is set beside that of
 * a single question.
 */
final class Coalescing {

    record Result(
            int sessions,
            Map<String, Integer> upstreamCalls,
            List<Double> together,
            List<String> problems,
            List<Double> single) {

        boolean onePerEndpoint() {
            return upstreamCalls.equals(Map.of("pos GET /orders", 1, "payment GET /payments/total", 1));
        }
    }

    static Result run(Setup setup, int port, Periods periods) throws Exception {
        String token = Latency.TOKEN;
        Suite.progress("coalescing: opening %d sessions of one tenant", setup.coalescingSessions());
        List<String> failures = new ArrayList<>();
        List<ChatClient> sessions =
                Load.open(setup.botWs(port), setup.coalescingSessions(), List.of(token), failures);
        if (!failures.isEmpty()) {
            sessions.forEach(ChatClient::close);
            throw new IllegalStateException(failures.size() + " sessions failed to open, e.g. " + failures.getFirst());
        }
        // A warm-up question each, so that the instant is not blurred by first-use costs.
        try (var warm = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (ChatClient chat : sessions) {
                warm.submit(() -> chat.askAndWait("how many tables are free?", Duration.ofSeconds(30)));
            }
        }
        LocalDate day = periods.next(token);
        String question = "what was my revenue on " + day + "?";
        Jvm.delete(setup.simAdmin() + "/stats");
        Queue<Double> together = new ConcurrentLinkedQueue<>();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        CountDownLatch ready = new CountDownLatch(sessions.size());
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(sessions.size());
        for (ChatClient chat : sessions) {
            Thread.ofVirtual().start(() -> {
                try {
                    ready.countDown();
                    go.await();
                    ChatClient.Reply reply = chat.askAndWait(question, Duration.ofSeconds(30));
                    if (reply.answered() && !reply.partial()) {
                        together.add(reply.ms());
                    } else {
                        problems.add(reply.kind() + " " + reply.problem() + (reply.partial() ? " partial" : ""));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        ready.await();
        Suite.progress("coalescing: %d sessions ask \"%s\" at once", sessions.size(), question);
        go.countDown();
        done.await();
        Map<String, Integer> calls = upstreamCalls();
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ChatClient.Reply reply = sessions.getFirst()
                    .askAndWait("what was my revenue on " + periods.next(token) + "?", Duration.ofSeconds(30));
            if (reply.answered()) {
                single.add(reply.ms());
            }
        }
        for (ChatClient chat : sessions) {
            chat.close();
        }
        return new Result(sessions.size(), calls, List.copyOf(together), List.copyOf(problems), single);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> upstreamCalls() throws Exception {
        Map<String, Object> stats = Json.object(Jvm.get(Suite.setup().simAdmin() + "/stats"));
        Map<String, Integer> calls = new TreeMap<>();
        ((Map<String, Object>) stats.get("calls"))
                .forEach((endpoint, n) -> calls.put(endpoint, ((Number) n).intValue()));
        calls.values().removeIf(n -> n == 0);
        return calls;
    }
}
