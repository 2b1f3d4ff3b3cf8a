package io.poschat.downstream;

import static io.poschat.downstream.Contract.required;

import java.time.OffsetDateTime;

/** A table of the restaurant service as it is right now. */
public record TableStatus(
        String id,
        int number,
        int seats,
        String area,
        String status,
        Integer partySize,
        OffsetDateTime seatedAt,
        String server,
        String orderId) {

    public TableStatus {
        required(id, "id");
        required(status, "status");
    }

    public boolean isOccupied() {
        return "occupied".equals(status);
    }

    public boolean isFree() {
        return "free".equals(status);
    }
}
