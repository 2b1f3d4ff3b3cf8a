package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.CallOutcome.Ok;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The cache is bounded by the size of the bodies its answers were read from, so it fits the heap
 * whatever days are asked about: an answer read from a body larger than the whole bound is not
 * kept, a small one is.
 */
@TestPropertySource(properties = "chatbot.downstream.cache.max-size=1KB")
class CacheSizeTest extends DownstreamTest {

    private static final String ORDERS = "/pos/orders";
    private static final String TOTAL = "/payment/payments/total";

    @Test
    void anAnswerFromABodyLargerThanTheBoundIsNotKept() {
        wiremock.stubFor(get(urlPathEqualTo(ORDERS)).willReturn(okJson(ordersOf(30))));

        CallOutcome<?> first = pos.orders(ctx(), YESTERDAY, YESTERDAY);
        CallOutcome<?> second = pos.orders(ctx(), YESTERDAY, YESTERDAY);

        assertThat(first).isInstanceOf(Ok.class);
        assertThat(second)
                .isInstanceOfSatisfying(Ok.class, ok -> assertThat(ok.cached()).isFalse());
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(ORDERS)));
    }

    @Test
    void anAnswerFromASmallBodyIsKept() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .willReturn(okJson("{\"from\":\"2026-11-23\",\"to\":\"2026-11-23\",\"total\":100.00,\"count\":3,"
                        + "\"by_method\":{\"card\":100.00}}")));

        payment.total(ctx(), YESTERDAY, YESTERDAY);
        CallOutcome<PaymentTotal> again = payment.total(ctx(), YESTERDAY, YESTERDAY);

        assertThat(again)
                .isInstanceOfSatisfying(Ok.class, ok -> assertThat(ok.cached()).isTrue());
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    /** {@code n} paid orders of one item each: about 150 bytes an order. */
    private static String ordersOf(int n) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"o-")
                    .append(i)
                    .append("\",\"created_at\":\"2026-11-23T12:31:05+01:00\",\"status\":\"paid\",\"table_id\":\"t-4\",")
                    .append("\"covers\":2,\"server\":\"Ana\",\"items\":[{\"product_id\":\"p-12\",\"quantity\":1,")
                    .append("\"unit_price\":12.50,\"subtotal\":12.50}],\"total\":12.50}");
        }
        return json.append(']').toString();
    }
}
