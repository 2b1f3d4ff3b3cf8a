package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code cache_gets_total{cache="downstream"}} counts what the cache answered: a fresh entry is a
 * hit; an entry past its freshness is a miss, even when it is then served as stale.
 */
class CacheMetricsTest extends DownstreamTest {

    private static final String TOTAL = "/payment/payments/total";

    @Autowired
    MeterRegistry meters;

    @Test
    void aFreshEntryIsAHitAndAnUncachedOneAMiss() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.TOTAL)));
        double hits = gets("hit");
        double misses = gets("miss");

        payment.total(ctx(), TODAY, TODAY);
        payment.total(ctx(), TODAY, TODAY);

        assertThat(gets("miss")).isEqualTo(misses + 1);
        assertThat(gets("hit")).isEqualTo(hits + 1);
    }

    @Test
    void anEntryServedAsStaleIsAMiss() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.TOTAL)));
        payment.total(ctx(), TODAY, TODAY);
        clock.advance(Duration.ofMinutes(1)); // today's figures are fresh for 10 s
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(serverError()));
        double hits = gets("hit");
        double misses = gets("miss");

        assertThat(payment.total(ctx(), TODAY, TODAY)).isInstanceOf(CallOutcome.Stale.class);

        assertThat(gets("miss")).isEqualTo(misses + 1);
        assertThat(gets("hit")).isEqualTo(hits);
    }

    private double gets(String result) {
        return meters.get("cache.gets")
                .tag("cache", "downstream")
                .tag("result", result)
                .functionCounter()
                .count();
    }
}
