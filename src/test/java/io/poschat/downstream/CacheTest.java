package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.CallOutcome.Ok;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers are reused while they are true: past days for 12 h, today's figures for 10 s, live state
 * for 2 s, the catalogue for 5 min (application.yml), always per tenant and per parameters.
 */
class CacheTest extends DownstreamTest {

    private static final String TOTAL = "/payment/payments/total";

    @Test
    void reusesAPastDayWithoutCalling() {
        answerTotal("100.00");
        CallOutcome<PaymentTotal> first = payment.total(ctx(), YESTERDAY, YESTERDAY);

        clock.advance(Duration.ofHours(11));
        CallOutcome<PaymentTotal> second = payment.total(ctx(), YESTERDAY, YESTERDAY);

        assertThat(first).isEqualTo(new Ok<>(total("100.00"), false));
        assertThat(second).isEqualTo(new Ok<>(total("100.00"), true));
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void asksAgainForAPastDayAfterTwelveHours() {
        answerTotal("100.00");
        payment.total(ctx(), YESTERDAY, YESTERDAY);

        clock.advance(Duration.ofHours(12));
        CallOutcome<PaymentTotal> later = payment.total(ctx(), YESTERDAY, YESTERDAY);

        assertThat(later).isEqualTo(new Ok<>(total("100.00"), false));
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void reusesTodaysFiguresForTenSecondsOnly() {
        answerTotal("100.00");
        payment.total(ctx(), TODAY, TODAY);
        clock.advance(Duration.ofSeconds(9));
        CallOutcome<PaymentTotal> within = payment.total(ctx(), TODAY, TODAY);

        answerTotal("130.00");
        clock.advance(Duration.ofSeconds(1));
        CallOutcome<PaymentTotal> after = payment.total(ctx(), TODAY, TODAY);

        assertThat(within).isEqualTo(new Ok<>(total("100.00"), true));
        assertThat(after).isEqualTo(new Ok<>(total("130.00"), false));
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void aRangeThatReachesTodayMovesLikeToday() {
        answerTotal("100.00");
        payment.total(ctx(), YESTERDAY, TODAY);

        clock.advance(Duration.ofSeconds(10));
        payment.total(ctx(), YESTERDAY, TODAY);

        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void decidesWhatIsPastInTheTenantsTimezone() {
        // 23:30 UTC on the 24th is already 00:30 on the 25th in Madrid: the 24th is over there.
        clock.set(Instant.parse("2026-11-24T23:30:00Z"));
        answerTotal("100.00");
        payment.total(ctx(), TODAY, TODAY);

        clock.advance(Duration.ofHours(1));
        CallOutcome<PaymentTotal> later = payment.total(ctx(), TODAY, TODAY);

        assertThat(later).isEqualTo(new Ok<>(total("100.00"), true));
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)));
    }

    @Test
    void reusesLiveStateForTwoSecondsOnly() {
        wiremock.stubFor(get("/restaurant/tables/status").willReturn(okJson(Bodies.TABLES)));
        restaurant.tables(ctx());
        clock.advance(Duration.ofMillis(1_999));
        CallOutcome<List<TableStatus>> within = restaurant.tables(ctx());
        clock.advance(Duration.ofMillis(1));
        CallOutcome<List<TableStatus>> after = restaurant.tables(ctx());

        assertThat(within)
                .isInstanceOfSatisfying(Ok.class, ok -> assertThat(ok.cached()).isTrue());
        assertThat(after)
                .isInstanceOfSatisfying(Ok.class, ok -> assertThat(ok.cached()).isFalse());
        wiremock.verify(2, getRequestedFor(urlPathEqualTo("/restaurant/tables/status")));
    }

    @Test
    void reusesTheCatalogueForFiveMinutes() {
        wiremock.stubFor(get("/inventory/products").willReturn(okJson(Bodies.PRODUCTS)));
        inventory.products(ctx());
        clock.advance(Duration.ofMinutes(4));
        inventory.products(ctx());
        clock.advance(Duration.ofMinutes(1));
        inventory.products(ctx());

        wiremock.verify(2, getRequestedFor(urlPathEqualTo("/inventory/products")));
    }

    @Test
    void keepsEachTenantsAnswersApart() {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .withHeader("x-tenant-id", equalTo("bistro-1"))
                .willReturn(okJson(Bodies.total("100.00"))));
        wiremock.stubFor(get(urlPathEqualTo(TOTAL))
                .withHeader("x-tenant-id", equalTo("cafe-2"))
                .willReturn(okJson(Bodies.total("7.50"))));

        CallOutcome<PaymentTotal> bistro = payment.total(ctx("bistro-1"), YESTERDAY, YESTERDAY);
        CallOutcome<PaymentTotal> cafe = payment.total(ctx("cafe-2"), YESTERDAY, YESTERDAY);
        CallOutcome<PaymentTotal> bistroAgain = payment.total(ctx("bistro-1"), YESTERDAY, YESTERDAY);
        CallOutcome<PaymentTotal> cafeAgain = payment.total(ctx("cafe-2"), YESTERDAY, YESTERDAY);

        assertThat(bistro).isEqualTo(new Ok<>(total("100.00"), false));
        assertThat(cafe).isEqualTo(new Ok<>(total("7.50"), false));
        assertThat(bistroAgain).isEqualTo(new Ok<>(total("100.00"), true));
        assertThat(cafeAgain).isEqualTo(new Ok<>(total("7.50"), true));
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)).withHeader("x-tenant-id", equalTo("bistro-1")));
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TOTAL)).withHeader("x-tenant-id", equalTo("cafe-2")));
    }

    @Test
    void keepsAnswersToDifferentParametersApart() {
        answerTotal("100.00");
        payment.total(ctx(), YESTERDAY, YESTERDAY);
        payment.total(ctx(), YESTERDAY.minusDays(1), YESTERDAY);
        wiremock.stubFor(get(urlPathEqualTo("/inventory/products")).willReturn(okJson(Bodies.PRODUCTS)));
        inventory.products(ctx(), List.of("p-12"));
        inventory.products(ctx(), List.of("p-12", "p-3"));

        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TOTAL)));
        wiremock.verify(2, getRequestedFor(urlPathEqualTo("/inventory/products")));
    }

    @Test
    void neverReusesAVerdictOnAToken() {
        wiremock.stubFor(get("/auth/auth/verify").willReturn(okJson(Bodies.AUTH)));

        auth.verify(TOKEN, CORRELATION_ID);
        auth.verify(TOKEN, CORRELATION_ID);

        wiremock.verify(2, getRequestedFor(urlPathEqualTo("/auth/auth/verify")));
    }

    private void answerTotal(String amount) {
        wiremock.stubFor(get(urlPathEqualTo(TOTAL)).willReturn(okJson(Bodies.total(amount))));
    }

    private static PaymentTotal total(String amount) {
        return new PaymentTotal(TODAY, TODAY, new BigDecimal(amount), 1, null);
    }
}
