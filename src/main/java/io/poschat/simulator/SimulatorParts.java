package io.poschat.simulator;

import io.poschat.simulator.Faults.Fault;
import java.time.Clock;

/** The simulator, assembled: its data, its APIs and the knobs the admin API turns. */
record SimulatorParts(
        SimulatorProperties properties,
        ServiceApi api,
        AdminApi admin,
        CallCounter calls,
        Latency latency,
        Faults faults,
        Hangs hangs,
        Delivery delivery) {

    static SimulatorParts assemble(SimulatorProperties properties, Clock clock, Hangs hangs) {
        var sales = new Sales(new DayPlanner());
        var api = new ServiceApi(sales, new Stockroom(Catalogue.tenants()), new Tables(sales), clock);
        var calls = new CallCounter();
        var latency = new Latency(properties.latencyProfile());
        var faults = new Faults();
        properties.faults().forEach((name, setting) -> {
            Service service = Service.byKey(name)
                    .orElseThrow(() -> new IllegalStateException("simulator.faults." + name
                            + ": no such service; use auth, pos, inventory, payment or restaurant"));
            faults.set(service, new Fault(setting.mode(), setting.rate()));
        });
        return new SimulatorParts(
                properties,
                api,
                new AdminApi(calls, latency, faults),
                calls,
                latency,
                faults,
                hangs,
                new Delivery(hangs, properties.slowBody()));
    }
}
