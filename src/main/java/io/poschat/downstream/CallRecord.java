package io.poschat.downstream;

/**
 * One downstream call as the answer's metadata shows it. {@code startedMs} is measured from the
 * start of the question, so a client can draw the calls on one time axis.
 */
public record CallRecord(
        Service service, String endpoint, CallStatus status, long startedMs, long ms, boolean cached) {}
