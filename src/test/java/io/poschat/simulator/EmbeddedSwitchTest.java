package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** {@code simulator.embedded} decides whether any simulator bean exists; start-up settings bind. */
class EmbeddedSwitchTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(EmbeddedSimulatorConfiguration.class);

    @Test
    void createsNoSimulatorBeanAtAllWhenNotEmbedded() {
        runner.withPropertyValues("simulator.embedded=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(SimulatorParts.class);
            assertThat(context).doesNotHaveBean(ServletRegistrationBean.class);
            assertThat(Arrays.stream(context.getBeanDefinitionNames())
                            .map(name -> context.getBeanFactory().getType(name))
                            .filter(type -> type != null
                                    && type.getPackageName().equals(getClass().getPackageName())))
                    .isEmpty();
        });
    }

    @Test
    void isEmbeddedByDefaultUnderSim() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(SimulatorParts.class);
            ServletRegistrationBean<?> servlet = context.getBean(ServletRegistrationBean.class);
            assertThat(servlet.getUrlMappings()).containsExactly("/sim/*");
        });
    }

    @Test
    void bindsLatencyProfileAndFaultsGivenAtStart() {
        runner.withPropertyValues(
                        "simulator.latency-profile=seed",
                        "simulator.faults.payment.mode=error",
                        "simulator.faults.payment.rate=1.0",
                        "simulator.faults.pos.mode=slow",
                        "simulator.faults.pos.rate=0.3")
                .run(context -> {
                    SimulatorParts parts = context.getBean(SimulatorParts.class);
                    assertThat(parts.latency().describe().profile()).isEqualTo("seed");
                    assertThat(parts.faults().describe())
                            .containsEntry("payment", new Faults.Setting("error", 1.0))
                            .containsEntry("pos", new Faults.Setting("slow", 0.3))
                            .containsEntry("auth", new Faults.Setting("none", 0.0));
                });
    }

    @Test
    void refusesToStartWithAFaultForAnUnknownService() {
        runner.withPropertyValues("simulator.faults.kitchen.mode=error")
                .run(context ->
                        assertThat(context).getFailure().rootCause().hasMessageContaining("simulator.faults.kitchen"));
    }
}
