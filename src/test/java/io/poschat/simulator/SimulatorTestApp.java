package io.poschat.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The embedded simulator in a bare web server, without the chatbot's beans, on a clock fixed at lunchtime in
 * Madrid and London (13:10 UTC on Tuesday 2026-11-24; still early morning in New York). Not a
 * {@code @Configuration}, so that the chatbot's component scan never finds it in other tests, and
 * so that {@code @SpringBootTest} takes it as the whole configuration.
 */
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    SslAutoConfiguration.class,
    ServletWebServerFactoryAutoConfiguration.class,
    EmbeddedWebServerFactoryCustomizerAutoConfiguration.class
})
@Import(EmbeddedSimulatorConfiguration.class)
class SimulatorTestApp {

    static final Instant NOW = Instant.parse("2026-11-24T13:10:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
