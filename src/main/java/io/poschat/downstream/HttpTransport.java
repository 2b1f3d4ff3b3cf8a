package io.poschat.downstream;

import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.Http11Connection.Response;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * GETs a downstream URL with the caller's headers and hands back the body, or a {@link
 * DownstreamFailure} saying what went wrong. The timeout covers the whole exchange, body included,
 * so a service that dribbles its answer cannot hold a question past its deadline.
 *
 * <p>The exchange is plain blocking HTTP/1.1 on the calling virtual thread over kept-alive
 * connections ({@link Http11Connection}): measured against the JDK {@code HttpClient} it costs less
 * than half the CPU per call (docs/benchmarks.md, "CPU per downstream call (client side)"), and CPU per answer is
 * what bounds the chatbot under load.
 */
@Component
class HttpTransport {

    private static final long CONNECT_TIMEOUT_NANOS = Duration.ofSeconds(2).toNanos();

    private final IdleConnections idle = new IdleConnections();
    private final Map<String, HttpTarget> targets = new ConcurrentHashMap<>();
    private volatile int localPort = -1;

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
            targets.clear();
        }
    }

    @PreDestroy
    void closeIdleConnections() {
        idle.closeAll();
    }

    byte[] get(String baseUrl, String pathAndQuery, CallContext ctx, Duration timeout) throws DownstreamFailure {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new DownstreamFailure(Problem.TIMEOUT, "no time left before the deadline");
        }
        if (!fitsAHeader(ctx.token())) {
            // Never the value itself: it would end up in the log.
            throw new DownstreamFailure(Problem.REJECTED, "the token has characters a header cannot carry");
        }
        if (!isPrintable(ctx.tenantId(), ' ') || !isPrintable(ctx.correlationId(), ' ')) {
            throw new DownstreamFailure(
                    Problem.REJECTED, "the tenant or correlation id has characters a header cannot carry");
        }
        if (!isPrintable(pathAndQuery, '!') || !pathAndQuery.startsWith("/")) {
            throw new DownstreamFailure(Problem.REJECTED, "not a path a request can carry: " + pathAndQuery);
        }
        long deadlineNanos = System.nanoTime() + timeout.toNanos();
        HttpTarget target = target(baseUrl);
        byte[] request = request(target, pathAndQuery, ctx);
        Response response = Thread.currentThread().isVirtual()
                ? exchange(target, request, deadlineNanos, timeout)
                : onAVirtualThread(target, request, deadlineNanos, timeout);
        return bodyOf(response);
    }

    /**
     * A kept-alive connection first; if the service had closed it while it sat idle (no byte of an
     * answer came), the request goes once more on a new connection, as any HTTP client does for a GET.
     */
    private Response exchange(HttpTarget target, byte[] request, long deadlineNanos, Duration timeout)
            throws DownstreamFailure {
        if (Thread.currentThread().isInterrupted()) {
            throw DownstreamFailure.cancelled();
        }
        Http11Connection pooled = idle.take(target);
        if (pooled != null) {
            try {
                return done(target, pooled, pooled.exchange(request, deadlineNanos));
            } catch (IOException e) {
                pooled.close();
                if (pooled.answered()
                        || e instanceof SocketTimeoutException
                        || Thread.currentThread().isInterrupted()) {
                    throw failureOf(e, timeout);
                }
            } catch (RuntimeException e) {
                pooled.close();
                throw e;
            }
        }
        Http11Connection fresh;
        try {
            long leftNanos = deadlineNanos - System.nanoTime();
            fresh = Http11Connection.open(target, Math.min(CONNECT_TIMEOUT_NANOS, leftNanos) / 1_000_000);
        } catch (IOException e) {
            throw failureOf(e, timeout);
        }
        try {
            return done(target, fresh, fresh.exchange(request, deadlineNanos));
        } catch (IOException e) {
            fresh.close();
            throw failureOf(e, timeout);
        } catch (RuntimeException e) {
            fresh.close();
            throw e;
        }
    }

    private Response done(HttpTarget target, Http11Connection connection, Response response) {
        if (response.reusable()) {
            idle.giveBack(target, connection);
        } else {
            connection.close();
        }
        return response;
    }

    /**
     * Socket reads are interruptible on virtual threads only; a platform thread (a test, a tool)
     * waits here instead, and its interrupt is passed on to the virtual thread doing the call.
     */
    private Response onAVirtualThread(HttpTarget target, byte[] request, long deadlineNanos, Duration timeout)
            throws DownstreamFailure {
        FutureTask<Response> call = new FutureTask<>(() -> exchange(target, request, deadlineNanos, timeout));
        Thread.ofVirtual().name("downstream-call").start(call);
        try {
            return call.get();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw DownstreamFailure.cancelled();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DownstreamFailure failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static byte[] request(HttpTarget target, String pathAndQuery, CallContext ctx) {
        StringBuilder head = new StringBuilder(256)
                .append("GET ")
                .append(target.pathPrefix())
                .append(pathAndQuery)
                .append(" HTTP/1.1\r\nHost: ")
                .append(target.hostHeader())
                .append("\r\n");
        if (!ctx.tenantId().isEmpty()) {
            head.append("x-tenant-id: ").append(ctx.tenantId()).append("\r\n");
        }
        return head.append("x-correlation-id: ")
                .append(ctx.correlationId())
                .append("\r\nAuthorization: Bearer ")
                .append(ctx.token())
                .append("\r\nAccept: application/json\r\nUser-Agent: pos-chatbot\r\n\r\n")
                .toString()
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Visible ASCII only: what a bearer token is made of (RFC 6750), and safe in any header. */
    private static boolean fitsAHeader(String token) {
        return isPrintable(token, '!');
    }

    /** Every character from {@code lowest} to {@code ~}: nothing that could end a header line or a URL. */
    private static boolean isPrintable(String value, char lowest) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < lowest || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static byte[] bodyOf(Response response) throws DownstreamFailure {
        int status = response.status();
        if (status == 401 || status == 403) {
            throw new DownstreamFailure(Problem.REJECTED, status, "refused with HTTP " + status);
        }
        if (status < 200 || status > 299) {
            throw new DownstreamFailure(Problem.SERVER_ERROR, status, "answered HTTP " + status);
        }
        if (response.body().length == 0) {
            throw new DownstreamFailure(Problem.MALFORMED, status, "empty body");
        }
        return response.body();
    }

    private static DownstreamFailure failureOf(IOException e, Duration timeout) {
        if (Thread.currentThread().isInterrupted()) {
            // The question was cancelled: the JDK closed the socket under the read.
            return DownstreamFailure.cancelled();
        }
        if (e instanceof SocketTimeoutException) {
            return new DownstreamFailure(Problem.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
        }
        if (e instanceof Http11Connection.BodyTooLarge) {
            return new DownstreamFailure(Problem.MALFORMED, e.getMessage());
        }
        return new DownstreamFailure(Problem.UNREACHABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private HttpTarget target(String baseUrl) throws DownstreamFailure {
        HttpTarget known = targets.get(baseUrl);
        if (known != null) {
            return known;
        }
        String absolute = baseUrl;
        if (DownstreamProperties.Endpoint.onThisServer(baseUrl)) {
            if (localPort < 0) {
                throw new DownstreamFailure(
                        Problem.UNREACHABLE, "embedded services asked for before the server started");
            }
            absolute = "http://127.0.0.1:" + localPort + baseUrl;
        }
        try {
            HttpTarget target = HttpTarget.of(absolute);
            targets.put(baseUrl, target);
            return target;
        } catch (IllegalArgumentException e) {
            throw new DownstreamFailure(Problem.UNREACHABLE, "bad base URL: " + e.getMessage());
        }
    }
}
