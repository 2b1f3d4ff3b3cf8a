package io.poschat.conversation;

import io.poschat.downstream.CallRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The reply to a question, as both the WebSocket and the HTTP API deliver it. */
public record Answer(
        String text,
        String intent,
        double confidence,
        SlotValues slots,
        Map<String, Object> data,
        List<String> suggestions,
        Meta meta) {

    /** The slots the answer used; absent parts are null. */
    public record SlotValues(LocalDate from, LocalDate to, Integer limit) {}

    /** How the answer was made: one correlation id, every call with its status and time. */
    public record Meta(String correlationId, boolean partial, long totalMs, List<CallRecord> calls) {}
}
