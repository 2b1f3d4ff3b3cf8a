package io.poschat.conversation;

/** The protocol's error codes. */
public enum ErrorCode {
    BAD_REQUEST("bad_request"),
    TOO_LARGE("too_large"),
    RATE_LIMITED("rate_limited"),
    UNAUTHENTICATED("unauthenticated"),
    FORBIDDEN("forbidden"),
    INTERNAL("internal");

    private final String wire;

    ErrorCode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
