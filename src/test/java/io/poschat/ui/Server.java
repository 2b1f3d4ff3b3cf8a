package io.poschat.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP to the app under test: the simulator's admin API and {@code POST /api/ask}. */
final class Server {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;

    Server(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    /** {@code PUT /sim/admin/faults}, e.g. {@code fault("payment", "error", 1.0)}. */
    void fault(String service, String mode, double rate) {
        send(
                "PUT",
                "/sim/admin/faults",
                "{\"service\":\"%s\",\"mode\":\"%s\",\"rate\":%s}".formatted(service, mode, rate));
    }

    void clearFaults() {
        send("DELETE", "/sim/admin/faults", null);
    }

    /** Holds every answer of {@code service} for {@code ms}. */
    void latency(String service, int ms) {
        send("PUT", "/sim/admin/latency", "{\"service\":\"%s\",\"ms\":%d}".formatted(service, ms));
    }

    void latencyProfile(String profile) {
        send("PUT", "/sim/admin/latency", "{\"profile\":\"%s\"}".formatted(profile));
    }

    /** What the server makes of a question, asked over HTTP as {@code token}. */
    JsonNode ask(String token, String text) {
        try {
            var request = HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("text", text))))
                    .build();
            return JSON.readTree(
                    http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void send(String method, String path, String body) {
        try {
            var request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " → " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
