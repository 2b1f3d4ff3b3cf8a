package io.poschat.simulator;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The beans both modes share. Deliberately not a {@code @Configuration}: it is only ever imported,
 * so the chatbot's component scan cannot create it when the simulator is off.
 */
class SimulatorBeans {

    @Bean
    Hangs simulatorHangs() {
        return new Hangs();
    }

    /** Uses the application's {@link Clock} bean when there is exactly one, so tests can fix "now". */
    @Bean
    SimulatorParts simulatorParts(Environment environment, ObjectProvider<Clock> clock, Hangs simulatorHangs) {
        return SimulatorParts.assemble(
                SimulatorProperties.bind(environment), clock.getIfUnique(Clock::systemUTC), simulatorHangs);
    }
}
