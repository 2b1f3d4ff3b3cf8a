package io.poschat.downstream;

import io.poschat.downstream.CallOutcome.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * GETs a downstream URL with the caller's headers and hands back the body, or a {@link
 * DownstreamFailure} saying what went wrong. The timeout covers the whole exchange, body included,
 * so a service that dribbles its answer cannot hold a question past its deadline.
 */
@Component
class HttpTransport {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    private volatile int localPort = -1;

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    byte[] get(String baseUrl, String pathAndQuery, CallContext ctx, Duration timeout) throws DownstreamFailure {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new DownstreamFailure(Problem.TIMEOUT, "no time left before the deadline");
        }
        if (!fitsAHeader(ctx.token())) {
            // The JDK would refuse it with the whole header value in its message, and so in the log.
            throw new DownstreamFailure(Problem.REJECTED, "the token has characters a header cannot carry");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(resolve(baseUrl) + pathAndQuery));
        if (!ctx.tenantId().isEmpty()) {
            builder.header("x-tenant-id", ctx.tenantId());
        }
        HttpRequest request = builder.timeout(timeout)
                .header("x-correlation-id", ctx.correlationId())
                .header("Authorization", "Bearer " + ctx.token())
                .header("Accept", "application/json")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new DownstreamFailure(Problem.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw DownstreamFailure.cancelled();
        } catch (ExecutionException e) {
            throw failureOf(e.getCause());
        }
        return bodyOf(response);
    }

    /** Visible ASCII only: what a bearer token is made of (RFC 6750), and safe in any header. */
    private static boolean fitsAHeader(String token) {
        return token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private static byte[] bodyOf(HttpResponse<byte[]> response) throws DownstreamFailure {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new DownstreamFailure(Problem.REJECTED, status, "refused with HTTP " + status);
        }
        if (status < 200 || status > 299) {
            throw new DownstreamFailure(Problem.SERVER_ERROR, status, "answered HTTP " + status);
        }
        byte[] body = response.body();
        if (body == null || body.length == 0) {
            throw new DownstreamFailure(Problem.MALFORMED, status, "empty body");
        }
        return body;
    }

    private static DownstreamFailure failureOf(Throwable cause) {
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return new DownstreamFailure(Problem.TIMEOUT, cause.getMessage());
        }
        if (cause instanceof IOException) {
            return new DownstreamFailure(
                    Problem.UNREACHABLE, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        return new DownstreamFailure(Problem.UNREACHABLE, String.valueOf(cause));
    }

    private String resolve(String baseUrl) throws DownstreamFailure {
        if (!baseUrl.startsWith("/")) {
            return baseUrl;
        }
        if (localPort < 0) {
            throw new DownstreamFailure(Problem.UNREACHABLE, "embedded services asked for before the server started");
        }
        return "http://127.0.0.1:" + localPort + baseUrl;
    }
}
