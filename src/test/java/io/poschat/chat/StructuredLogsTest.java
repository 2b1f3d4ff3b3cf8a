package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poschat.FixedClockConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The JSON logs operators get by default: one answer's correlation id leads to every line of its
 * life, each with the tenant and the intent, down to the downstream calls made in forked branches;
 * and no token, good or bad, is ever written.
 */
@Import(FixedClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            // The default of application.yml, which the tests' own config/application.yml turns off.
            "logging.structured.format.console=logstash"
        })
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BAD_TOKEN = "forged-7f3a9c1e-token";

    @LocalServerPort
    int port;

    @Test
    void oneAnswersCorrelationIdFindsEveryLineOfItsLifeWithTenantAndIntent(CapturedOutput output) throws Exception {
        // Revenue asks pos and payment at once, each from its own forked branch.
        JsonNode answer = new TestHttp(port).ask("demo-manager", "what did we take last friday?");
        assertThat(answer.path("intent").asText()).isEqualTo("revenue");
        String id = answer.path("meta").path("correlation_id").asText();

        List<JsonNode> lines = jsonLines(output).stream()
                .filter(line -> id.equals(line.path("correlation_id").asText()))
                .toList();

        assertThat(lines).hasSizeGreaterThanOrEqualTo(4).allSatisfy(line -> {
            assertThat(line.path("tenant").asText()).isEqualTo("bistro-1");
            assertThat(line.path("intent").asText()).isEqualTo("revenue");
        });
        assertThat(lines)
                .anySatisfy(line -> assertThat(line.path("message").asText()).startsWith("question received: revenue"));
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("logger_name").asText()).isEqualTo("io.poschat.downstream.CallPipeline");
            assertThat(line.path("service").asText()).isEqualTo("pos");
            assertThat(line.path("endpoint").asText()).isEqualTo("/orders");
            assertThat(line.path("outcome").asText()).isEqualTo("ok");
            assertThat(line.path("attempt").asInt()).isEqualTo(1);
            assertThat(line.path("ms").isNumber()).isTrue();
        });
        assertThat(lines)
                .anySatisfy(line -> assertThat(line.path("service").asText()).isEqualTo("payment"));
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("message").asText()).startsWith("answer sent: answered");
            assertThat(line.path("total_ms").isNumber()).isTrue();
            assertThat(line.path("partial").asBoolean()).isFalse();
        });
    }

    @Test
    void noTokenEverReachesTheLogs(CapturedOutput output) throws Exception {
        TestHttp http = new TestHttp(port);
        http.ask("demo-manager", "which tables are free?");
        http.ask(BAD_TOKEN, "which tables are free?");
        try (TestChatClient chat = TestChatClient.connect(port, null)) {
            chat.send("{\"type\":\"auth\",\"token\":\"demo-waiter\"}");
            assertThat(chat.next().path("type").asText()).isEqualTo("ready");
            chat.ask("q1", "how many orders are waiting?");
            assertThat(chat.next().path("type").asText()).isEqualTo("answer");
        }
        try (TestChatClient chat = TestChatClient.connect(port, BAD_TOKEN)) {
            assertThat(chat.next().path("code").asText()).isEqualTo("unauthenticated");
        }

        assertThat(output.getAll()).contains("downstream call auth /auth/verify: rejected");
        assertThat(output.getAll()).doesNotContain(BAD_TOKEN, "demo-manager", "demo-waiter", "Bearer");
    }

    private static List<JsonNode> jsonLines(CapturedOutput output) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.getOut().split("\\R")) {
            if (line.startsWith("{")) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (Exception notJson) {
                    throw new AssertionError("a log line that is not JSON: " + line, notJson);
                }
            }
        }
        return lines;
    }
}
