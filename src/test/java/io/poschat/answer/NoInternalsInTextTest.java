package io.poschat.answer;

import static io.poschat.answer.Fixtures.BISTRO;
import static io.poschat.answer.Fixtures.COMPOSER;
import static io.poschat.answer.Fixtures.TODAY_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.orchestration.Findings;
import io.poschat.orchestration.Findings.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever goes wrong downstream, every answer is plain words, partial, and names no internals. */
class NoInternalsInTextTest {

    static Stream<CallOutcome<?>> failures() {
        List<CallOutcome<?>> failures = new ArrayList<>();
        for (Problem problem : Problem.values()) {
            failures.add(new CallOutcome.Failed<>(problem));
        }
        failures.add(new CallOutcome.TimedOut<>());
        failures.add(new CallOutcome.CircuitOpen<>());
        return failures.stream();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Findings> everythingFailing(CallOutcome f) {
        return List.of(
                new Findings.Revenue(TODAY_ONLY, f, f),
                new Findings.TopProducts(TODAY_ONLY, 5, f, new Step.Skipped<>(), f),
                new Findings.TopProducts(TODAY_ONLY, 5, f, new Step.Made<>(f), f),
                new Findings.PaymentMethods(TODAY_ONLY, f, f),
                new Findings.LowStock(f),
                new Findings.InventoryValue(f),
                new Findings.TableOccupancy(f),
                new Findings.PendingOrders(f, f),
                new Findings.RestaurantStatus(f, f));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void everyIntentSaysWhatIsMissingInPlainWords(CallOutcome<?> failure) {
        for (Findings findings : everythingFailing(failure)) {
            Reply reply = COMPOSER.compose(findings, BISTRO);

            assertThat(reply.partial()).as(findings.toString()).isTrue();
            assertThat(reply.text())
                    .as(findings.toString())
                    .containsPattern(" services? ")
                    .endsWith(".")
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContainIgnoringCase("null")
                    .doesNotContain("_", "Failed", "TimedOut", "CircuitOpen", "Problem", "  ");
            assertThat(reply.suggestions()).as(findings.toString()).hasSizeBetween(2, 3);
        }
    }
}
