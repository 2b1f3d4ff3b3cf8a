package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poschat.downstream.AnswerCache;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Finding this JVM's threads by name and lowering their priority, on a thread of the test's own
 * (lowering the test JVM's real compiler threads would slow every test after this one).
 */
class CompilerThreadsTest {

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseProbes() {
        release.countDown();
    }

    /** A platform thread that waits until the test ends; Linux shows its name in /proc/self/task. */
    private Predicate<String> probe(String name) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Thread.ofPlatform().name(name).daemon().start(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        started.await();
        return name::equals;
    }

    @Test
    void findsThisJvmsCompilerThreads() throws Exception {
        assertThat(CompilerThreads.find(CompilerThreads.JIT))
                .isNotEmpty()
                .allSatisfy(task -> assertThat(task.name()).matches("C[12] CompilerThre.*"));
    }

    @Test
    void setsTheNiceValueOfTheThreadsItIsGivenAndNoOthers() throws Exception {
        List<CompilerThreads.Task> found = CompilerThreads.find(probe("nice-probe"));
        Predicate<String> other = probe("nice-other");
        assertThat(found).singleElement().extracting(CompilerThreads.Task::name).isEqualTo("nice-probe");
        int tid = found.getFirst().tid();
        assertThat(CompilerThreads.nice(tid)).isZero();

        CompilerThreads.Lowered result = CompilerThreads.lower(found, 7);

        assertThat(result.lowered()).isEqualTo(found);
        assertThat(result.refused()).isEmpty();
        assertThat(CompilerThreads.nice(tid)).isEqualTo(7);
        assertThat(CompilerThreads.nice(tid(other))).isZero();
    }

    @Test
    void readsTheNiceValueOfAThreadWhoseNameHoldsSpacesAndParentheses() throws Exception {
        List<CompilerThreads.Task> found = CompilerThreads.find(probe("odd) 1 2 (name"));
        CompilerThreads.lower(found, 3);

        assertThat(CompilerThreads.nice(found.getFirst().tid())).isEqualTo(3);
    }

    @Test
    void theWarmUpLowersTheCompilersOnlyAfterAnsweringAtLeastHalfItsQuestions() throws Exception {
        Predicate<String> lowAnswers = probe("nice-few");
        Predicate<String> manyAnswers = probe("nice-many");
        WarmUp warmUp = new WarmUp(properties(19), null, noCache());

        warmUp.lowerCompilerPriority(
                new WarmUp.Done(49, Map.of("demo-manager", 25), 0, WarmUp.Rushes.NONE), lowAnswers);
        warmUp.lowerCompilerPriority(
                new WarmUp.Done(50, Map.of("demo-manager", 25), 0, WarmUp.Rushes.NONE), manyAnswers);

        assertThat(CompilerThreads.nice(tid(lowAnswers))).isZero();
        assertThat(CompilerThreads.nice(tid(manyAnswers))).isEqualTo(19);
    }

    @Test
    void compilerNiceZeroLeavesThemAsTheyAre() throws Exception {
        Predicate<String> left = probe("nice-left");

        new WarmUp(properties(0), null, noCache())
                .lowerCompilerPriority(new WarmUp.Done(100, Map.of("demo-manager", 50), 0, WarmUp.Rushes.NONE), left);

        assertThat(CompilerThreads.nice(tid(left))).isZero();
    }

    @Test
    void aNiceValueOutsideZeroToNineteenIsRefusedAtStartWithWhatToSet() {
        assertThatThrownBy(() -> properties(20))
                .hasMessageContaining("chatbot.warm-up.compiler-nice must be 0")
                .hasMessageContaining("to 19")
                .hasMessageContaining("not 20");
        assertThatThrownBy(() -> properties(-1)).hasMessageContaining("not -1");
        assertThat(new WarmUpProperties(null, 0, 0, null, 0, null, null).compilerNice())
                .isEqualTo(19);
    }

    private static WarmUpProperties properties(Integer compilerNice) {
        return new WarmUpProperties(true, 100, 1, List.of("demo-manager"), 2, compilerNice, null);
    }

    private static int tid(Predicate<String> name) throws Exception {
        return CompilerThreads.find(name).getFirst().tid();
    }

    private static AnswerCache noCache() {
        return new AnswerCache() {
            @Override
            public long size() {
                return 0;
            }

            @Override
            public void forgetAll() {}
        };
    }
}
