package io.poschat.simulator;

import io.poschat.simulator.ApiException.ApiError;
import io.poschat.simulator.Faults.Mode;
import io.poschat.simulator.Mount.Admin;
import io.poschat.simulator.Mount.Call;
import io.poschat.simulator.ServiceApi.Reply;
import io.poschat.simulator.ServiceApi.Request;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulator's HTTP face: routes a request to a service or to the admin API, counts it, delays
 * it, and lets the service's fault setting decide how (or whether) the answer goes out.
 */
final class SimulatorServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Mount mount;
    private final transient ServiceApi api;
    private final transient AdminApi admin;
    private final transient CallCounter calls;
    private final transient Latency latency;
    private final transient Faults faults;
    private final transient Hangs hangs;
    private final transient Delivery delivery;
    private final Duration hang;

    SimulatorServlet(Mount mount, SimulatorParts parts) {
        this.mount = mount;
        this.api = parts.api();
        this.admin = parts.admin();
        this.calls = parts.calls();
        this.latency = parts.latency();
        this.faults = parts.faults();
        this.hangs = parts.hangs();
        this.delivery = parts.delivery();
        this.hang = parts.properties().hang();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (mount.resolve(request.getLocalPort(), path).orElse(null)) {
                case Admin(String adminPath) -> {
                    Reply reply = admin.handle(
                            request.getMethod(),
                            adminPath,
                            request.getInputStream().readAllBytes());
                    delivery.send(response, reply.status(), reply.body() == null ? null : Json.write(reply.body()));
                }
                case Call call -> serve(call, request, response);
                case null -> {
                    var error = new ApiError("not_found", "no simulated service at " + path);
                    delivery.send(response, 404, Json.write(error));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The configured latency is the call's whole service time: the reply is built first and only the
     * rest of the delay is slept, so the simulator's own work (a new day's orders take a few hundred µs to plan
     * and write) does not add to the latency a profile promises.
     */
    private void serve(Call call, HttpServletRequest request, HttpServletResponse response)
            throws IOException, InterruptedException {
        long arrived = System.nanoTime();
        Service service = call.service();
        api.endpointKey(service, request.getMethod(), call.path()).ifPresent(calls::record);
        Duration delay = latency.draw(service);
        Mode fault = faults.draw(service);
        if (fault == Mode.ERROR) {
            latency.holdRest(delay, arrived);
            var error = new ApiError("internal_error", "simulated failure of the " + service.key() + " service");
            delivery.send(response, 500, Json.write(error));
            return;
        }
        Reply reply = api.handle(new Request(
                service,
                request.getMethod(),
                call.path(),
                params(request),
                request.getHeader("x-tenant-id"),
                request.getHeader("Authorization")));
        byte[] body = Json.write(reply.body());
        latency.holdRest(delay, arrived);
        if (fault == Mode.TIMEOUT) {
            hangs.hold(hang);
        }
        switch (fault) {
            case MALFORMED -> delivery.sendMalformed(response, body);
            case SLOW -> delivery.sendSlowly(response, reply.status(), body);
            case RESET -> delivery.sendCut(response, reply.status(), body);
            default -> delivery.send(response, reply.status(), body);
        }
    }

    private static Map<String, String> params(HttpServletRequest request) {
        var params = new LinkedHashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
        return params;
    }
}
