package io.poschat.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the tests that talk HTTP to the embedded simulator; they all share one server. */
@SpringBootTest(
        classes = SimulatorTestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            "simulator.hang=3s",
            "simulator.slow-body=1s"
        })
abstract class EmbeddedSimulatorTest {

    @LocalServerPort
    private int port;

    SimClient sim;

    @BeforeEach
    void connect() {
        sim = SimClient.embedded(port);
        sim.resetAdmin();
    }

    @AfterEach
    void restoreDefaults() {
        sim.resetAdmin();
    }
}
