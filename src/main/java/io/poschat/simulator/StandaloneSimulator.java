package io.poschat.simulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Executors;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The simulator on its own: one Tomcat with a connector per service on ports base..base+4, serving
 * the contract's paths as the real services would. Only the web server's auto-configuration is
 * imported, so none of the chatbot's beans are created. Not a {@code @Configuration}, so the
 * chatbot's component scan never picks it up.
 */
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    SslAutoConfiguration.class,
    ServletWebServerFactoryAutoConfiguration.class,
    EmbeddedWebServerFactoryCustomizerAutoConfiguration.class
})
@Import(SimulatorBeans.class)
class StandaloneSimulator {

    @Bean
    ServletRegistrationBean<SimulatorServlet> simulatorServlet(SimulatorParts simulatorParts) {
        var servlet = new SimulatorServlet(mount(simulatorParts), simulatorParts);
        var registration = new ServletRegistrationBean<>(servlet, "/*");
        registration.setName("simulator");
        return registration;
    }

    /**
     * Connections waiting to be accepted, per port. Tomcat's default of 100 overflows when a busy
     * chatbot opens hundreds of connections at once, and the kernel drops the rest: each dropped
     * one is tried again only after a second, which a 1.5 s call timeout barely survives.
     */
    static final int ACCEPT_BACKLOG = 1024;

    /** Auth on the main connector at the base port; one more connector for each other service. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> simulatorPorts(SimulatorParts simulatorParts) {
        SimulatorProperties properties = simulatorParts.properties();
        InetAddress address = address(properties.address());
        return factory -> {
            factory.addConnectorCustomizers(c -> c.setProperty("acceptCount", String.valueOf(ACCEPT_BACKLOG)));
            factory.setAddress(address);
            factory.setPort(Service.AUTH.port(properties.basePort()));
            for (Service service : Service.values()) {
                if (service != Service.AUTH) {
                    factory.addAdditionalTomcatConnectors(connector(service, properties.basePort(), address));
                }
            }
        };
    }

    @Bean
    ServiceAnnouncer simulatorAnnouncer(SimulatorParts simulatorParts) {
        return new ServiceAnnouncer(
                mount(simulatorParts), simulatorParts.properties().address());
    }

    private static Mount mount(SimulatorParts parts) {
        return new Mount.Standalone(parts.properties().basePort());
    }

    private static Connector connector(Service service, int basePort, InetAddress address) {
        var connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(service.port(basePort));
        connector.setProperty("address", address.getHostAddress());
        connector.setProperty("acceptCount", String.valueOf(ACCEPT_BACKLOG));
        connector
                .getProtocolHandler()
                .setExecutor(Executors.newThreadPerTaskExecutor(
                        Thread.ofVirtual().name("sim-" + service.key() + "-", 0).factory()));
        return connector;
    }

    private static InetAddress address(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("simulator.address: cannot resolve '" + address + "'", e);
        }
    }
}
