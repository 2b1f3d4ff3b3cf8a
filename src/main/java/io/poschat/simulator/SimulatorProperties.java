package io.poschat.simulator;

import io.poschat.simulator.Faults.Mode;
import io.poschat.simulator.Latency.Profile;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * The {@code simulator.*} settings. Bound by hand rather than through {@code
 * ConfigurationPropertiesScan}, so that no simulator bean exists when the simulator is off.
 *
 * @param embedded serve under {@code /sim/<service>} inside the chatbot's server
 * @param latencyProfile the latency each service starts with
 * @param basePort standalone: auth listens here, pos on the next port, and so on
 * @param address standalone: the address to listen on
 * @param hang how long a {@code timeout} fault holds a call before answering
 * @param slowBody how long a {@code slow} fault takes to dribble out a body
 * @param faults fault per service at start, keyed by service name
 */
record SimulatorProperties(
        @DefaultValue("true") boolean embedded,
        @DefaultValue("realistic") Profile latencyProfile,
        @DefaultValue("4001") int basePort,
        @DefaultValue("127.0.0.1") String address,
        @DefaultValue("30s") Duration hang,
        @DefaultValue("8s") Duration slowBody,
        Map<String, FaultSetting> faults) {

    static final String PREFIX = "simulator";

    SimulatorProperties {
        faults = faults == null ? Map.of() : Map.copyOf(faults);
    }

    record FaultSetting(
            @DefaultValue("none") Mode mode,
            @DefaultValue("1.0") double rate) {}

    static SimulatorProperties bind(Environment environment) {
        return Binder.get(environment).bindOrCreate(PREFIX, SimulatorProperties.class);
    }
}
