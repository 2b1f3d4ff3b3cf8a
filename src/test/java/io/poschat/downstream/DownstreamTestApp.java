package io.poschat.downstream;

import io.github.resilience4j.springboot3.bulkhead.autoconfigure.BulkheadAutoConfiguration;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Just the downstream package, resilience4j's registries, a movable clock and a meter registry. */
// @TestComponent keeps the application's own component scan from picking this up; @Configuration
// (not @TestConfiguration) makes it the whole context of the tests that name it.
@Configuration(proxyBeanMethods = false)
@TestComponent
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    CircuitBreakerAutoConfiguration.class,
    RetryAutoConfiguration.class,
    BulkheadAutoConfiguration.class
})
@ComponentScan(basePackageClasses = CallPipeline.class)
@EnableConfigurationProperties(DownstreamProperties.class)
class DownstreamTestApp {

    @Bean
    MutableClock clock() {
        return new MutableClock(DownstreamTest.NOW);
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
