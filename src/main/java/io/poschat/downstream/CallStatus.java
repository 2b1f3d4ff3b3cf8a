package io.poschat.downstream;

/** How a downstream call ended, as reported in an answer's {@code meta.calls}. */
public enum CallStatus {
    OK("ok"),
    ERROR("error"),
    TIMEOUT("timeout"),
    CIRCUIT_OPEN("circuit_open"),
    SKIPPED("skipped"),
    STALE("stale");

    private final String wire;

    CallStatus(String wire) {
        this.wire = wire;
    }

    /** The protocol's spelling. */
    public String wire() {
        return wire;
    }
}
