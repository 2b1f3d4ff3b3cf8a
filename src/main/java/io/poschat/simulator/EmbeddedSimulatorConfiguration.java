package io.poschat.simulator;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * The simulator inside the chatbot's own server, under {@code /sim/<service>} and {@code /sim/admin}.
 * With {@code simulator.embedded=false} none of the simulator's beans exist.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "simulator.embedded", havingValue = "true", matchIfMissing = true)
@Import(SimulatorBeans.class)
class EmbeddedSimulatorConfiguration {

    private static final Mount MOUNT = new Mount.Embedded();

    /** The simulator servlet's registration name, which a request's servlet mapping reports. */
    static final String SERVLET_NAME = "simulator";

    @Bean
    ServletRegistrationBean<SimulatorServlet> simulatorServlet(SimulatorParts simulatorParts) {
        var servlet = new SimulatorServlet(MOUNT, simulatorParts);
        var registration = new ServletRegistrationBean<>(servlet, Mount.Embedded.PREFIX + "/*");
        registration.setName(SERVLET_NAME);
        return registration;
    }

    /**
     * Keeps the simulator's requests out of the chatbot's {@code http.server.requests}: they are a
     * simulated other system's traffic, not the chatbot's, and without an MVC handler to name them
     * they all landed under {@code uri="UNKNOWN"}, next to the chatbot's own requests, while costing
     * an observation (a timer lookup and its tags) on the path of every answer. Boot applies every
     * {@link ObservationPredicate} bean to its observation registry; the predicate decides by the
     * servlet a request was mapped to, which Tomcat knows before any filter runs.
     */
    @Bean
    ObservationPredicate simulatorRequestsUnobserved() {
        return EmbeddedSimulatorConfiguration::observed;
    }

    static boolean observed(String name, Observation.Context context) {
        return !(context instanceof ServerRequestObservationContext request
                && request.getCarrier().getHttpServletMapping() != null
                && SERVLET_NAME.equals(
                        request.getCarrier().getHttpServletMapping().getServletName()));
    }

    @Bean
    ServiceAnnouncer simulatorAnnouncer() {
        return new ServiceAnnouncer(MOUNT, "localhost");
    }
}
