package io.poschat.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The simulator inside the chatbot's own server, under {@code /sim/<service>} and {@code /sim/admin}.
 * With {@code simulator.embedded=false} none of the simulator's beans exist.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "simulator.embedded", havingValue = "true", matchIfMissing = true)
@Import(SimulatorBeans.class)
class EmbeddedSimulatorConfiguration {

    private static final Mount MOUNT = new Mount.Embedded();

    @Bean
    ServletRegistrationBean<SimulatorServlet> simulatorServlet(SimulatorParts simulatorParts) {
        var servlet = new SimulatorServlet(MOUNT, simulatorParts);
        var registration = new ServletRegistrationBean<>(servlet, Mount.Embedded.PREFIX + "/*");
        registration.setName("simulator");
        return registration;
    }

    @Bean
    ServiceAnnouncer simulatorAnnouncer() {
        return new ServiceAnnouncer(MOUNT, "localhost");
    }
}
