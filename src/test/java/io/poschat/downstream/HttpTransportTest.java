package io.poschat.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.poschat.downstream.CallOutcome.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The transport on its own, against a bare socket that shows what the client does to the connection. */
class HttpTransportTest {

    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final long LATE_MS = DownstreamTest.LATE_MS;

    private final HttpTransport transport = new HttpTransport();
    private final CallContext ctx = new CallContext(
            "bistro-1",
            DownstreamTest.MADRID,
            "demo-manager",
            "corr-1",
            Deadline.after(Duration.ofSeconds(5)),
            System.nanoTime(),
            call -> {});

    @Test
    void dropsTheConnectionWhenABodyOutlastsTheTimeout() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Long> closedAt = CompletableFuture.supplyAsync(() -> startABodyAndWaitForClose(server));

            long start = System.nanoTime();
            DownstreamFailure failure = catchThrowableOfType(
                    DownstreamFailure.class, () -> transport.get(baseUrl(server), "/tables/status", ctx, TIMEOUT));

            assertThat(failure.problem()).isEqualTo(Problem.TIMEOUT);
            long closedAfterMs = (closedAt.get() - start) / 1_000_000;
            assertThat(closedAfterMs).isBetween(TIMEOUT.toMillis() - 10, TIMEOUT.toMillis() + LATE_MS);
        }
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws Exception {
        String nobodyListens;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobodyListens = baseUrl(server);
        }

        DownstreamFailure failure = catchThrowableOfType(
                DownstreamFailure.class, () -> transport.get(nobodyListens, "/tables/status", ctx, TIMEOUT));

        assertThat(failure.problem()).isEqualTo(Problem.UNREACHABLE);
    }

    @Test
    void noTimeLeftMeansNoRequest() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(100);

            DownstreamFailure failure = catchThrowableOfType(
                    DownstreamFailure.class,
                    () -> transport.get(baseUrl(server), "/tables/status", ctx, Duration.ZERO));

            assertThat(failure.problem()).isEqualTo(Problem.TIMEOUT);
            assertThat(catchThrowableOfType(SocketTimeoutException.class, server::accept))
                    .isNotNull();
        }
    }

    @Test
    void carriesTheNextCallOnTheSameConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicInteger served = new AtomicInteger();
            CompletableFuture<Void> oneSocket = serve(server, socket -> {
                socket.setSoTimeout(3_000);
                for (String body : new String[] {"[1]", "[2]"}) {
                    readRequestHead(socket.getInputStream());
                    answer(socket, "Content-Length: " + body.length() + "\r\n", body);
                    served.incrementAndGet();
                }
            });

            assertThat(new String(transport.get(baseUrl(server), "/a", ctx, TIMEOUT)))
                    .isEqualTo("[1]");
            assertThat(new String(transport.get(baseUrl(server), "/b", ctx, TIMEOUT)))
                    .isEqualTo("[2]");
            oneSocket.get();
            assertThat(served.get()).isEqualTo(2);
        }
    }

    @Test
    void asksAgainOnANewConnectionWhenTheKeptOneWasClosedByTheService() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> closesThenServes = serve(
                    server,
                    first -> { // closed after this, while the client keeps it for later, as an idle timeout does
                        readRequestHead(first.getInputStream());
                        answer(first, "Content-Length: 3\r\n", "[1]");
                    },
                    second -> {
                        second.setSoTimeout(3_000);
                        readRequestHead(second.getInputStream());
                        answer(second, "Content-Length: 3\r\n", "[2]");
                    });

            assertThat(new String(transport.get(baseUrl(server), "/a", ctx, TIMEOUT)))
                    .isEqualTo("[1]");
            Thread.sleep(50); // let the close reach the client's side first
            assertThat(new String(transport.get(baseUrl(server), "/b", ctx, TIMEOUT)))
                    .isEqualTo("[2]");
            closesThenServes.get();
        }
    }

    @Test
    void readsChunkedBodiesAndBodiesThatEndWithTheConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
            serve(server, socket -> {
                readRequestHead(socket.getInputStream());
                answer(
                        socket,
                        "Transfer-Encoding: chunked\r\n",
                        "3;x=y\r\n[1,\r\nA\r\n 2345678, \r\n2\r\n3]\r\n0\r\nT: t\r\n\r\n");
                readRequestHead(socket.getInputStream());
                answer(socket, "Connection: close\r\n", "[4]");
            });

            assertThat(new String(transport.get(baseUrl(server), "/a", ctx, TIMEOUT)))
                    .isEqualTo("[1, 2345678, 3]");
            assertThat(new String(transport.get(baseUrl(server), "/b", ctx, TIMEOUT)))
                    .isEqualTo("[4]");
        }
    }

    @Test
    void aCancelledCallClosesItsConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(5_000); // fail, not hang, if the call never connects
            CompletableFuture<Long> closedAt = CompletableFuture.supplyAsync(() -> startABodyAndWaitForClose(server));
            CompletableFuture<DownstreamFailure> failed = new CompletableFuture<>();
            Thread call = Thread.ofVirtual().start(() -> {
                try {
                    transport.get(baseUrl(server), "/tables/status", ctx, Duration.ofSeconds(5));
                    failed.complete(null);
                } catch (DownstreamFailure e) {
                    failed.complete(e);
                    assertThat(Thread.currentThread().isInterrupted())
                            .as("the interrupt is kept")
                            .isTrue();
                }
            });
            Thread.sleep(300);

            call.interrupt();

            closedAt.get();
            DownstreamFailure failure = failed.get();
            assertThat(failure).isNotNull();
            assertThat(failure.isCancelled()).isTrue();
        }
    }

    @Test
    void refusesHeaderValuesThatCouldEndTheirLineBeforeConnecting() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(100);
            CallContext smuggling = new CallContext(
                    "bistro-1\r\nx-tenant-id: cafe-2",
                    DownstreamTest.MADRID,
                    "demo-manager",
                    "corr-1",
                    Deadline.after(Duration.ofSeconds(5)),
                    System.nanoTime(),
                    call -> {});
            CallContext badToken = new CallContext(
                    "bistro-1",
                    DownstreamTest.MADRID,
                    "secret-tok\nen",
                    "corr-1",
                    Deadline.after(Duration.ofSeconds(5)),
                    System.nanoTime(),
                    call -> {});

            DownstreamFailure tenant = catchThrowableOfType(
                    DownstreamFailure.class, () -> transport.get(baseUrl(server), "/a", smuggling, TIMEOUT));
            DownstreamFailure token = catchThrowableOfType(
                    DownstreamFailure.class, () -> transport.get(baseUrl(server), "/a", badToken, TIMEOUT));

            assertThat(tenant.problem()).isEqualTo(Problem.REJECTED);
            assertThat(token.problem()).isEqualTo(Problem.REJECTED);
            assertThat(token.getMessage()).doesNotContain("secret");
            assertThat(catchThrowableOfType(SocketTimeoutException.class, server::accept))
                    .isNotNull();
        }
    }

    @Test
    void aResponseThatIsNotHttpIsUnreachableAndNamesNoToken() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            serve(server, socket -> {
                readRequestHead(socket.getInputStream());
                socket.getOutputStream().write("SSH-2.0-OpenSSH\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            });

            DownstreamFailure failure = catchThrowableOfType(
                    DownstreamFailure.class, () -> transport.get(baseUrl(server), "/a", ctx, TIMEOUT));

            assertThat(failure.problem()).isEqualTo(Problem.UNREACHABLE);
            assertThat(failure.getMessage()).doesNotContain("demo-manager");
        }
    }

    @Test
    void aBodyOverTheCapIsMalformedWithoutBeingRead() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            serve(server, socket -> {
                readRequestHead(socket.getInputStream());
                answer(socket, "Content-Length: 2000000000\r\n", "[1,2,3");
                try {
                    socket.getInputStream().read(); // hold the connection until the client drops it
                } catch (IOException e) {
                    // the client closed it: what we wanted
                }
            });

            DownstreamFailure failure = catchThrowableOfType(
                    DownstreamFailure.class, () -> transport.get(baseUrl(server), "/a", ctx, TIMEOUT));

            assertThat(failure.problem()).isEqualTo(Problem.MALFORMED);
            assertThat(failure.getMessage())
                    .isEqualTo("a body of 2000000000 bytes, over the 64 MiB an answer may have");
        }
    }

    /** What a fake service does on one connection it accepted. */
    private interface Script {
        void play(Socket socket) throws IOException;
    }

    /**
     * On another thread, accepts one connection per script, in order, plays the script on it and
     * closes it; an I/O error fails the future.
     */
    private static CompletableFuture<Void> serve(ServerSocket server, Script... connections) {
        return CompletableFuture.runAsync(() -> {
            for (Script script : connections) {
                try (Socket socket = server.accept()) {
                    script.play(socket);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });
    }

    private static void answer(Socket socket, String headers, String body) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + headers + "\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * Answers 200 with the first chunk of a body that never ends, then waits until the client
     * closes the connection; returns when that happened (nanoTime).
     */
    private static long startABodyAndWaitForClose(ServerSocket server) {
        try (Socket socket = server.accept()) {
            socket.setSoTimeout(3_000);
            InputStream in = socket.getInputStream();
            readRequestHead(in);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + "1\r\n[\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                int next = in.read();
                assertThat(next).as("the client sent more instead of closing").isEqualTo(-1);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the client kept the connection open", e);
            } catch (IOException reset) {
                // a reset is a close too
            }
            return System.nanoTime();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    private static String baseUrl(ServerSocket server) {
        return "http://127.0.0.1:" + server.getLocalPort();
    }
}
