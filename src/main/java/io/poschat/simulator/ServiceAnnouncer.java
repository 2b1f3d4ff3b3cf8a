package io.poschat.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/** Logs where each simulated service can be reached once the server is up. */
final class ServiceAnnouncer implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ServiceAnnouncer.class);

    private final Mount mount;
    private final String host;

    ServiceAnnouncer(Mount mount, String host) {
        this.mount = mount;
        this.host = host;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a management server, not ours
        }
        int port = event.getWebServer().getPort();
        for (Service service : Service.values()) {
            log.info("Simulated {} service at {}", service.key(), mount.baseUrl(service, host, port));
        }
        log.info(
                "Simulator admin API (no token needed) at {}/sim/admin",
                mount.baseUrl(Service.AUTH, host, port).replaceFirst("/sim/auth$", ""));
    }
}
