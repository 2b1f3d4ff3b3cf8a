package io.poschat.simulator;

import java.util.Optional;

/** Where the simulator is reachable, and so how a request's port and path name a service. */
sealed interface Mount {

    /** What a request for {@code path} (relative to the servlet's mapping) on {@code port} asks for. */
    Optional<Target> resolve(int port, String path);

    /** The base URL of a service, given the host and the port the server's main connector bound. */
    String baseUrl(Service service, String host, int serverPort);

    sealed interface Target {}

    record Admin(String path) implements Target {}

    record Call(Service service, String path) implements Target {}

    /** Inside the chatbot's server under {@code /sim}: {@code /sim/<service>/...} and {@code /sim/admin/...}. */
    record Embedded() implements Mount {
        static final String PREFIX = "/sim";

        @Override
        public Optional<Target> resolve(int port, String path) {
            int slash = path.indexOf('/', 1);
            String first = slash < 0 ? path.substring(1) : path.substring(1, slash);
            String rest = slash < 0 ? "" : path.substring(slash);
            if (first.equals("admin")) {
                return Optional.of(new Admin(rest));
            }
            return Service.byKey(first).map(service -> new Call(service, rest));
        }

        @Override
        public String baseUrl(Service service, String host, int serverPort) {
            return "http://" + host + ":" + serverPort + PREFIX + "/" + service.key();
        }
    }

    /** One port per service from {@code basePort} on, at the contract's own paths; admin on every port. */
    record Standalone(int basePort) implements Mount {
        private static final String ADMIN = "/sim/admin";

        @Override
        public Optional<Target> resolve(int port, String path) {
            if (path.equals(ADMIN) || path.startsWith(ADMIN + "/")) {
                return Optional.of(new Admin(path.substring(ADMIN.length())));
            }
            return Service.byPort(port, basePort).map(service -> new Call(service, path));
        }

        @Override
        public String baseUrl(Service service, String host, int serverPort) {
            return "http://" + host + ":" + service.port(basePort);
        }
    }
}
