package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;

/** A real HTTP client for the simulator, as the chatbot's clients would call it. */
final class SimClient {

    /** Reads decimals exactly, so money can be summed and compared to the cent. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Function<Service, String> serviceBase;
    private final String adminBase;

    private SimClient(Function<Service, String> serviceBase, String adminBase) {
        this.serviceBase = serviceBase;
        this.adminBase = adminBase;
    }

    static SimClient embedded(int port) {
        String root = "http://127.0.0.1:" + port + "/sim";
        return new SimClient(s -> root + "/" + s.key(), root + "/admin");
    }

    static SimClient standalone(int basePort) {
        return new SimClient(
                s -> "http://127.0.0.1:" + s.port(basePort), "http://127.0.0.1:" + basePort + "/sim/admin");
    }

    /** A call as Maria, the manager of bistro-1. */
    HttpResponse<String> get(Service service, String pathAndQuery) {
        return get(service, pathAndQuery, "bistro-1", "demo-manager");
    }

    HttpResponse<String> get(Service service, String pathAndQuery, String tenant, String token) {
        return send(request(service, pathAndQuery, tenant, token, Duration.ofSeconds(10)));
    }

    HttpRequest request(Service service, String pathAndQuery, String tenant, String token, Duration timeout) {
        var builder = HttpRequest.newBuilder(URI.create(serviceBase.apply(service) + pathAndQuery))
                .timeout(timeout)
                .header("x-correlation-id", "test");
        if (tenant != null) {
            builder.header("x-tenant-id", tenant);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.GET().build();
    }

    /** The JSON body of a successful call. */
    JsonNode json(Service service, String pathAndQuery, String tenant, String token) {
        HttpResponse<String> response = get(service, pathAndQuery, tenant, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body());
    }

    JsonNode json(Service service, String pathAndQuery) {
        return json(service, pathAndQuery, "bistro-1", "demo-manager");
    }

    HttpResponse<String> admin(String method, String path, String body) {
        var publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return send(HttpRequest.newBuilder(URI.create(adminBase + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, publisher)
                .build());
    }

    /** No faults, no latency, no counted calls. */
    void resetAdmin() {
        assertThat(admin("DELETE", "/faults", null).statusCode()).isEqualTo(204);
        assertThat(admin("PUT", "/latency", "{\"profile\":\"none\"}").statusCode())
                .isEqualTo(200);
        assertThat(admin("DELETE", "/stats", null).statusCode()).isEqualTo(204);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends without wrapping failures, for tests that expect the connection to fail. */
    HttpResponse<String> sendRaw(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
