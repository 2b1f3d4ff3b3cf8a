package bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The load client's WebSockets (RFC 6455, text frames, as docs/protocol.md uses them): every
 * session's socket is read by one selector thread, which stamps each frame with the time its bytes
 * were read and hands it on; sessions send from their own virtual threads.
 *
 * <p>Why not the JDK's {@code HttpClient} WebSocket, which the suite used before: it hands every
 * frame to its executor, so each of an answer's three frames (two progress, one answer) woke a
 * thread. With 300 sessions answered at once that cost the client 0.4–0.7 s of CPU per acceptance
 * check, on the two cores the server needs. Here a burst of frames is one {@code select} and one
 * {@code read} per socket, and only an answer wakes its session (docs/benchmarks.md, finding 26).
 */
final class Wire {

    /** What a connection's frames go to: called on the selector thread, so it must not block. */
    interface Receiver {
        /** A whole text message, and when its last bytes were read ({@link System#nanoTime}). */
        void onText(String text, long readNanos);

        /** The connection ended; no more frames will come. */
        void onClosed(String why);
    }

    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int OP_CONTINUATION = 0x0, OP_TEXT = 0x1, OP_BINARY = 0x2;
    private static final int OP_CLOSE = 0x8, OP_PING = 0x9, OP_PONG = 0xA;
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private static volatile Wire shared;

    private final Selector selector;
    private final Queue<Connection> toRegister = new ConcurrentLinkedQueue<>();

    private Wire() throws IOException {
        selector = Selector.open();
        Thread.ofPlatform().name("wire-reader").daemon().start(this::readForever);
    }

    private static Wire shared() throws IOException {
        Wire wire = shared;
        if (wire == null) {
            synchronized (Wire.class) {
                if (shared == null) {
                    shared = new Wire();
                }
                wire = shared;
            }
        }
        return wire;
    }

    /**
     * Connects to {@code ws://host:port/path} with {@code headers} in the handshake and returns once
     * the server has switched protocols (101). Frames that follow go to {@code receiver}.
     */
    static Connection connect(URI uri, Map<String, String> headers, Receiver receiver, Duration timeout)
            throws Exception {
        if (!"ws".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only ws:// URLs, not " + uri);
        }
        Wire wire = shared();
        SocketChannel channel = SocketChannel.open();
        try {
            channel.socket().connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) timeout.toMillis());
            channel.socket().setTcpNoDelay(true);
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String key = Base64.getEncoder().encodeToString(nonce);
            StringBuilder request = new StringBuilder()
                    .append("GET ")
                    .append(uri.getRawPath())
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(uri.getHost())
                    .append(':')
                    .append(uri.getPort())
                    .append("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
                    .append("Sec-WebSocket-Key: ")
                    .append(key)
                    .append("\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            ByteBuffer out = ByteBuffer.wrap(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.configureBlocking(false);
            Connection connection = new Connection(wire, channel, receiver, accept(key));
            wire.toRegister.add(connection);
            wire.selector.wakeup();
            connection.upgraded.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return connection;
        } catch (Exception e) {
            channel.close();
            throw e;
        }
    }

    private static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readForever() {
        while (true) {
            try {
                selector.select();
                for (Connection c; (c = toRegister.poll()) != null; ) {
                    c.channel.register(selector, SelectionKey.OP_READ, c);
                }
                long now = System.nanoTime();
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection connection = (Connection) key.attachment();
                    try {
                        connection.readable(now);
                    } catch (IOException | RuntimeException e) {
                        key.cancel();
                        connection.ended("socket error: " + e);
                    }
                }
                selector.selectedKeys().clear();
            } catch (IOException | RuntimeException e) {
                // One connection's trouble must not end the thread that reads all of them.
                System.err.println("bench: the WebSocket reader failed: " + e);
            }
        }
    }

    /** One WebSocket. Sends from any thread (one frame at a time); reads on the selector thread. */
    static final class Connection {
        private final Wire wire;
        private final SocketChannel channel;
        private final Receiver receiver;
        private final String expectedAccept;
        private final CompletableFuture<Void> upgraded = new CompletableFuture<>();
        private final ReentrantLock sending = new ReentrantLock();
        private final ByteArrayOutputStream message = new ByteArrayOutputStream();
        private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        private volatile boolean ended;

        private Connection(Wire wire, SocketChannel channel, Receiver receiver, String expectedAccept) {
            this.wire = wire;
            this.channel = channel;
            this.receiver = receiver;
            this.expectedAccept = expectedAccept;
        }

        /** Sends one text message as a single masked frame. */
        void sendText(String text) throws IOException {
            send(OP_TEXT, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Sends a close frame (1000) and closes the socket; frames still on their way are dropped. */
        void close() {
            if (ended) {
                return;
            }
            try {
                send(OP_CLOSE, new byte[] {0x03, (byte) 0xE8, 'b', 'y', 'e'});
            } catch (IOException ignored) {
                // closing anyway
            }
            ended("closed by the client");
        }

        private void send(int opcode, byte[] payload) throws IOException {
            if (ended) {
                throw new IOException("the connection is closed");
            }
            int length = payload.length;
            int header = 2 + (length < 126 ? 0 : length < 65536 ? 2 : 8) + 4;
            ByteBuffer frame = ByteBuffer.allocate(header + length);
            frame.put((byte) (0x80 | opcode));
            if (length < 126) {
                frame.put((byte) (0x80 | length));
            } else if (length < 65536) {
                frame.put((byte) (0x80 | 126)).putShort((short) length);
            } else {
                frame.put((byte) (0x80 | 127)).putLong(length);
            }
            byte[] mask = new byte[4];
            ThreadLocalRandom.current().nextBytes(mask);
            frame.put(mask);
            for (int i = 0; i < length; i++) {
                frame.put((byte) (payload[i] ^ mask[i & 3]));
            }
            frame.flip();
            sending.lock();
            try {
                while (frame.hasRemaining()) {
                    if (channel.write(frame) == 0) {
                        Thread.onSpinWait(); // the socket's send buffer is full: rare for these frames
                        Thread.yield();
                    }
                }
            } finally {
                sending.unlock();
            }
        }

        private void readable(long now) throws IOException {
            int read = channel.read(in);
            if (read < 0) {
                ended("closed by the server without a close frame");
                return;
            }
            in.flip();
            if (!upgraded.isDone() && !readUpgrade()) {
                in.compact();
                return;
            }
            while (readFrame(now)) {
                // one frame handled
            }
            if (ended) {
                return;
            }
            in.compact();
        }

        /** The handshake's response, once whole: true when the socket now carries frames. */
        private boolean readUpgrade() throws IOException {
            int end = indexOf(in, HEADER_END);
            if (end < 0) {
                if (in.limit() == in.capacity()) {
                    grow(); // a full buffer and still no end of the headers
                }
                return false;
            }
            byte[] head = new byte[end];
            in.get(head);
            in.position(in.position() + HEADER_END.length);
            String response = new String(head, StandardCharsets.ISO_8859_1);
            String status = response.lines().findFirst().orElse("");
            if (!status.startsWith("HTTP/1.1 101")) {
                ended("the server refused the WebSocket: " + status);
                return false;
            }
            boolean accepted = response.lines()
                    .anyMatch(line -> line.regionMatches(true, 0, "Sec-WebSocket-Accept:", 0, 21)
                            && line.substring(21).strip().equals(expectedAccept));
            if (!accepted) {
                ended("the server's Sec-WebSocket-Accept does not match the key sent");
                return false;
            }
            upgraded.complete(null);
            return true;
        }

        /** Handles one whole frame from {@code in}; false when the rest has not arrived yet. */
        private boolean readFrame(long now) throws IOException {
            if (ended || in.remaining() < 2) {
                return false;
            }
            int start = in.position();
            int b0 = in.get(start) & 0xFF;
            int b1 = in.get(start + 1) & 0xFF;
            int header = 2;
            long length = b1 & 0x7F;
            if (length == 126) {
                header += 2;
            } else if (length == 127) {
                header += 8;
            }
            boolean masked = (b1 & 0x80) != 0;
            if (masked) {
                header += 4;
            }
            if (in.remaining() < header) {
                return false;
            }
            if (length == 126) {
                length = in.getShort(start + 2) & 0xFFFF;
            } else if (length == 127) {
                length = in.getLong(start + 2);
            }
            if (length > 16 * 1024 * 1024) {
                throw new IOException("a frame of " + length + " bytes: not what this server sends");
            }
            if (in.remaining() < header + length) {
                if (header + length > in.capacity()) {
                    grow((int) (header + length));
                }
                return false;
            }
            byte[] payload = new byte[(int) length];
            in.position(start + header);
            in.get(payload);
            if (masked) {
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= in.get(start + header - 4 + (i & 3));
                }
            }
            boolean last = (b0 & 0x80) != 0;
            switch (b0 & 0x0F) {
                case OP_TEXT, OP_BINARY, OP_CONTINUATION -> {
                    message.write(payload);
                    if (last) {
                        String text = message.toString(StandardCharsets.UTF_8);
                        message.reset();
                        receiver.onText(text, now);
                    }
                }
                case OP_PING -> send(OP_PONG, payload);
                case OP_PONG -> {}
                case OP_CLOSE -> {
                    int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                    String reason = payload.length > 2
                            ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8)
                            : "";
                    ended("closed by the server: " + code + " " + reason);
                }
                default -> throw new IOException("unknown opcode " + (b0 & 0x0F));
            }
            return true;
        }

        /** {@code in} is being read (flipped): keeps its unread bytes in a buffer twice as large. */
        private void grow() {
            grow(in.capacity() * 2);
        }

        /** The same, in a buffer of at least {@code atLeast} bytes. */
        private void grow(int atLeast) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(atLeast, in.capacity() * 2));
            larger.put(in);
            larger.flip();
            in = larger;
        }

        private void ended(String why) {
            if (ended) {
                return;
            }
            ended = true;
            upgraded.completeExceptionally(new IOException(why));
            try {
                channel.close();
            } catch (IOException e) {
                // closed as far as this session goes; the selector forgets the key either way
            }
            receiver.onClosed(why);
        }

        private static int indexOf(ByteBuffer buffer, byte[] what) {
            for (int i = buffer.position(); i <= buffer.limit() - what.length; i++) {
                int j = 0;
                while (j < what.length && buffer.get(i + j) == what[j]) {
                    j++;
                }
                if (j == what.length) {
                    return i - buffer.position();
                }
            }
            return -1;
        }
    }
}
