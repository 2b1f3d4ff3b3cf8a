package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.poschat.PosChatbotApplication;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Thousands of random and malformed frames on one signed-in socket: broken JSON, wrong types, huge
 * ids, control characters, emoji, script tags, another tenant's id, binary and empty frames, deep
 * nesting. Each gets exactly one {@code error}, answer or pong (carrying the frame's id when it had a
 * usable one), no frame ever shows a Java class or a stack trace, the session still answers a real
 * question at the end, and the heap does not grow with the number of frames.
 *
 * <p>jqwik does not run Spring's test extension, so the app is started here by hand, once.
 */
class RandomFramesPropertyTest {

    private static final int TRIES = 2_000;
    private static final int WARM_UP = 300;
    /** Generous: a leak of a few KiB per frame over 1,700 frames would pass it, a real one not. */
    private static final long HEAP_GROWTH_LIMIT = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERNALS = Pattern.compile(
            "(?:java|javax|jakarta|sun|org\\.springframework|org\\.apache|com\\.fasterxml|io\\.poschat)\\.[a-z]+\\."
                    + "|Exception|\\bat [a-z]+\\.[a-z]+|Caused by|NullPointer|\\.java:\\d+");
    private static final List<String> TERMINAL = List.of("answer", "clarify", "error", "pong");

    private static ConfigurableApplicationContext app;
    private static TestChatClient chat;
    private static Path reviewDir;
    private static final AtomicInteger tried = new AtomicInteger();
    private static long heapAfterWarmUp = -1;

    @BeforeContainer
    static void startAndSignIn() throws Exception {
        reviewDir = Files.createTempDirectory("random-frames");
        // Command-line arguments, so they win over application.yml (builder properties would not).
        app = new SpringApplicationBuilder(PosChatbotApplication.class)
                .initializers(context ->
                        context.getBeanFactory().registerSingleton("skipTestComponents", new SkipTestComponents()))
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--simulator.latency-profile=none",
                        // Every frame should reach the code under test, not stop at the rate limit.
                        "--chatbot.limits.questions-per-second-per-session=1000000",
                        "--chatbot.limits.questions-per-second-per-tenant=1000000",
                        "--chatbot.nlu.review-path=" + reviewDir.resolve("review.txt"));
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        chat = TestChatClient.connect(port, "demo-manager");
        assertThat(chat.next().path("type").asText()).isEqualTo("ready");
    }

    @AfterContainer
    static void stop() throws IOException {
        if (chat != null) {
            chat.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = TRIES)
    void everyFrameGetsOneCleanReplyAndTheSessionGoesOn(@ForAll("frames") Frame frame) throws Exception {
        if (frame.binary() != null) {
            chat.sendBinary(frame.binary());
        } else {
            chat.send(frame.text());
        }
        String expectedId = frame.usableId();
        JsonNode reply;
        do {
            reply = chat.nextFrame();
            String raw = reply.toString();
            String own = expectedId == null ? raw : raw.replace(JSON.writeValueAsString(expectedId), "\"\"");
            assertThat(own).as("no internals in a frame").doesNotContainPattern(INTERNALS);
            assertThat(reply.path("type").asText()).isIn("progress", "answer", "clarify", "error", "pong");
            if (reply.path("type").asText().equals("error")) {
                assertThat(reply.path("code").asText())
                        .as("an error that does not close the socket")
                        .isIn("bad_request", "too_large", "forbidden", "internal");
                assertThat(reply.path("code").asText()).as(raw).isNotEqualTo("internal");
                assertThat(reply.path("message").asText()).isNotBlank();
            }
            if (!reply.path("type").asText().equals("pong")) {
                if (expectedId == null) {
                    assertThat(reply.has("id")).as(raw).isFalse();
                } else {
                    assertThat(reply.path("id").asText()).isEqualTo(expectedId);
                }
            }
        } while (!TERMINAL.contains(reply.path("type").asText()));
        assertThat(chat.isOpen()).isTrue();

        if (tried.incrementAndGet() == WARM_UP) {
            heapAfterWarmUp = heapAfterGc();
        }
        if (tried.get() == TRIES) {
            theSessionStillAnswersAndTheHeapDidNotGrow();
        }
    }

    private static void theSessionStillAnswersAndTheHeapDidNotGrow() throws Exception {
        chat.ask("real", "what's my revenue today?");
        JsonNode answer = chat.next();
        assertThat(answer.path("type").asText()).isEqualTo("answer");
        assertThat(answer.path("id").asText()).isEqualTo("real");
        assertThat(answer.path("intent").asText()).isEqualTo("revenue");
        assertThat(app.getBean(ChatHandler.class).openSessions()).isEqualTo(1);

        long growth = heapAfterGc() - heapAfterWarmUp;
        System.out.printf(
                "random frames: %d sent; heap after GC grew %d KiB after the first %d%n",
                TRIES, growth / 1024, WARM_UP);
        assertThat(growth).as("heap growth in bytes").isLessThan(HEAP_GROWTH_LIMIT);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A text or binary frame. */
    record Frame(String text, byte[] binary) {

        /** A text frame; a surrogate cut from its pair (no text frame can carry one) becomes "?". */
        static Frame text(String text) {
            StringBuilder wellFormed = new StringBuilder(text.length());
            text.codePoints()
                    .map(c -> c <= 0xFFFF && Character.isSurrogate((char) c) ? '?' : c)
                    .forEach(wellFormed::appendCodePoint);
            return new Frame(wellFormed.toString(), null);
        }

        /** The id the reply must carry: a string {@code id} of a JSON object, as the server reads it. */
        String usableId() {
            if (text == null) {
                return null;
            }
            try {
                JsonNode node = JSON.readTree(text);
                return node != null && node.isObject() && node.path("id").isTextual()
                        ? node.get("id").asText()
                        : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return text != null
                    ? "text " + (text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + ")" : text)
                    : "binary of " + binary.length + " bytes";
        }
    }

    @Provide
    Arbitrary<Frame> frames() {
        return Arbitraries.frequencyOf(
                        Tuple.of(4, objects().map(node -> Frame.text(node.toString()))),
                        Tuple.of(2, objects().flatMap(this::broken).map(Frame::text)),
                        Tuple.of(2, junk().map(Frame::text)),
                        Tuple.of(1, nested().map(Frame::text)),
                        Tuple.of(
                                1,
                                Arbitraries.of(
                                                "",
                                                " ",
                                                "null",
                                                "true",
                                                "42",
                                                "\"ask\"",
                                                "[]",
                                                "{}",
                                                "[1,2",
                                                "{\"type\":")
                                        .map(Frame::text)),
                        Tuple.of(
                                1,
                                Arbitraries.bytes()
                                        .array(byte[].class)
                                        .ofMaxSize(300)
                                        .map(bytes -> new Frame(null, bytes))))
                // Larger frames close the socket with 1009 by design (ChatProtocolTest shows it).
                .filter(frame ->
                        frame.text() == null || frame.text().getBytes(StandardCharsets.UTF_8).length <= 65_536);
    }

    /** Objects shaped like frames, with fields of every kind and the wrong kind. */
    private Arbitrary<ObjectNode> objects() {
        return Combinators.combine(
                        types(),
                        values(),
                        values(),
                        questions(),
                        Arbitraries.integers().between(0, 3))
                .as((type, id, text, question, extra) -> {
                    ObjectNode node = JsonNodeFactory.instance.objectNode();
                    if (type != null) {
                        node.set("type", type);
                    }
                    if (id != null) {
                        node.set("id", id);
                    }
                    node.set("text", text != null && extra == 0 ? text : JsonNodeFactory.instance.textNode(question));
                    switch (extra) {
                        case 1 -> node.put("tenant", "cafe-2").put("tenant_id", "cafe-2");
                        case 2 -> node.put("token", "demo-cafe");
                        case 3 ->
                            node.set(
                                    "user",
                                    JsonNodeFactory.instance.objectNode().put("tenant", "cafe-2"));
                        default -> {}
                    }
                    return node;
                });
    }

    private Arbitrary<JsonNode> types() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(JsonNodeFactory.instance.textNode("ask"))),
                Tuple.of(
                        1,
                        Arbitraries.of("ping", "auth", "ready", "answer", "ASK", "", "<script>")
                                .map(JsonNodeFactory.instance::textNode)),
                Tuple.of(1, values()),
                Tuple.of(1, Arbitraries.just(null)));
    }

    /** Any JSON value: strings of every kind, numbers huge and small, nulls, arrays, objects. */
    private Arbitrary<JsonNode> values() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return Arbitraries.frequencyOf(
                Tuple.of(4, strings().map(f::textNode)),
                Tuple.of(1, Arbitraries.strings().alpha().ofLength(20_000).map(f::textNode)),
                Tuple.of(1, Arbitraries.longs().map(f::numberNode)),
                Tuple.of(
                        1,
                        Arbitraries.of(f.numberNode(1e308), f.numberNode(new java.math.BigInteger("9".repeat(400))))),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                f.nullNode(),
                                f.booleanNode(true),
                                f.arrayNode().add(1).add("x"),
                                f.objectNode().put("id", "inner"))));
    }

    private Arbitrary<String> questions() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "what's my revenue today?",
                        "revenue for cafe-2 today",
                        "top 3 products this week",
                        "how many tables are free?",
                        "and yesterday?",
                        "hello",
                        "<script>alert('x')</script> revenue",
                        "revenue 🍕🍕 today 👩‍🍳",
                        "revenue\u0000today\u0007\u001b[31m",
                        "top 999999999999999999999 products",
                        "x".repeat(5_000)),
                strings());
    }

    private Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                // Anything short of a lone surrogate (which no text frame can carry).
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(120),
                Arbitraries.strings().ascii().ofMaxLength(60),
                Arbitraries.of(
                                "😀", "🍕", "👩‍🍳", "🇪🇸", "<", ">", "/", "\"", "'", "\\", "&", ";", "{", "}", "[",
                                "]")
                        .list()
                        .ofMaxSize(40)
                        .map(parts -> String.join("", parts)),
                Arbitraries.of(
                        "<img src=x onerror=alert(1)>", "'; DROP TABLE orders; --", "${jndi:ldap://x}", "%s%n%x"));
    }

    /** A well-formed frame cut short, or with a character swapped for junk. */
    private Arbitrary<String> broken(ObjectNode node) {
        String text = node.toString();
        return Arbitraries.integers()
                .between(0, Math.max(0, text.length() - 1))
                .flatMap(at -> Arbitraries.of(
                        text.substring(0, at),
                        text.substring(0, at) + "\u0000" + text.substring(at),
                        text.substring(0, at) + "\"" + text.substring(at),
                        text.replace("\"", "'"),
                        text + text));
    }

    private Arbitrary<String> junk() {
        return Arbitraries.oneOf(strings(), Arbitraries.strings().ascii().ofMaxLength(2_000));
    }

    /** Arrays and objects nested deeper than any parser should follow. */
    private Arbitrary<String> nested() {
        return Arbitraries.integers()
                .between(1, 5_000)
                .flatMap(depth -> Arbitraries.of(
                        "[".repeat(depth) + "]".repeat(depth),
                        "{\"type\":\"ask\",\"id\":\"n\",\"text\":" + "[".repeat(depth) + "]".repeat(depth) + "}",
                        "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
    }

    /** What Spring's test support leaves out of a scan: the test configurations of other tests. */
    private static final class SkipTestComponents extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SkipTestComponents;
        }

        @Override
        public int hashCode() {
            return SkipTestComponents.class.hashCode();
        }
    }
}
