package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.poschat.FixedClockConfiguration;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The protocol of protocol.md, spoken by a real WebSocket client to the server with its simulator. */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chatbot.chat.auth-timeout=1s", "simulator.latency-profile=none", "server.address=127.0.0.1"})
class ChatProtocolTest {

    @LocalServerPort
    int port;

    @Test
    void signsInWithTheHandshakeHeaderAndAnswersARevenueQuestion() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            JsonNode ready = chat.next();
            assertThat(ready.path("type").asText()).isEqualTo("ready");
            assertThat(ready.path("tenant").path("id").asText()).isEqualTo("bistro-1");
            assertThat(ready.path("user").path("name").asText()).isNotBlank();

            chat.ask("c-1", "what's my revenue today?");
            JsonNode answer = chat.next();

            assertThat(answer.path("type").asText()).isEqualTo("answer");
            assertThat(answer.path("id").asText()).isEqualTo("c-1");
            assertThat(answer.path("intent").asText()).isEqualTo("revenue");
            assertThat(answer.path("text").asText()).contains("€");
            assertThat(answer.path("data").has("total")).isTrue();
            assertThat(answer.path("data").has("order_count")).isTrue();
            assertThat(answer.path("data").has("average_order_value")).isTrue();
            JsonNode meta = answer.path("meta");
            assertThat(meta.path("correlation_id").asText()).isNotBlank();
            assertThat(meta.path("partial").asBoolean()).isFalse();
            assertThat(meta.path("total_ms").isNumber()).isTrue();
            assertThat(meta.path("calls"))
                    .extracting(call -> call.path("service").asText() + " "
                            + call.path("endpoint").asText() + " "
                            + call.path("status").asText())
                    .containsExactlyInAnyOrder("pos /orders ok", "payment /payments/total ok");
        }
    }

    @Test
    void signsInWithAnAuthFrame() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, null)) {
            chat.send("{\"type\":\"auth\",\"token\":\"demo-cafe\"}");
            JsonNode ready = chat.next();
            assertThat(ready.path("type").asText()).isEqualTo("ready");
            assertThat(ready.path("tenant").path("id").asText()).isEqualTo("cafe-2");
            assertThat(ready.path("permissions")).extracting(JsonNode::asText).contains("reports:read");
        }
    }

    @Test
    void progressFramesReportEachCallAsItFinishes() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            chat.next();
            chat.ask("c-p", "revenue today");
            JsonNode first = chat.nextFrame();
            JsonNode second = chat.nextFrame();
            JsonNode answer = chat.nextFrame();
            assertThat(first.path("type").asText()).isEqualTo("progress");
            assertThat(second.path("type").asText()).isEqualTo("progress");
            assertThat(first.path("id").asText()).isEqualTo("c-p");
            assertThat(java.util.List.of(
                            first.path("service").asText(),
                            second.path("service").asText()))
                    .containsExactlyInAnyOrder("pos", "payment");
            assertThat(answer.path("type").asText()).isEqualTo("answer");
        }
    }

    @Test
    void answersPingWithPong() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            chat.next();
            chat.send("{\"type\":\"ping\"}");
            assertThat(chat.next().path("type").asText()).isEqualTo("pong");
        }
    }

    @Test
    void everyBadFrameGetsItsErrorAndTheSessionGoesOn() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            chat.next();
            assertError(chat, "this is not json", null, "bad_request");
            assertError(chat, "[1,2,3]", null, "bad_request");
            assertError(chat, "{\"id\":\"x-0\"}", "x-0", "bad_request");
            assertError(chat, "{\"type\":\"dance\",\"id\":\"x-1\"}", "x-1", "bad_request");
            assertError(chat, "{\"type\":\"ask\",\"id\":\"x-2\"}", "x-2", "bad_request");
            assertError(chat, "{\"type\":\"ask\",\"id\":\"x-3\",\"text\":42}", "x-3", "bad_request");
            assertError(chat, "{\"type\":\"ask\",\"text\":\"revenue today\"}", null, "bad_request");
            assertError(chat, "{\"type\":\"ask\",\"id\":7,\"text\":\"revenue today\"}", null, "bad_request");
            assertError(
                    chat,
                    "{\"type\":\"ask\",\"id\":\"x-4\",\"text\":\"" + "a".repeat(4097) + "\"}",
                    "x-4",
                    "too_large");
            assertError(chat, "{\"type\":\"auth\",\"token\":\"demo-manager\"}", null, "bad_request");
            // A long unknown type is quoted back cut short, between characters, not inside an emoji.
            assertError(chat, "{\"type\":\"" + "🍕".repeat(50) + "\",\"id\":\"x-6\"}", "x-6", "bad_request");

            chat.ask("x-5", "hello");
            JsonNode answer = chat.next();
            assertThat(answer.path("type").asText()).isEqualTo("answer");
            assertThat(answer.path("id").asText()).isEqualTo("x-5");
            assertThat(chat.isOpen()).isTrue();
        }
    }

    @Test
    void aBinaryFrameOrATokenlessAuthFrameGetsBadRequestAndTheSocketStaysOpen() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, null)) {
            chat.send("{\"type\":\"auth\"}");
            JsonNode error = chat.next();
            assertThat(error.path("code").asText()).isEqualTo("bad_request");

            chat.send("{\"type\":\"auth\",\"token\":\"demo-manager\"}");
            assertThat(chat.next().path("type").asText()).isEqualTo("ready");

            chat.sendBinary(new byte[] {1, 2, 3});
            assertThat(chat.next().path("code").asText()).isEqualTo("bad_request");
            chat.send("{\"type\":\"ping\"}");
            assertThat(chat.next().path("type").asText()).isEqualTo("pong");
        }
    }

    @Test
    void aFrameUpTo64KiBIsReadAndAnsweredWithAnError() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            chat.next();
            String big = "{\"type\":\"ask\",\"id\":\"big\",\"text\":\"" + "b".repeat(60_000) + "\"}";
            assertError(chat, big, "big", "too_large");
            assertThat(chat.isOpen()).isTrue();
        }
    }

    @Test
    void aFrameLongerThanTheSocketsBufferIsReadInPartsAndAnsweredWhole() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            chat.next();
            // Over the 8 Ki-char text buffer Tomcat keeps per socket, in multi-byte characters.
            String padding = " ".repeat(9_000) + "€".repeat(5_000);
            chat.send("{\"type\":\"ask\",\"id\":\"long\",\"text\":\"what's my revenue today?\",\"pad\":\"" + padding
                    + "\"}");
            JsonNode answer = chat.next();
            assertThat(answer.path("id").asText()).isEqualTo("long");
            assertThat(answer.path("intent").asText()).isEqualTo("revenue");
            assertThat(chat.isOpen()).isTrue();
        }
    }

    @Test
    void aLongBinaryFrameGetsOneBadRequestAndOneOver64KiBCloses() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            chat.next();
            chat.sendBinary(new byte[10_000]);
            assertThat(chat.next().path("code").asText()).isEqualTo("bad_request");
            chat.send("{\"type\":\"ping\"}");
            assertThat(chat.next().path("type").asText()).isEqualTo("pong");

            chat.sendBinary(new byte[65_537]);
            assertThat(chat.closeCode(Duration.ofSeconds(5))).isEqualTo(1009);
        }
    }

    @Test
    void aFrameOf64KiBInThreeByteCharactersIsReadAndOneByteMoreCloses() throws Exception {
        String frameStart = "{\"type\":\"ask\",\"id\":\"x\",\"text\":\"";
        String frameEnd = "\"}";
        int room = 65_536 - frameStart.length() - frameEnd.length();
        String exactly = frameStart + "€".repeat(room / 3) + "a".repeat(room % 3) + frameEnd;
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            chat.next();
            assertError(chat, exactly, "x", "too_large");
            chat.send(exactly.replace("{\"type\"", "{ \"type\""));
            assertThat(chat.closeCode(Duration.ofSeconds(5))).isEqualTo(1009);
        }
    }

    @Test
    void aFrameOver64KiBClosesTheSocketWith1009() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            chat.next();
            chat.send("{\"type\":\"ask\",\"id\":\"huge\",\"text\":\"" + "h".repeat(70_000) + "\"}");
            assertThat(chat.closeCode(Duration.ofSeconds(5))).isEqualTo(1009);
        }
    }

    @Test
    void byDefaultOnlyTheServersOwnPagesAndClientsWithoutAnOriginMayConnect() throws Exception {
        try (TestChatClient own = TestChatClient.connect(port, "demo-manager", "http://127.0.0.1:" + port)) {
            assertThat(own.next().path("type").asText()).isEqualTo("ready");
        }
        try (TestChatClient script = TestChatClient.connect(port, "demo-manager", null)) {
            assertThat(script.next().path("type").asText()).isEqualTo("ready");
        }
        for (String foreign : java.util.List.of(
                "https://evil.example.org", "http://127.0.0.1:" + (port + 1), "https://127.0.0.1:" + port, "null")) {
            assertThatThrownBy(() -> TestChatClient.connect(port, "demo-manager", foreign))
                    .as(foreign)
                    .cause()
                    .isInstanceOfSatisfying(
                            java.net.http.WebSocketHandshakeException.class,
                            refused -> assertThat(refused.getResponse().statusCode())
                                    .isEqualTo(403));
        }
    }

    @Test
    void closesWith1008WhenTheTokenIsBad() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, "not-a-token")) {
            JsonNode error = chat.next();
            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("code").asText()).isEqualTo("unauthenticated");
            assertThat(chat.closeCode(Duration.ofSeconds(5))).isEqualTo(1008);
        }
    }

    @Test
    void closesWith1008WhenNobodySignsIn() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, null)) {
            JsonNode error = chat.next();
            assertThat(error.path("code").asText()).isEqualTo("unauthenticated");
            assertThat(chat.closeCode(Duration.ofSeconds(5))).isEqualTo(1008);
        }
    }

    @Test
    void closesWith1008WhenAskingBeforeSigningIn() throws Exception {
        try (TestChatClient chat = TestChatClient.connect(port, null)) {
            chat.ask("early", "revenue today");
            JsonNode error = chat.next();
            assertThat(error.path("code").asText()).isEqualTo("unauthenticated");
            assertThat(error.path("id").asText()).isEqualTo("early");
            assertThat(chat.closeCode(Duration.ofSeconds(5))).isEqualTo(1008);
        }
    }

    @Test
    void httpAskReturnsTheSameAnswerObject() throws Exception {
        HttpResponse<String> response =
                new TestHttp(port).post("demo-manager", "{\"text\":\"what's my revenue today?\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(answer.path("type").asText()).isEqualTo("answer");
        assertThat(answer.path("intent").asText()).isEqualTo("revenue");
        assertThat(answer.path("meta").path("calls")).hasSize(2);
    }

    @Test
    void httpAskWithoutATokenIsUnauthorized() throws Exception {
        HttpResponse<String> response = new TestHttp(port).post(null, "{\"text\":\"revenue\"}");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"unauthenticated\"");
    }

    @Test
    void httpAskWithABodyThatIsNotJsonIsABadRequest() throws Exception {
        HttpResponse<String> response = new TestHttp(port).post("demo-manager", "{not json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"bad_request\"");
    }

    @Test
    void httpAskWithAnOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> response =
                new TestHttp(port).post("demo-manager", "{\"text\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"too_large\"");
    }

    @Test
    void httpAskWithABadTokenIsRefusedEveryTimeWithoutAskingAuthAgain() throws Exception {
        TestHttp http = new TestHttp(port);
        http.admin("DELETE", "/stats", null);

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = http.post("not-a-token", "{\"text\":\"revenue\"}");
            assertThat(response.statusCode()).isEqualTo(401);
        }

        assertThat(http.admin("GET", "/stats", null)
                        .path("calls")
                        .path("auth GET /auth/verify")
                        .asInt())
                .isEqualTo(1);
    }

    private static void assertError(TestChatClient chat, String frame, String id, String code) throws Exception {
        chat.send(frame);
        JsonNode error = chat.next();
        assertThat(error.path("type").asText()).as(frame).isEqualTo("error");
        assertThat(error.path("code").asText()).as(frame).isEqualTo(code);
        assertThat(error.path("message").asText()).as(frame).isNotBlank();
        if (id == null) {
            assertThat(error.has("id")).as(frame).isFalse();
        } else {
            assertThat(error.path("id").asText()).as(frame).isEqualTo(id);
        }
    }
}
