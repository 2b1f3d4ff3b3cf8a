package io.poschat.simulator;

import io.poschat.simulator.Catalogue.DemoUser;

/** Who is calling: the demo user behind the bearer token, and the tenant they act for. */
final class Access {

    private static final String BEARER = "bearer ";

    private Access() {}

    record Caller(DemoUser user, Tenant tenant) {}

    /** The caller of a tenant-scoped service: the token must be known and belong to {@code x-tenant-id}. */
    static Caller authorize(String tenantHeader, String authorization) {
        if (tenantHeader == null || tenantHeader.isBlank()) {
            throw ApiException.badRequest("missing x-tenant-id header");
        }
        Caller caller = authenticate(authorization);
        if (!caller.tenant().id().equals(tenantHeader.strip())) {
            throw ApiException.forbidden("token does not belong to tenant " + tenantHeader.strip());
        }
        return caller;
    }

    static Caller authenticate(String authorization) {
        if (authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            throw ApiException.invalidToken("missing bearer token");
        }
        String token = authorization.substring(BEARER.length()).strip();
        DemoUser user = Catalogue.user(token).orElseThrow(() -> ApiException.invalidToken("unknown or expired token"));
        return new Caller(user, Catalogue.tenant(user.tenantId()).orElseThrow());
    }
}
