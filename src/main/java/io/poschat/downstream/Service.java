package io.poschat.downstream;

/** The five POS services the chatbot depends on. {@link #id()} names them in config, logs and frames. */
public enum Service {
    AUTH("auth"),
    POS("pos"),
    INVENTORY("inventory"),
    PAYMENT("payment"),
    RESTAURANT("restaurant");

    private final String id;

    Service(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
