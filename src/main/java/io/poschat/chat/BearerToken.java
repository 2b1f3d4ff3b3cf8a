package io.poschat.chat;

import java.util.Optional;

/** The token of an {@code Authorization: Bearer <token>} header, for the socket and the HTTP API alike. */
final class BearerToken {

    private static final String BEARER = "Bearer ";

    private BearerToken() {}

    static Optional<String> from(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).strip());
    }
}
