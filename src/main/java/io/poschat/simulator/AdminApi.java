package io.poschat.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.poschat.simulator.Faults.Fault;
import io.poschat.simulator.Faults.Mode;
import io.poschat.simulator.Latency.Delay;
import io.poschat.simulator.Latency.Profile;
import io.poschat.simulator.ServiceApi.Reply;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The test tool behind {@code /sim/admin}: call counters, latency and faults. It asks for no token;
 * it is meant for benchmarks and tests on a trusted machine.
 */
final class AdminApi {

    private static final String SERVICES =
            Arrays.stream(Service.values()).map(Service::key).collect(Collectors.joining(", "));

    private final CallCounter calls;
    private final Latency latency;
    private final Faults faults;

    AdminApi(CallCounter calls, Latency latency, Faults faults) {
        this.calls = calls;
        this.latency = latency;
        this.faults = faults;
    }

    /** Answers a request to {@code /sim/admin} + {@code path}. */
    Reply handle(String method, String path, byte[] body) {
        try {
            return switch (method + " " + path) {
                case "GET /stats" -> ok(Map.of("calls", calls.snapshot()));
                case "DELETE /stats" -> {
                    calls.reset();
                    yield new Reply(204, null);
                }
                case "GET /latency" -> ok(latency.describe());
                case "PUT /latency" -> {
                    setLatency(object(body));
                    yield ok(latency.describe());
                }
                case "GET /faults" -> ok(faults.describe());
                case "PUT /faults" -> {
                    setFault(object(body));
                    yield ok(faults.describe());
                }
                case "DELETE /faults" -> {
                    faults.clear();
                    yield new Reply(204, null);
                }
                default -> throw ApiException.notFound("no admin endpoint " + method + " /sim/admin" + path);
            };
        } catch (ApiException e) {
            return new Reply(e.status(), e.body());
        }
    }

    private void setLatency(JsonNode body) {
        if (body.has("profile")) {
            String name = body.get("profile").asText();
            latency.use(Profile.parse(name)
                    .orElseThrow(() ->
                            ApiException.badRequest("unknown profile '" + name + "'; use none, realistic or seed")));
            return;
        }
        Service service = service(body);
        latency.set(service, new Delay(integer(body, "ms", null), integer(body, "jitter_ms", 0)));
    }

    private void setFault(JsonNode body) {
        Service service = service(body);
        if (!body.hasNonNull("mode")) {
            throw ApiException.badRequest("missing mode; use one of " + Mode.names());
        }
        String name = body.get("mode").asText();
        Mode mode = Mode.parse(name)
                .orElseThrow(() -> ApiException.badRequest("unknown mode '" + name + "'; use one of " + Mode.names()));
        JsonNode rate = body.get("rate");
        if (rate != null && !rate.isNumber()) {
            throw ApiException.badRequest("rate must be a number between 0 and 1");
        }
        faults.set(service, new Fault(mode, rate == null ? 1.0 : rate.asDouble()));
    }

    private static JsonNode object(byte[] body) {
        JsonNode node = Json.read(body);
        if (!node.isObject()) {
            throw ApiException.badRequest("body must be a JSON object");
        }
        return node;
    }

    private static Service service(JsonNode body) {
        String name = body.path("service").asText("");
        return Service.byKey(name)
                .orElseThrow(() -> ApiException.badRequest("unknown service '" + name + "'; use one of " + SERVICES));
    }

    private static int integer(JsonNode body, String field, Integer fallback) {
        JsonNode value = body.get(field);
        if (value == null && fallback != null) {
            return fallback;
        }
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw ApiException.badRequest(field + " must be a whole number of milliseconds");
        }
        return value.intValue();
    }

    private static Reply ok(Object body) {
        return new Reply(200, body);
    }
}
