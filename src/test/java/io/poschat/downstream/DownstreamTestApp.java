package io.poschat.downstream;

import io.github.resilience4j.springboot3.bulkhead.autoconfigure.BulkheadAutoConfiguration;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/** Just the downstream package, resilience4j's registries, a movable clock and a meter registry. */
@TestConfiguration(proxyBeanMethods = false)
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
