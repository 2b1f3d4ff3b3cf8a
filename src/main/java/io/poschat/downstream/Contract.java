package io.poschat.downstream;

/** Checks a downstream body against the contract while it is mapped, so garbage fails early. */
final class Contract {

    private Contract() {}

    static void required(Object value, String field) {
        if (value == null) {
            throw new ContractViolation("missing field '" + field + "'");
        }
    }

    /** A body that parsed as JSON but is not what the contract promises. */
    static final class ContractViolation extends RuntimeException {
        ContractViolation(String message) {
            super(message);
        }
    }
}
