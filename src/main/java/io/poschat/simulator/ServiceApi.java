package io.poschat.simulator;

import io.poschat.simulator.Access.Caller;
import io.poschat.simulator.Catalogue.DemoUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The five services' endpoints, answered from the simulated data as it stands on the clock. It
 * knows nothing of HTTP beyond a request's method, path, query and two headers.
 */
final class ServiceApi {

    private final Sales sales;
    private final Stockroom stockroom;
    private final Tables tables;
    private final Clock clock;
    private final List<Endpoint> endpoints;

    ServiceApi(Sales sales, Stockroom stockroom, Tables tables, Clock clock) {
        this.sales = sales;
        this.stockroom = stockroom;
        this.tables = tables;
        this.clock = clock;
        this.endpoints = endpoints();
    }

    record Request(
            Service service,
            String method,
            String path,
            Map<String, String> params,
            String tenantId,
            String authorization) {}

    record Reply(int status, Object body) {}

    record Verification(
            String userId,
            String name,
            String tenantId,
            String tenantName,
            String timezone,
            String currency,
            List<String> roles,
            List<String> permissions) {}

    private interface Handler {
        Object answer(Caller caller, Map<String, String> params, Instant now);
    }

    private record Endpoint(Service service, String method, String path, boolean tenantScoped, Handler handler) {
        String key() {
            return service.key() + " " + method + " " + path;
        }
    }

    /** The counter key of the endpoint a request is for, such as {@code "pos GET /orders"}. */
    Optional<String> endpointKey(Service service, String method, String path) {
        return find(service, method, path).map(Endpoint::key);
    }

    Reply handle(Request request) {
        try {
            Endpoint endpoint =
                    find(request.service(), request.method(), request.path()).orElseThrow(() -> unknown(request));
            Caller caller = endpoint.tenantScoped()
                    ? Access.authorize(request.tenantId(), request.authorization())
                    : Access.authenticate(request.authorization());
            return new Reply(200, endpoint.handler().answer(caller, request.params(), clock.instant()));
        } catch (ApiException e) {
            return new Reply(e.status(), e.body());
        }
    }

    private Optional<Endpoint> find(Service service, String method, String path) {
        return endpoints.stream()
                .filter(e -> e.service() == service
                        && e.method().equals(method)
                        && e.path().equals(path))
                .findFirst();
    }

    private ApiException unknown(Request request) {
        boolean pathExists = endpoints.stream()
                .anyMatch(e -> e.service() == request.service() && e.path().equals(request.path()));
        return pathExists
                ? new ApiException(405, "method_not_allowed", request.method() + " is not allowed on " + request.path())
                : ApiException.notFound("no endpoint " + request.path() + " on the "
                        + request.service().key() + " service");
    }

    private List<Endpoint> endpoints() {
        return List.of(
                new Endpoint(Service.AUTH, "GET", "/auth/verify", false, (c, p, now) -> verification(c)),
                new Endpoint(Service.POS, "GET", "/orders", true, (c, p, now) -> {
                    DateRange range = DateRange.of(p);
                    return sales.orders(c.tenant(), range.from(), range.to(), now);
                }),
                new Endpoint(
                        Service.POS, "GET", "/orders/active", true, (c, p, now) -> sales.activeOrders(c.tenant(), now)),
                new Endpoint(
                        Service.INVENTORY,
                        "GET",
                        "/products",
                        true,
                        (c, p, now) -> p.containsKey("ids")
                                ? stockroom.products(c.tenant(), ids(p.get("ids")))
                                : stockroom.products(c.tenant())),
                new Endpoint(
                        Service.INVENTORY,
                        "GET",
                        "/products/low-stock",
                        true,
                        (c, p, now) -> stockroom.lowStock(c.tenant())),
                new Endpoint(Service.PAYMENT, "GET", "/payments", true, (c, p, now) -> {
                    DateRange range = DateRange.of(p);
                    return sales.payments(c.tenant(), range.from(), range.to(), now);
                }),
                new Endpoint(Service.PAYMENT, "GET", "/payments/total", true, (c, p, now) -> {
                    DateRange range = DateRange.of(p);
                    return sales.total(c.tenant(), range.from(), range.to(), now);
                }),
                new Endpoint(Service.PAYMENT, "GET", "/payments/daily-total", true, (c, p, now) -> {
                    DateRange day = DateRange.day(p);
                    return sales.total(c.tenant(), day.from(), day.to(), now);
                }),
                new Endpoint(
                        Service.RESTAURANT,
                        "GET",
                        "/tables/status",
                        true,
                        (c, p, now) -> tables.status(c.tenant(), now)));
    }

    private static List<String> ids(String ids) {
        return Arrays.stream(ids.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Verification verification(Caller caller) {
        DemoUser user = caller.user();
        Tenant tenant = caller.tenant();
        return new Verification(
                user.userId(),
                user.name(),
                tenant.id(),
                tenant.name(),
                tenant.zone().getId(),
                tenant.currency(),
                user.roles(),
                user.permissions());
    }
}
