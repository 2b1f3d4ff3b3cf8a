package io.poschat.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many questions may run their downstream calls at once (docs/design.md, "Admission"). The
 * bound adapts: it grows while the machine keeps up and shrinks when work waits for a CPU, so an
 * overload makes questions queue briefly instead of timing out their calls (and opening breakers
 * against services that were never the problem).
 *
 * @param enabled false runs every question at once, however loaded the machine is
 * @param minInFlight the bound never goes below this
 * @param maxInFlight the bound never goes above this
 * @param lagLimit how late a waiting virtual thread may get its CPU before the bound shrinks
 * @param maxWait how long a question may queue; longer and it is refused ({@code rate_limited})
 */
@ConfigurationProperties("chatbot.admission")
public record AdmissionProperties(
        Boolean enabled, int minInFlight, int maxInFlight, Duration lagLimit, Duration maxWait) {

    public AdmissionProperties {
        enabled = enabled == null || enabled;
        minInFlight = minInFlight <= 0 ? 8 : minInFlight;
        maxInFlight = maxInFlight <= 0 ? 2000 : Math.max(maxInFlight, minInFlight);
        lagLimit = lagLimit == null ? Duration.ofMillis(100) : lagLimit;
        maxWait = maxWait == null ? Duration.ofMillis(1200) : maxWait;
    }
}
