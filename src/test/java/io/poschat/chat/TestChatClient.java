package io.poschat.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) that collects frames, for protocol tests. */
final class TestChatClient implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static TestChatClient connect(int port, String bearerToken) throws Exception {
        return connect(port, bearerToken, null);
    }

    /**
     * @param origin the {@code Origin} header a browser would send, or null for none (like scripts)
     * @throws java.util.concurrent.ExecutionException with a {@link java.net.http.WebSocketHandshakeException}
     *     when the server refuses the handshake
     */
    static TestChatClient connect(int port, String bearerToken, String origin) throws Exception {
        TestChatClient client = new TestChatClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        client.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/chat"), client)
                .get(5, TimeUnit.SECONDS);
        return client;
    }

    void send(String text) throws Exception {
        socket.sendText(text, true).get(5, TimeUnit.SECONDS);
    }

    void sendBinary(byte[] bytes) throws Exception {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).get(5, TimeUnit.SECONDS);
    }

    void ask(String id, String text) throws Exception {
        send(JSON.writeValueAsString(java.util.Map.of("type", "ask", "id", id, "text", text)));
    }

    /** The next frame, skipping progress frames unless asked for. */
    JsonNode next() throws InterruptedException {
        while (true) {
            JsonNode frame = nextFrame();
            if (!"progress".equals(frame.path("type").asText())) {
                return frame;
            }
        }
    }

    JsonNode nextFrame() throws InterruptedException {
        JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame within 10 s");
        }
        return frame;
    }

    /** The close status code the server sent, waiting up to {@code wait}. */
    int closeCode(Duration wait) throws Exception {
        return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isOpen() {
        return !closed.isDone() && !socket.isInputClosed();
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                frames.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                throw new AssertionError("server sent a frame that is not JSON: " + partial, e);
            }
            partial.setLength(0);
        }
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
