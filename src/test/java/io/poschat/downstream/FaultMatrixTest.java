package io.poschat.downstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.poschat.downstream.CallOutcome.Failed;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.CallOutcome.TimedOut;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every way a service can misbehave, against every client: each ends in an outcome, never an
 * exception, and the outcome says what happened.
 */
class FaultMatrixTest extends DownstreamTest {

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void answersOkWithTheDataWhenTheServiceAnswersTheContract(ServiceCall call) {
        answer(call, okJson(call.body));

        CallOutcome<?> outcome = call.call(this, ctx());

        assertThat(outcome).isInstanceOf(CallOutcome.Ok.class);
        assertThat(outcome.status()).isEqualTo(CallStatus.OK);
        assertThat(outcome.data()).isPresent();
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsWithServerErrorOnHttp500(ServiceCall call) {
        answer(call, aResponse().withStatus(500).withBody("{\"error\": \"internal\"}"));

        CallOutcome<?> outcome = call.call(this, ctx());

        assertThat(outcome).isEqualTo(new Failed<>(Problem.SERVER_ERROR));
        assertThat(outcome.status()).isEqualTo(CallStatus.ERROR);
        assertThat(outcome.data()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsWithServerErrorOnAnUnexpectedStatus(ServiceCall call) {
        answer(call, aResponse().withStatus(404).withBody("{\"error\": \"not_found\"}"));

        assertThat(call.call(this, ctx())).isEqualTo(new Failed<>(Problem.SERVER_ERROR));
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void timesOutWithinTheTimeoutWhenTheServiceIsSlowToAnswer(ServiceCall call) {
        answer(call, okJson(call.body).withFixedDelay(2_000));

        long start = System.nanoTime();
        CallOutcome<?> outcome = call.call(this, ctx());

        assertThat(outcome).isEqualTo(new TimedOut<>());
        assertThat(outcome.status()).isEqualTo(CallStatus.TIMEOUT);
        assertThat(msSince(start)).isBetween(TIMEOUT_MS - 10, TIMEOUT_MS + LATE_MS);
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void timesOutWithinTheTimeoutWhenTheBodyDribbles(ServiceCall call) {
        answer(call, okJson(call.body).withChunkedDribbleDelay(10, 2_000));

        long start = System.nanoTime();
        CallOutcome<?> outcome = call.call(this, ctx());

        assertThat(outcome).isEqualTo(new TimedOut<>());
        assertThat(msSince(start)).isBetween(TIMEOUT_MS - 10, TIMEOUT_MS + LATE_MS);
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsAsUnreachableWhenTheConnectionIsReset(ServiceCall call) {
        answer(call, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(call.call(this, ctx())).isEqualTo(new Failed<>(Problem.UNREACHABLE));
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsAsUnreachableWhenTheConnectionClosesWithoutAnAnswer(ServiceCall call) {
        answer(call, aResponse().withFault(Fault.EMPTY_RESPONSE));

        assertThat(call.call(this, ctx())).isEqualTo(new Failed<>(Problem.UNREACHABLE));
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsAsUnreachableWhenTheChunkedTransferBreaks(ServiceCall call) {
        // Broken HTTP framing, not broken JSON: to the client it is a connection gone bad.
        answer(call, aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        assertThat(call.call(this, ctx())).isEqualTo(new Failed<>(Problem.UNREACHABLE));
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsWithAnErrorWhenTheServiceSendsRandomBytes(ServiceCall call) {
        answer(call, aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

        CallOutcome<?> outcome = call.call(this, ctx());

        assertThat(outcome).isInstanceOf(Failed.class);
        assertThat(outcome.status()).isEqualTo(CallStatus.ERROR);
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsAsMalformedWhenA200BodyIsBrokenJson(ServiceCall call) {
        answer(call, okJson(call.body.substring(0, call.body.length() / 2)));

        assertThat(call.call(this, ctx())).isEqualTo(new Failed<>(Problem.MALFORMED));
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsAsMalformedWhenA200BodyIsEmpty(ServiceCall call) {
        answer(call, aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

        assertThat(call.call(this, ctx())).isEqualTo(new Failed<>(Problem.MALFORMED));
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsAsMalformedWhenA200BodyIsJsonNull(ServiceCall call) {
        answer(call, okJson("null"));

        assertThat(call.call(this, ctx())).isEqualTo(new Failed<>(Problem.MALFORMED));
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsAsMalformedWhenTheBodyHasTheWrongShape(ServiceCall call) {
        answer(call, okJson(call.wrongShapeBody));

        assertThat(call.call(this, ctx())).isEqualTo(new Failed<>(Problem.MALFORMED));
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsAsRejectedOn401(ServiceCall call) {
        answer(call, aResponse().withStatus(401).withBody("{\"error\": \"invalid_token\"}"));

        assertThat(call.call(this, ctx())).isEqualTo(new Failed<>(Problem.REJECTED));
    }

    @ParameterizedTest
    @EnumSource(ServiceCall.class)
    void failsAsRejectedOn403(ServiceCall call) {
        answer(call, aResponse().withStatus(403).withBody("{\"error\": \"forbidden\"}"));

        assertThat(call.call(this, ctx())).isEqualTo(new Failed<>(Problem.REJECTED));
    }

    private void answer(ServiceCall call, ResponseDefinitionBuilder response) {
        wiremock.stubFor(get(urlPathEqualTo(call.path)).willReturn(response));
    }
}
