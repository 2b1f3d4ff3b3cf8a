package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poschat.FixedClockConfiguration;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/**
 * The JSON logs operators get by default: one answer's correlation id leads to every line of its
 * life, each with the tenant and the intent, down to the downstream calls made in forked branches;
 * and no token, good or bad, is ever written.
 *
 * <p>Logback is configured once per test JVM (by the first Spring context), and the tests' config
 * keeps it human-readable, so this test adds an appender with Spring Boot's own structured encoder
 * in the format application.yml selects, and reads its lines.
 */
@Import(FixedClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "simulator.latency-profile=none"})
class StructuredLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BAD_TOKEN = "forged-7f3a9c1e-token";
    /** A header cannot carry it: the JDK's refusal would quote it whole. */
    private static final String CONTROL_TOKEN = "ctl-5d2e0b\u0007-token";

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    /** The loggers of a question's life, quiet in the other tests (config/application.yml). */
    private static final List<String> QUESTION_LOGGERS =
            List.of("io.poschat.conversation.QuestionTelemetry", "io.poschat.downstream.CallPipeline");

    private final ByteArrayOutputStream json = new ByteArrayOutputStream();
    private final Map<String, Level> levelsBefore = new HashMap<>();
    private OutputStreamAppender<ILoggingEvent> appender;

    @BeforeEach
    void writeJsonLinesAsOperatorsGetThem() throws Exception {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        if (logback.getObject(Environment.class.getName()) == null) {
            logback.putObject(Environment.class.getName(), environment);
        }
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(logback);
        encoder.setFormat(defaultFormat());
        encoder.start();
        appender = new OutputStreamAppender<>();
        appender.setContext(logback);
        appender.setEncoder(encoder);
        appender.setOutputStream(json);
        appender.start();
        logback.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        for (String name : QUESTION_LOGGERS) {
            levelsBefore.put(name, logback.getLogger(name).getLevel());
            logback.getLogger(name).setLevel(Level.INFO); // as in production
        }
    }

    @AfterEach
    void removeTheAppender() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        logback.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
        levelsBefore.forEach((name, level) -> logback.getLogger(name).setLevel(level));
    }

    @Test
    void operatorsGetLogstashJsonByDefault() throws Exception {
        // Spring Boot's Logstash fields, written by our faster formatter (LogstashLinesTest: same bytes).
        assertThat(defaultFormat()).isEqualTo(io.poschat.LogstashLines.class.getName());
    }

    @Test
    void oneAnswersCorrelationIdFindsEveryLineOfItsLifeWithTenantAndIntent() throws Exception {
        // Revenue asks pos and payment at once, each from its own forked branch.
        JsonNode answer = new TestHttp(port).ask("demo-manager", "what did we take last friday?");
        assertThat(answer.path("intent").asText()).isEqualTo("revenue");
        String id = answer.path("meta").path("correlation_id").asText();

        List<JsonNode> lines = jsonLines().stream()
                .filter(line -> id.equals(line.path("correlation_id").asText()))
                .toList();

        assertThat(lines).hasSizeGreaterThanOrEqualTo(4).allSatisfy(line -> {
            assertThat(line.path("tenant").asText()).isEqualTo("bistro-1");
            assertThat(line.path("intent").asText()).isEqualTo("revenue");
        });
        String questionThread = lines.stream()
                .filter(line -> line.path("message").asText().startsWith("question received: revenue"))
                .findFirst()
                .orElseThrow()
                .path("thread_name")
                .asText();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("logger_name").asText()).isEqualTo("io.poschat.downstream.CallPipeline");
            // Written in a branch Fanout forked, on a virtual thread of its own.
            assertThat(line.path("thread_name").asText()).isNotEqualTo(questionThread);
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
        try (TestChatClient chat = TestChatClient.connect(port, null)) {
            chat.send(JSON.writeValueAsString(Map.of("type", "auth", "token", CONTROL_TOKEN)));
            assertThat(chat.next().path("code").asText()).isEqualTo("unauthenticated");
        }

        String logged = json.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("downstream call auth /auth/verify: rejected");
        assertThat(jsonLines())
                .anySatisfy(line -> assertThat(line.path("outcome").asText()).isEqualTo("rejected"));
        // Neither in the JSON lines nor in the human-readable console.
        for (String written : List.of(logged, output.getAll())) {
            assertThat(written).doesNotContain(BAD_TOKEN, "ctl-5d2e0b", "demo-manager", "demo-waiter", "Bearer");
        }
    }

    /** Every line written since the test began; each must be one JSON object. */
    private List<JsonNode> jsonLines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : json.toString(StandardCharsets.UTF_8).split("\\R")) {
            try {
                lines.add(JSON.readTree(line));
            } catch (Exception notJson) {
                throw new AssertionError("a log line that is not JSON: " + line, notJson);
            }
        }
        return lines;
    }

    /** {@code logging.structured.format.console} as the shipped application.yml sets it. */
    private static String defaultFormat() throws Exception {
        var yml = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        return String.valueOf(yml.getFirst().getProperty("logging.structured.format.console"));
    }
}
