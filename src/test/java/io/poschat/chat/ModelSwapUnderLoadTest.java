package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poschat.FixedClockConfiguration;
import io.poschat.nlu.IntentModelStore;
import io.poschat.nlu.IntentTrainer;
import io.poschat.nlu.LabeledText;
import io.poschat.nlu.ModelRecipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sessions ask without pause while the intent model file is replaced, then overwritten with junk:
 * every question is answered, the new model serves once swapped in, and the junk leaves it serving
 * with health saying so.
 */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            "chatbot.nlu.reload-interval=100ms",
            "chatbot.limits.questions-per-second-per-session=1000000",
            "chatbot.limits.questions-per-second-per-tenant=1000000"
        })
class ModelSwapUnderLoadTest {

    private static final String PROBE = "what is my revenue";
    private static final List<String> QUESTIONS = List.of(
            "what's my revenue today?", "how many tables are free?", "top 3 products this week", "hello", PROBE);

    private static Path modelDir;

    @LocalServerPort
    int port;

    @Autowired
    IntentModelStore models;

    @DynamicPropertySource
    static void aModelOfItsOwn(DynamicPropertyRegistry registry) throws IOException {
        modelDir = Files.createTempDirectory("model-swap");
        Files.copy(Path.of("models/intent-model.bin"), modelDir.resolve("intent-model.bin"));
        registry.add(
                "chatbot.nlu.model-path",
                () -> modelDir.resolve("intent-model.bin").toString());
        registry.add(
                "chatbot.nlu.review-path", () -> modelDir.resolve("review.txt").toString());
    }

    @Test
    void questionsAskedWhileTheModelIsSwappedOrBrokenAreAllAnswered() throws Exception {
        AtomicBoolean asking = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> askers = new ArrayList<>();
        for (String token : List.of("demo-manager", "demo-manager", "demo-cafe", "demo-cafe")) {
            askers.add(Thread.ofVirtual().start(() -> askWhile(token, asking, answered, failures)));
        }
        try (TestChatClient probe = TestChatClient.connect(port, "demo-manager")) {
            probe.next();
            assertThat(intentOf(probe, PROBE)).isEqualTo("revenue");
            awaitTrue(() -> answered.get() >= 40, "questions answered before the swap");

            // A model that reads revenue questions as table questions: its answers show it serves.
            Path next = modelDir.resolve("next.bin");
            IntentTrainer.train(swappedLabels(), ModelRecipe.STANDARD).save(next);
            Files.move(next, modelDir.resolve("intent-model.bin"), StandardCopyOption.ATOMIC_MOVE);
            awaitTrue(() -> intentOf(probe, PROBE).equals("table_occupancy"), "the new model answering");
            int atSwap = answered.get();
            awaitTrue(() -> answered.get() >= atSwap + 40, "questions answered after the swap");

            Files.writeString(modelDir.resolve("intent-model.bin"), "this is not a model");
            awaitTrue(() -> !models.status().healthy(), "the broken file noticed");
            int atBreak = answered.get();
            awaitTrue(() -> answered.get() >= atBreak + 40, "questions answered after the file broke");

            assertThat(intentOf(probe, PROBE)).isEqualTo("table_occupancy");
            JsonNode health = new ObjectMapper()
                    .readTree(new TestHttp(port).get("/actuator/health").body());
            assertThat(health.path("components")
                            .path("intentModel")
                            .path("status")
                            .asText())
                    .isEqualTo("DEGRADED");
            assertThat(health.path("components")
                            .path("intentModel")
                            .path("details")
                            .path("last_error")
                            .asText())
                    .isNotBlank();
        } finally {
            asking.set(false);
            for (Thread asker : askers) {
                asker.join();
            }
        }
        System.out.printf("model swap under load: %d questions answered, %d failed%n", answered.get(), failures.size());
        assertThat(failures).isEmpty();
    }

    /** One session asking its questions one after another, recording anything but an answer. */
    private void askWhile(
            String token, AtomicBoolean asking, AtomicInteger answered, ConcurrentLinkedQueue<String> failures) {
        try (TestChatClient chat = TestChatClient.connect(port, token)) {
            chat.next();
            for (int i = 0; asking.get(); i++) {
                String question = QUESTIONS.get(i % QUESTIONS.size());
                chat.ask(token + "-" + i, question);
                JsonNode reply = chat.next();
                if (reply.path("type").asText().equals("answer")
                        || reply.path("type").asText().equals("clarify")) {
                    answered.incrementAndGet();
                } else {
                    failures.add(question + " -> " + reply);
                }
            }
        } catch (Exception | AssertionError e) {
            failures.add(token + ": " + e);
        }
    }

    private static String intentOf(TestChatClient chat, String question) {
        try {
            chat.ask("probe", question);
            return chat.next().path("intent").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<LabeledText> swappedLabels() {
        return List.of(
                new LabeledText("table_occupancy", "how much did we make today"),
                new LabeledText("table_occupancy", PROBE),
                new LabeledText("table_occupancy", "total sales yesterday"),
                new LabeledText("revenue", "how many tables are free"),
                new LabeledText("revenue", "which tables are occupied"),
                new LabeledText("revenue", "any free table now"));
    }

    /** Waits for something the test needs before going on; it asserts nothing about time. */
    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("still waiting for " + what + " after 30 s");
    }
}
