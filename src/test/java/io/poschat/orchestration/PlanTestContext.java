package io.poschat.orchestration;

import io.github.resilience4j.springboot3.bulkhead.autoconfigure.BulkheadAutoConfiguration;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.poschat.downstream.DownstreamProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** Just the downstream clients and the orchestrator, with the real resilience4j set-up. */
// @TestComponent keeps the application's own component scan from picking this up; @Configuration
// (not @TestConfiguration) makes it the whole context of the tests that name it.
@Configuration(proxyBeanMethods = false)
@TestComponent
@ComponentScan(
        basePackages = {"io.poschat.downstream", "io.poschat.orchestration"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Test.*"))
@EnableConfigurationProperties({DownstreamProperties.class, OrchestrationProperties.class})
@ImportAutoConfiguration({
    JacksonAutoConfiguration.class,
    CircuitBreakerAutoConfiguration.class,
    RetryAutoConfiguration.class,
    BulkheadAutoConfiguration.class
})
class PlanTestContext {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
