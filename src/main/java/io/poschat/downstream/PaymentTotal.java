package io.poschat.downstream;

import static io.poschat.downstream.Contract.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The payment service's totals for a range of days; {@code total} excludes tips. */
public record PaymentTotal(
        LocalDate from, LocalDate to, BigDecimal total, long count, Map<String, BigDecimal> byMethod) {

    public PaymentTotal {
        required(total, "total");
        byMethod = byMethod == null ? Map.of() : Map.copyOf(byMethod);
    }
}
