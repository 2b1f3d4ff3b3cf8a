package io.poschat.downstream;

/** Checks a downstream body against the contract while it is mapped, so garbage fails early. */
final class Contract {

    private Contract() {}

    static void required(Object value, String field) {
        if (value == null) {
            throw new ContractViolation("missing field '" + field + "'");
        }
    }

    /** A timezone every later answer will compute "today" in: checked once, at sign-in. */
    static void zone(String timezone) {
        try {
            java.time.ZoneId.of(timezone);
        } catch (java.time.DateTimeException e) {
            throw new ContractViolation("unknown timezone '" + timezone + "'");
        }
    }

    /** A currency every amount will be written in: checked once, at sign-in. */
    static void currency(String code) {
        try {
            java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new ContractViolation("unknown currency '" + code + "'");
        }
    }

    /** A body that parsed as JSON but is not what the contract promises. */
    static final class ContractViolation extends RuntimeException {
        ContractViolation(String message) {
            super(message);
        }
    }
}
