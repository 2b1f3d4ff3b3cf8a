package io.poschat.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Plain HTTP to the app under test: {@code POST /api/ask}, the simulator's admin API, any GET. */
final class TestHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    TestHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** {@code POST /api/ask} with a bearer token (none when null) and a raw body. */
    HttpResponse<String> post(String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks a question over HTTP and reads the answer (or error) object. */
    JsonNode ask(String token, String question) throws Exception {
        return JSON.readTree(
                post(token, JSON.writeValueAsString(Map.of("text", question))).body());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The simulator's admin API, e.g. {@code admin("PUT", "/faults", "{...}")}; null when it answers nothing. */
    JsonNode admin(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/sim/admin" + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        String response =
                http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        return response.isBlank() ? JSON.nullNode() : JSON.readTree(response);
    }

    /** The simulator's answer to a request made as a tenant's user, e.g. to check a figure. */
    JsonNode simulator(String servicePath, String tenant, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/sim" + servicePath))
                .header("x-tenant-id", tenant)
                .header("Authorization", "Bearer " + token)
                .build();
        return JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
