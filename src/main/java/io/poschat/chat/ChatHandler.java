package io.poschat.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poschat.conversation.ErrorCode;
import io.poschat.conversation.LimitsProperties;
import io.poschat.conversation.Outcome;
import io.poschat.conversation.QuestionHandler;
import io.poschat.conversation.Session;
import io.poschat.conversation.SignIn;
import jakarta.annotation.PreDestroy;
import jakarta.websocket.RemoteEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * {@code /ws/chat}: carries the protocol's frames and nothing else. Each question runs on its own
 * virtual thread, so a ping or a second question is never stuck behind a slow answer, and closing
 * the socket cancels the questions still running (and so their downstream calls).
 */
@Component
class ChatHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatHandler.class);
    /** Closes a socket whose client sent nothing for {@code chatbot.chat.idle-timeout}. */
    static final CloseStatus IDLE = new CloseStatus(4408, "idle timeout");

    private final QuestionHandler questions;
    private final SignIn signIn;
    private final Frames frames;
    private final ObjectMapper json;
    private final ChatProperties properties;
    private final LimitsProperties limits;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    /** Sockets counted against {@code chatbot.limits.max-sessions}: every open one but the refused. */
    private final AtomicInteger open = new AtomicInteger();

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("chat-timer").factory());

    ChatHandler(
            QuestionHandler questions,
            SignIn signIn,
            Frames frames,
            ObjectMapper json,
            ChatProperties properties,
            LimitsProperties limits) {
        this.questions = questions;
        this.signIn = signIn;
        this.frames = frames;
        this.json = json;
        this.properties = properties;
        this.limits = limits;
        long sweepEvery = Math.clamp(properties.idleTimeout().toMillis() / 4, 50, 30_000);
        timers.scheduleWithFixedDelay(this::closeIdle, sweepEvery, sweepEvery, TimeUnit.MILLISECONDS);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession socket) {
        // One thread at a time writes the frames of this socket, so the raw session needs no locking.
        Connection connection = new Connection(socket, properties.maxFrameBytes());
        connections.put(socket.getId(), connection);
        if (open.incrementAndGet() > limits.maxSessions()) {
            // Full: this socket alone is told to come back later; the open ones go on as before.
            open.decrementAndGet();
            connection.refused = true;
            send(
                    connection,
                    frames.error(
                            null,
                            ErrorCode.RATE_LIMITED,
                            "I'm holding as many conversations as I can right now. Try again in a minute."));
            close(connection, CloseStatus.SERVICE_OVERLOAD.withReason("too many sessions"));
            return;
        }
        String header = socket.getHandshakeHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        var bearer = BearerToken.from(header);
        if (bearer.isPresent()) {
            authenticate(connection, bearer.get());
            return;
        }
        timers.schedule(
                () -> {
                    if (connection.session == null && !connection.signingIn && connection.socket.isOpen()) {
                        refuseAndClose(
                                connection,
                                null,
                                "No sign-in within " + properties.authTimeout().toSeconds()
                                        + " s. Send an auth frame first.");
                    }
                },
                properties.authTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Frames longer than Tomcat's small per-socket buffers come in parts ({@link FrameParts}). */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession socket, TextMessage message) {
        Connection connection = connections.get(socket.getId());
        if (connection == null || connection.refused) {
            return;
        }
        connection.heard();
        String text = connection.parts.text(message.getPayload(), message.isLast());
        if (text == null) {
            closeIfTooLong(connection);
            return;
        }
        JsonNode frame;
        try {
            frame = json.readTree(text);
        } catch (IOException e) {
            send(
                    connection,
                    frames.error(
                            null, ErrorCode.BAD_REQUEST, "That frame is not JSON. Send one JSON object per frame."));
            return;
        }
        if (frame == null || !frame.isObject()) {
            send(
                    connection,
                    frames.error(null, ErrorCode.BAD_REQUEST, "A frame must be a JSON object with a \"type\"."));
            return;
        }
        String id = frame.path("id").isTextual() ? frame.get("id").asText() : null;
        JsonNode type = frame.get("type");
        if (type == null || !type.isTextual()) {
            send(
                    connection,
                    frames.error(id, ErrorCode.BAD_REQUEST, "A frame needs a string \"type\": auth, ask or ping."));
            return;
        }
        switch (type.asText()) {
            case "ping" -> send(connection, frames.pong());
            case "auth" -> onAuth(connection, frame, id);
            case "ask" -> onAsk(connection, frame, id);
            default ->
                send(
                        connection,
                        frames.error(
                                id,
                                ErrorCode.BAD_REQUEST,
                                "Unknown frame type \"" + shortened(type.asText()) + "\". Use auth, ask or ping."));
        }
    }

    private void onAuth(Connection connection, JsonNode frame, String id) {
        if (connection.session != null) {
            send(connection, frames.error(id, ErrorCode.BAD_REQUEST, "This session is already signed in."));
            return;
        }
        JsonNode token = frame.get("token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            send(
                    connection,
                    frames.error(id, ErrorCode.BAD_REQUEST, "An auth frame needs a non-empty string \"token\"."));
            return;
        }
        authenticate(connection, token.asText());
    }

    private void authenticate(Connection connection, String token) {
        connection.signingIn = true;
        try {
            switch (signIn.signIn(token, UUID.randomUUID().toString())) {
                case SignIn.Result.SignedIn signedIn -> {
                    connection.session = signedIn.session();
                    send(connection, frames.ready(signedIn.session().user()));
                }
                case SignIn.Result.Rejected rejected -> refuseAndClose(connection, null, rejected.message());
                case SignIn.Result.Unavailable unavailable -> {
                    // The token may be fine: the client should come back later, still signed in.
                    send(connection, frames.error(null, ErrorCode.INTERNAL, unavailable.message()));
                    close(connection, CloseStatus.SERVICE_OVERLOAD.withReason("auth unavailable"));
                }
            }
        } finally {
            connection.signingIn = false;
        }
    }

    private void onAsk(Connection connection, JsonNode frame, String id) {
        Session session = connection.session;
        if (session == null) {
            refuseAndClose(connection, id, "Sign in before asking: send an auth frame first.");
            return;
        }
        JsonNode idNode = frame.get("id");
        JsonNode text = frame.get("text");
        if (idNode == null || !idNode.isTextual()) {
            send(connection, frames.error(null, ErrorCode.BAD_REQUEST, "An ask frame needs a string \"id\"."));
            return;
        }
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            send(
                    connection,
                    frames.error(id, ErrorCode.BAD_REQUEST, "An ask frame needs a non-empty string \"text\"."));
            return;
        }
        if (text.asText().getBytes(StandardCharsets.UTF_8).length > properties.maxQuestionBytes()) {
            send(
                    connection,
                    frames.error(
                            id,
                            ErrorCode.TOO_LARGE,
                            "That question is too long. Keep it under " + properties.maxQuestionBytes() / 1024
                                    + " KiB."));
            return;
        }
        Thread worker = Thread.ofVirtual()
                .name("question-" + id)
                .unstarted(() -> answer(connection, session, id, text.asText()));
        connection.running.add(worker);
        worker.start();
        if (!connection.socket.isOpen()) {
            worker.interrupt(); // the socket closed while this question was being set up
        }
    }

    private void answer(Connection connection, Session session, String id, String text) {
        try {
            Outcome outcome = questions.ask(session, text, call -> send(connection, frames.progress(id, call)));
            // Written here, not handed to the sender: one wake-up less between the answer and the wire.
            sendHere(connection, frames.outcome(id, outcome));
            if (outcome instanceof Outcome.Refused refused && refused.code() == ErrorCode.UNAUTHENTICATED) {
                close(connection, CloseStatus.POLICY_VIOLATION);
            }
        } catch (InterruptedException e) {
            log.debug("question {} cancelled: the socket closed", id);
        } finally {
            connection.running.remove(Thread.currentThread());
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession socket, BinaryMessage message) {
        Connection connection = connections.get(socket.getId());
        if (connection == null || connection.refused) {
            return;
        }
        connection.heard();
        if (connection.parts.binary(message.getPayloadLength(), message.isLast())) {
            send(
                    connection,
                    frames.error(null, ErrorCode.BAD_REQUEST, "Send text frames holding JSON, not binary ones."));
        } else {
            closeIfTooLong(connection);
        }
    }

    /** As Tomcat would for a frame over its buffer: 1009, and nothing more is read. */
    private void closeIfTooLong(Connection connection) {
        if (connection.parts.over()) {
            close(
                    connection,
                    CloseStatus.TOO_BIG_TO_PROCESS.withReason(
                            "frames are limited to " + properties.maxFrameBytes() + " bytes"));
        }
    }

    /** A client's own text quoted back in a message, cut short so a huge one is not sent back whole. */
    private static String shortened(String text) {
        if (text.codePointCount(0, text.length()) <= 40) {
            return text;
        }
        // Cut between code points: half an emoji is not text, and Tomcat refuses to send it.
        return text.substring(0, text.offsetByCodePoints(0, 40)) + "…";
    }

    /** Closes the sockets whose client has been silent for the idle timeout (pings count as heard). */
    private void closeIdle() {
        long now = System.nanoTime();
        long limit = properties.idleTimeout().toNanos();
        try {
            for (Connection connection : connections.values()) {
                if (!connection.idleClosing && now - connection.lastHeard > limit && connection.socket.isOpen()) {
                    connection.idleClosing = true;
                    close(connection, IDLE);
                }
            }
        } catch (RuntimeException e) {
            // A periodic task that throws is never run again: keep the sweep alive.
            log.warn("idle sweep failed: {}", e.toString());
        }
    }

    @PreDestroy
    void stopTimers() {
        timers.shutdownNow();
    }

    @Override
    public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) {
        Connection connection = connections.remove(socket.getId());
        if (connection != null) {
            if (!connection.refused) {
                open.decrementAndGet();
            }
            connection.closed();
        }
    }

    /**
     * Sockets open now, signed in or not yet, less those being turned away for want of room: the
     * {@code chatbot_sessions_active} gauge, and what {@code chatbot.limits.max-sessions} bounds.
     */
    int openSessions() {
        return open.get();
    }

    @Override
    public void handleTransportError(WebSocketSession socket, Throwable exception) {
        log.debug("transport error on {}: {}", socket.getId(), exception.toString());
    }

    private void refuseAndClose(Connection connection, String id, String message) {
        send(connection, frames.error(id, ErrorCode.UNAUTHENTICATED, message));
        close(connection, CloseStatus.POLICY_VIOLATION.withReason("unauthenticated"));
    }

    /**
     * Queues a frame for the connection's sender. Frames are written in the order they were queued
     * (those queued together in one write), and never by a question's branches: a branch cancelled at
     * the deadline is interrupted, and Tomcat closes the whole socket when a write is interrupted.
     */
    private void send(Connection connection, Map<String, Object> frame) {
        connection.outbox(new Frame(connection, frames.write(frame)), false);
    }

    /**
     * Queues a frame and writes it, with any queued before it, on this thread unless another thread
     * is writing already: for the question's own thread, which nothing interrupts but the socket
     * closing.
     */
    private void sendHere(Connection connection, Map<String, Object> frame) {
        connection.outbox(new Frame(connection, frames.write(frame)), true);
    }

    /** A text frame to write. */
    private record Frame(Connection connection, String text) implements Runnable {
        @Override
        public void run() {
            try {
                if (connection.socket.isOpen()) {
                    connection.socket.sendMessage(new TextMessage(text));
                }
            } catch (IOException | RuntimeException e) {
                // Whatever went wrong with this frame, the sender lives on for the next ones.
                log.warn("could not send a frame: {}", e.toString());
            }
        }
    }

    /** Closes the socket once every frame queued before has been written. */
    private static void close(Connection connection, CloseStatus status) {
        connection.outbox(
                () -> {
                    try {
                        connection.socket.close(status);
                    } catch (IOException e) {
                        log.debug("could not close: {}", e.toString());
                    }
                },
                false);
    }

    /** One socket: its own sender, its session once signed in, its questions running. */
    private static final class Connection {
        private final WebSocketSession socket;
        private volatile Session session;
        private volatile boolean signingIn;
        /** Refused for want of room: reads nothing, and is not counted. */
        private volatile boolean refused;

        private volatile long lastHeard = System.nanoTime();
        private volatile boolean idleClosing;
        private final Set<Thread> running = ConcurrentHashMap.newKeySet();
        /** The frame being read, when it comes in parts; Tomcat's reading thread only. */
        private final FrameParts parts;

        /** Frames and closes to write, in order; one thread at a time drains them. */
        private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();

        private final AtomicBoolean draining = new AtomicBoolean();
        private final ExecutorService sender = Executors.newSingleThreadExecutor(
                Thread.ofVirtual().name("chat-sender").factory());

        Connection(WebSocketSession socket, int maxFrameBytes) {
            this.socket = socket;
            this.parts = new FrameParts(maxFrameBytes);
        }

        void heard() {
            lastHeard = System.nanoTime();
        }

        /**
         * Queues {@code write} and has it run after everything queued before it: on this thread if
         * {@code here} and no other thread is draining, else on the sender.
         */
        void outbox(Runnable write, boolean here) {
            pending.add(write);
            if (here) {
                drain();
                return;
            }
            try {
                sender.execute(() -> {
                    Thread.yield(); // the question may be about to queue its answer: write them together
                    drain();
                });
            } catch (RejectedExecutionException closed) {
                // The socket is gone; so is whoever would have read this frame.
            }
        }

        /** Runs queued writes until none is left, unless another thread is at it. */
        private void drain() {
            // Checked again after letting go: a write queued while this thread was finishing is not left behind.
            while (!pending.isEmpty() && draining.compareAndSet(false, true)) {
                try {
                    for (Runnable next = pending.poll(); next != null; next = pending.poll()) {
                        if (next instanceof Frame first && pending.peek() instanceof Frame) {
                            writeTogether(first);
                        } else {
                            next.run();
                        }
                    }
                } finally {
                    draining.set(false);
                }
            }
        }

        /**
         * Writes {@code first} and the frames queued right behind it in one batch: one write to the
         * socket instead of one each (an answer's progress frames and the answer itself are often
         * ready together, most of all under load). Batching is on only while this runs, so that
         * Tomcat's own control frames (a pong) are never held back. Only this drainer takes from the
         * queue, so what it peeks at is what it polls.
         */
        private void writeTogether(Frame first) {
            RemoteEndpoint.Basic remote = remote();
            if (remote == null) {
                first.run();
                return;
            }
            try {
                remote.setBatchingAllowed(true);
                try {
                    first.run();
                    while (pending.peek() instanceof Frame) {
                        pending.poll().run();
                    }
                } finally {
                    remote.setBatchingAllowed(false); // writes the batch
                }
            } catch (IOException | RuntimeException e) {
                log.warn("could not send frames: {}", e.toString());
            }
        }

        /** The container's endpoint behind the socket, when it is a Jakarta WebSocket one. */
        private RemoteEndpoint.Basic remote() {
            return socket instanceof NativeWebSocketSession outer
                            && outer.getNativeSession() instanceof jakarta.websocket.Session inner
                    ? inner.getBasicRemote()
                    : null;
        }

        void closed() {
            running.forEach(Thread::interrupt);
            sender.shutdown();
        }
    }
}
