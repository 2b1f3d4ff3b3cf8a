package io.poschat.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CallContextTest {

    @Test
    void itsTextNamesTheTenantAndCorrelationIdButNeverTheToken() {
        CallContext ctx = new CallContext(
                "bistro-1",
                ZoneOffset.UTC,
                "secret-token-42",
                "c0ffee",
                Deadline.after(Duration.ofSeconds(1)),
                System.nanoTime(),
                call -> {});

        assertThat(ctx.toString()).contains("bistro-1", "c0ffee").doesNotContain("secret-token-42");
    }
}
