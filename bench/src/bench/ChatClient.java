package bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One chat session over the real WebSocket protocol (docs/protocol.md): signs in with the token in
 * the handshake, waits for {@code ready}, then asks questions and hands back their answers (or
 * error frames) with the time from sending the {@code ask} to receiving the answer.
 */
final class ChatClient implements Wire.Receiver {

    /** What came back for one question. {@code kind} is answer, clarify, error, timeout or dropped. */
    record Reply(String kind, String id, long nanos, Map<String, Object> frame, String problem) {

        boolean answered() {
            return kind.equals("answer");
        }

        String intent() {
            return frame == null ? null : (String) frame.get("intent");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> meta() {
            return frame == null ? Map.of() : (Map<String, Object>) frame.getOrDefault("meta", Map.of());
        }

        boolean partial() {
            return Boolean.TRUE.equals(meta().get("partial"));
        }

        @SuppressWarnings("unchecked")
        List<Call> calls() {
            List<Call> calls = new ArrayList<>();
            for (Object o : (List<Object>) meta().getOrDefault("calls", List.of())) {
                Map<String, Object> c = (Map<String, Object>) o;
                calls.add(new Call(
                        (String) c.get("service"),
                        (String) c.get("endpoint"),
                        (String) c.get("status"),
                        ((Number) c.get("started_ms")).longValue(),
                        ((Number) c.get("ms")).longValue(),
                        Boolean.TRUE.equals(c.get("cached"))));
            }
            return calls;
        }

        double ms() {
            return nanos / 1e6;
        }
    }

    record Call(String service, String endpoint, String status, long startedMs, long ms, boolean cached) {}

    private static final AtomicLong IDS = new AtomicLong();

    private final CompletableFuture<Map<String, Object>> ready = new CompletableFuture<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private volatile Wire.Connection socket;
    private volatile String closedBecause;
    /** The ping waiting for its pong, if any. */
    private volatile CompletableFuture<Long> pong;
    private String token;

    private record Pending(long sentNanos, CompletableFuture<Reply> reply) {}

    private ChatClient() {}

    /**
     * Opens a session and waits until the server says {@code ready}. When the server cannot check
     * the token right now (an {@code internal} error, closing 1013) it tries again with backoff, as
     * docs/protocol.md tells clients to; a refused token fails at once.
     */
    static ChatClient open(String wsUrl, String token, Duration timeout) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return openOnce(wsUrl, token, timeout);
            } catch (TryLater e) {
                if (attempt == 3) {
                    throw e;
                }
                Thread.sleep(250L * attempt);
            }
        }
    }

    /** The server could not sign the session in right now; another attempt may work. */
    static final class TryLater extends IllegalStateException {
        TryLater(String message) {
            super(message);
        }
    }

    private static ChatClient openOnce(String wsUrl, String token, Duration timeout) throws Exception {
        ChatClient client = new ChatClient();
        client.token = token;
        client.socket = Wire.connect(URI.create(wsUrl), Map.of("Authorization", "Bearer " + token), client, timeout);
        Map<String, Object> first = client.ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!"ready".equals(first.get("type"))) {
            client.close();
            if ("internal".equals(first.get("code"))) {
                throw new TryLater("sign-in failed 3 times: " + first);
            }
            throw new IllegalStateException("sign-in refused: " + first);
        }
        return client;
    }

    /** A ping frame's round trip to the pong: the WebSocket both ways and the server's frame handling. */
    Duration ping(Duration timeout) throws Exception {
        CompletableFuture<Long> waiting = new CompletableFuture<>();
        pong = waiting;
        long sent = System.nanoTime();
        socket.sendText("{\"type\":\"ping\"}");
        return Duration.ofNanos(waiting.get(timeout.toMillis(), TimeUnit.MILLISECONDS) - sent);
    }

    /** Sends a question; the future completes with its answer, an error frame, or a drop. */
    CompletableFuture<Reply> ask(String text) {
        String id = "b" + IDS.incrementAndGet();
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        String why = closedBecause;
        if (why != null) {
            reply.complete(new Reply("dropped", id, 0, null, why));
            return reply;
        }
        long sent = System.nanoTime();
        pending.put(id, new Pending(sent, reply));
        String frame = "{\"type\":\"ask\",\"id\":" + Json.quote(id) + ",\"text\":" + Json.quote(text) + "}";
        try {
            socket.sendText(frame);
        } catch (IOException e) {
            finish(id, "dropped", null, "send failed: " + e);
        }
        return reply;
    }

    /** Waits for the answer to {@code text}, at most {@code timeout}. */
    Reply askAndWait(String text, Duration timeout) throws InterruptedException {
        CompletableFuture<Reply> reply = ask(text);
        try {
            return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return new Reply("timeout", null, timeout.toNanos(), null, "no answer within " + timeout.toMillis() + " ms");
        } catch (java.util.concurrent.ExecutionException e) {
            return new Reply("dropped", null, 0, null, String.valueOf(e.getCause()));
        }
    }

    /** The token this session signed in with (its tenant's). */
    String token() {
        return token;
    }

    boolean isOpen() {
        return closedBecause == null;
    }

    void close() {
        closedBecause = "closed by the client";
        Wire.Connection ws = socket;
        if (ws != null) {
            ws.close();
        }
    }

    @Override
    public void onText(String text, long readNanos) {
        if (text.startsWith("{\"type\":\"progress\"")) {
            return; // two of an answer's three frames, and nothing to wait for: not worth parsing
        }
        try {
            onFrame(Json.object(text), readNanos);
        } catch (RuntimeException e) {
            System.err.println("bench: unreadable frame: " + e.getMessage());
        }
    }

    private void onFrame(Map<String, Object> frame, long now) {
        String type = String.valueOf(frame.get("type"));
        Object id = frame.get("id");
        if (!ready.isDone() && (type.equals("ready") || type.equals("error"))) {
            ready.complete(frame);
            return;
        }
        switch (type) {
            case "answer", "clarify" -> finish((String) id, type, frame, null, now);
            case "error" -> {
                if (id == null) {
                    System.err.println("bench: error frame without id: " + frame);
                } else {
                    finish((String) id, "error", frame, (String) frame.get("code"), now);
                }
            }
            case "pong" -> {
                CompletableFuture<Long> waiting = pong;
                if (waiting != null) {
                    waiting.complete(now);
                }
            }
            default -> {} // progress
        }
    }

    private void finish(String id, String kind, Map<String, Object> frame, String problem) {
        finish(id, kind, frame, problem, System.nanoTime());
    }

    private void finish(String id, String kind, Map<String, Object> frame, String problem, long now) {
        Pending p = id == null ? null : pending.remove(id);
        if (p != null) {
            p.reply.complete(new Reply(kind, id, now - p.sentNanos, frame, problem));
        }
    }

    @Override
    public void onClosed(String why) {
        dropAll(why);
    }

    private void dropAll(String why) {
        if (closedBecause == null) {
            closedBecause = why;
        }
        ready.complete(Map.of("type", "closed", "why", why));
        for (String id : List.copyOf(pending.keySet())) {
            finish(id, "dropped", null, why);
        }
    }
}
