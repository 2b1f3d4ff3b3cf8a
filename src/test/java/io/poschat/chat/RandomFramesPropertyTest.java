package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poschat.FixedClockConfiguration;
import io.poschat.chat.RandomFrames.Frame;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Thousands of random and malformed frames on one signed-in socket: broken JSON, wrong types, huge
 * ids, control characters, emoji, script tags, another tenant's id, binary and empty frames, deep
 * nesting. Each gets exactly one {@code error}, answer or pong (carrying the frame's id when it had a
 * usable one), no frame ever shows a Java class or a stack trace, the session still answers a real
 * question at the end, and the heap does not grow with the number of frames.
 *
 * <p>The frames come from {@link RandomFrames} with a fixed seed, so every run sends the same ones;
 * {@code -Dframes.seed=123} sends another sequence, and a failure names its seed and the frame to
 * replay it with.
 */
@Import(FixedClockConfiguration.class)
// No other test can share this context (its review file is its own): close it after, not at the end.
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            // Every frame should reach the code under test, not stop at the rate limit.
            "chatbot.limits.questions-per-second-per-session=1000000",
            "chatbot.limits.questions-per-second-per-tenant=1000000"
        })
class RandomFramesPropertyTest {

    static final long DEFAULT_SEED = 20_261_125L;
    private static final int FRAMES = 2_000;
    private static final int WARM_UP = 300;
    /** Generous: a leak of a few KiB per frame over 1,700 frames would pass it, a real one not. */
    private static final long HEAP_GROWTH_LIMIT = 64L * 1024 * 1024;
    /** Longer frames are quoted this far in the message, and written whole to a file. */
    private static final int QUOTED_CHARS = 500;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERNALS = Pattern.compile(
            "(?:java|javax|jakarta|sun|org\\.springframework|org\\.apache|com\\.fasterxml|io\\.poschat)\\.[a-z]+\\."
                    + "|Exception|\\bat [a-z]+\\.[a-z]+|Caused by|NullPointer|\\.java:\\d+");
    private static final List<String> TERMINAL = List.of("answer", "clarify", "error", "pong");

    @LocalServerPort
    int port;

    @Autowired
    ChatHandler handler;

    @DynamicPropertySource
    static void reviewFileOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
        // Questions the model is unsure of are kept for review: not in the project's models/.
        Path reviewDir = Files.createTempDirectory("random-frames");
        registry.add(
                "chatbot.nlu.review-path", () -> reviewDir.resolve("review.txt").toString());
    }

    @Test
    void everyFrameGetsOneCleanReplyAndTheSessionGoesOn() throws Exception {
        long seed = seed();
        System.out.printf("random frames: seed %d (replay with -Dframes.seed=%d)%n", seed, seed);
        RandomFrames frames = new RandomFrames(seed);
        long heapAfterWarmUp = -1;
        Map<String, Integer> replies = new TreeMap<>();

        try (TestChatClient chat = TestChatClient.connect(port, "demo-manager")) {
            assertThat(chat.next().path("type").asText()).isEqualTo("ready");

            for (int n = 1; n <= FRAMES; n++) {
                Frame frame = frames.next();
                try {
                    replies.merge(oneCleanReply(chat, frame), 1, Integer::sum);
                } catch (AssertionError | Exception e) {
                    throw new AssertionError(failure(seed, n, frame, e), e);
                }
                if (n == WARM_UP) {
                    heapAfterWarmUp = heapAfterGc();
                }
            }

            System.out.printf("random frames: replies %s%n", replies);
            // Else the generator has drifted into sending only one kind of frame.
            assertThat(replies.keySet())
                    .as("kinds of reply, seed " + seed)
                    .contains("answer", "error bad_request", "error too_large", "pong");

            chat.ask("real", "what's my revenue today?");
            JsonNode answer = chat.next();
            String afterAll = "after the " + FRAMES + " frames of seed " + seed + ": " + answer;
            assertThat(answer.path("type").asText()).as(afterAll).isEqualTo("answer");
            assertThat(answer.path("id").asText()).as(afterAll).isEqualTo("real");
            assertThat(answer.path("intent").asText()).as(afterAll).isEqualTo("revenue");
            assertThat(handler.openSessions()).as("open sessions").isEqualTo(1);

            long growth = heapAfterGc() - heapAfterWarmUp;
            System.out.printf(
                    "random frames: %d sent; heap after GC grew %d KiB after the first %d%n",
                    FRAMES, growth / 1024, WARM_UP);
            assertThat(growth).as("heap growth in bytes, seed " + seed).isLessThan(HEAP_GROWTH_LIMIT);
        }
    }

    /**
     * Sends the frame and reads its replies: progress frames, then exactly one final one, whose type
     * (and code, for an error) it returns.
     */
    private static String oneCleanReply(TestChatClient chat, Frame frame) throws Exception {
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
            // The frame's own id is echoed back as sent, whatever it says.
            String own = expectedId == null ? raw : raw.replace(JSON.writeValueAsString(expectedId), "\"\"");
            assertThat(own).as("no internals in the reply " + raw).doesNotContainPattern(INTERNALS);
            String type = reply.path("type").asText();
            assertThat(type).as(raw).isIn("progress", "answer", "clarify", "error", "pong");
            if (type.equals("error")) {
                assertThat(reply.path("code").asText())
                        .as("an error that does not close the socket: " + raw)
                        .isIn("bad_request", "too_large", "forbidden");
                assertThat(reply.path("message").asText()).as(raw).isNotBlank();
            }
            if (!type.equals("pong")) {
                if (expectedId == null) {
                    assertThat(reply.has("id")).as("an id in " + raw).isFalse();
                } else {
                    assertThat(reply.path("id").asText()).as(raw).isEqualTo(expectedId);
                }
            }
        } while (!TERMINAL.contains(reply.path("type").asText()));
        assertThat(chat.isOpen()).as("the socket is still open").isTrue();
        return reply.path("type").asText()
                + (reply.has("code") ? " " + reply.path("code").asText() : "");
    }

    private static long seed() {
        String given = System.getProperty("frames.seed");
        if (given == null || given.isBlank()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("frames.seed must be a whole number, not '" + given + "'");
        }
    }

    /** Names the seed and the frame: short frames whole in the message, long ones in a file too. */
    private static String failure(long seed, int n, Frame frame, Throwable cause) throws IOException {
        String exactly = frame.exactly();
        String quoted = exactly;
        if (exactly.length() > QUOTED_CHARS) {
            Path file = Path.of("target", "random-frames", "seed-" + seed + "-frame-" + n + ".bin");
            Files.createDirectories(file.getParent());
            Files.write(
                    file, frame.binary() != null ? frame.binary() : frame.text().getBytes(StandardCharsets.UTF_8));
            quoted = exactly.substring(0, QUOTED_CHARS) + "… (the frame exactly as sent is in " + file.toAbsolutePath()
                    + ")";
        }
        return "frame " + n + " of seed " + seed + " (replay with -Dframes.seed=" + seed + "): " + quoted + "\n"
                + cause.getMessage();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
