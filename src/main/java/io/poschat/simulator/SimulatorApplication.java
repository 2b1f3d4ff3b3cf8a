package io.poschat.simulator;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs the simulator on its own, without the chatbot. */
public final class SimulatorApplication {

    private SimulatorApplication() {}

    /**
     * Starts the five simulated services on ports {@code simulator.base-port} (4001) to base + 4,
     * listening on {@code simulator.address} (127.0.0.1), with the admin API under {@code /sim/admin}
     * on every port. Options come as Spring Boot arguments, e.g. {@code --simulator.base-port=5001
     * --simulator.latency-profile=seed}. Returns the running context; closing it stops the servers.
     */
    public static ConfigurableApplicationContext runStandalone(String[] args) {
        return new SpringApplicationBuilder(StandaloneSimulator.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.application.name=pos-simulator")
                .run(args);
    }
}
