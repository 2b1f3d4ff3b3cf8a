package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Standalone, each service has its own port and the contract's paths, with no chatbot around. */
class StandaloneModeTest {

    private static int base;
    private static ConfigurableApplicationContext simulator;

    @BeforeAll
    static void start() throws IOException {
        base = freeBasePort();
        simulator = SimulatorApplication.runStandalone(
                new String[] {"simulator", "--simulator.base-port=" + base, "--simulator.latency-profile=none"});
    }

    @AfterAll
    static void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void servesEachServiceOnItsOwnPortFromTheBasePort() {
        SimClient sim = SimClient.standalone(base);
        sim.resetAdmin();

        assertThat(sim.json(Service.AUTH, "/auth/verify", null, "demo-cafe")
                        .get("tenant_id")
                        .asText())
                .isEqualTo("cafe-2");
        assertThat(sim.json(Service.POS, "/orders?date=2026-11-20")).isNotEmpty();
        assertThat(sim.json(Service.INVENTORY, "/products/low-stock")).isNotEmpty();
        assertThat(sim.json(Service.PAYMENT, "/payments/daily-total?date=2026-11-20")
                        .get("count")
                        .asInt())
                .isPositive();
        assertThat(sim.json(Service.RESTAURANT, "/tables/status")).hasSize(16);

        assertThat(sim.get(Service.AUTH, "/orders?date=2026-11-20").statusCode())
                .as("each port serves only its own service")
                .isEqualTo(404);
        assertThat(sim.admin("GET", "/stats", null).body()).contains("\"pos GET /orders\":1");
        assertThat(simulator.getEnvironment().getProperty("local.server.port")).isEqualTo(String.valueOf(base));
    }

    @Test
    void startsOnlyTheSimulatorNotTheChatbot() {
        assertThat(simulator.getBeansOfType(SimulatorParts.class)).hasSize(1);
        assertThat(Arrays.stream(simulator.getBeanDefinitionNames())
                        .map(name -> simulator.getBeanFactory().getType(name))
                        .filter(type -> type != null && type.getPackageName().startsWith("io.poschat")))
                .isNotEmpty()
                .allSatisfy(type -> assertThat(type.getPackageName()).isEqualTo("io.poschat.simulator"));
    }

    /** A base port with the four ports above it also free, all on loopback. */
    private static int freeBasePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int base;
            try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                base = probe.getLocalPort();
            }
            if (base + 4 <= 65535 && allFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no five consecutive free ports found");
    }

    private static boolean allFree(int base) {
        for (int port = base; port <= base + 4; port++) {
            try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
