package io.poschat.downstream;

import static io.poschat.downstream.Contract.required;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A payment of the payment service. */
public record Payment(
        String id, String orderId, BigDecimal amount, BigDecimal tip, String method, OffsetDateTime createdAt) {

    public Payment {
        required(id, "id");
        required(amount, "amount");
        required(method, "method");
    }
}
