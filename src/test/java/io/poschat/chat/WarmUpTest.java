package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.poschat.downstream.AnswerCache;
import io.poschat.downstream.DownstreamProperties;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start-up warm-up, run by hand on a test server (tests turn the automatic one off): every
 * question is answered over the real WebSocket, the simulator's counters are left at zero, and
 * nothing the warm-up asked about stays cached.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.latency-profile=none",
            "chatbot.warm-up.questions=27",
            "chatbot.warm-up.sessions=3",
            "chatbot.warm-up.rush.sessions=6",
            "chatbot.warm-up.rush.questions-per-session=2",
            "chatbot.warm-up.rush.max=2"
        })
@ExtendWith(OutputCaptureExtension.class)
class WarmUpTest {

    @LocalServerPort
    int port;

    @Autowired
    WarmUp warmUp;

    @Autowired
    AnswerCache answers;

    @Autowired
    DownstreamProperties downstream;

    @Autowired
    MeterRegistry registry;

    @Test
    void answersEveryQuestionOverItsOwnWebSocketAndLeavesNoCountsNorCachedAnswersBehind() throws Exception {
        WarmUp.Done done = warmUp.run(port);

        assertThat(done.answered()).isEqualTo(27);
        // Every demo tenant's data took its path, and a session was opened every two questions at most.
        assertThat(done.sessionsByToken()).containsOnlyKeys("demo-manager", "demo-cafe", "demo-trattoria");
        assertThat(done.sessionsByToken().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isGreaterThanOrEqualTo(14);
        JsonNode calls = new TestHttp(port).admin("GET", "/stats", null).path("calls");
        assertThat(calls.size()).as(calls.toString()).isZero();
        // Past days stay cached for hours: the warm-up's days would have been kept.
        assertThat(answers.size()).isZero();
        assertThat(done.failedSessions()).isZero();
    }

    @Test
    void endsWithRushesOfSessionsAskingAtOnceUntilTheJitSettlesAndAnswersEveryQuestionOfThem(CapturedOutput log) {
        WarmUp.Done done = warmUp.run(port);

        // A test JVM's compilers are busy: one rush may not be enough, and two are the most allowed here.
        assertThat(done.rushes().rushes()).isBetween(1, 2);
        assertThat(done.rushes().answered()).isEqualTo(done.rushes().rushes() * 6 * 2);
        assertThat(done.rushes().settled() || done.rushes().rushes() == 2).isTrue();
        // Operators' requests before the rushes: the code they deoptimize is compiled again in the
        // rushes, not in staff's first crowd (docs/benchmarks.md, finding 32).
        String output = log.getOut();
        int operators = output.lastIndexOf("warm-up asked what operators ask");
        int firstRush = output.lastIndexOf("warm-up rush 1 of at most 2");
        assertThat(operators).isNotNegative().isLessThan(firstRush);
    }

    @Test
    void aRushOfNoSessionsIsNone() {
        var noRush = new WarmUpProperties(
                true, 4, 2, List.of("demo-manager"), 2, 0, new WarmUpProperties.Rush(0, null, null));

        WarmUp.Done done = new WarmUp(noRush, downstream, answers).run(port);

        assertThat(done.answered()).isEqualTo(4);
        assertThat(done.rushes()).isEqualTo(WarmUp.Rushes.NONE);
    }

    @Test
    void rushSettingsThatCannotBeMetAreRefusedWithWhatIsAllowed() {
        assertThat(new WarmUpProperties.Rush(null, null, null)).isEqualTo(new WarmUpProperties.Rush(300, 3, 8));
        assertThatThrownBy(() -> new WarmUpProperties.Rush(300, 0, 8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("questions-per-session >= 1");
    }

    @Test
    void asksAboutRecentDaysAndDaysOfEveryEraSinceEighteenHundredNeverTodayNorLater() {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        List<LocalDate> days = IntStream.range(0, 6_000).mapToObj(WarmUp::day).toList();

        assertThat(days).allSatisfy(day -> assertThat(day).isBetween(LocalDate.of(1800, 1, 1), yesterday));
        // Staff's days: half of them within the last three years.
        assertThat(days.stream()
                        .filter(day -> day.isAfter(yesterday.minusYears(3)))
                        .count())
                .isBetween(3_000L, 3_300L);
        // Before 1900 zones kept local mean time, offsets with seconds; later, whole minutes and summer time.
        assertThat(days.stream().filter(day -> day.getYear() < 1900).count()).isBetween(1_000L, 2_000L);
        assertThat(days.stream()
                        .filter(day -> day.getYear() >= 1900 && day.getYear() < 2000)
                        .count())
                .isBetween(1_000L, 2_000L);
        // Mostly new days (the recent ones repeat: 3,000 questions over about 1,100 days, as staff's do).
        assertThat(days.stream().distinct().count()).isGreaterThan(3_500L);
        assertThat(WarmUp.day(42)).isEqualTo(WarmUp.day(42));
    }

    @Test
    void asksWhatOperatorsAskAndLeavesTheLatencySettingsAsTheyWere() throws Exception {
        double healthChecksBefore = healthChecks();

        warmUp.run(port);

        assertThat(healthChecks() - healthChecksBefore).isEqualTo(WarmUp.OPERATOR_ROUNDS);
        // The settings were read and put back each round: still the profile this server started with.
        assertThat(new TestHttp(port)
                        .admin("GET", "/latency", null)
                        .path("profile")
                        .asText())
                .isEqualTo("none");
    }

    private double healthChecks() {
        var timer = registry.find("http.server.requests")
                .tag("uri", "/actuator/health")
                .timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void aSessionRefusedAtSignInIsTriedAgainAsTheNextUserAndTheQuestionsAreAllAsked() {
        // Every other sign-in is refused, as when auth is too slow for a cold JVM's first crowd.
        var refusedEveryOtherTime = new WarmUpProperties(
                true, 12, 2, List.of("demo-manager", "no-such-token"), 2, 0, new WarmUpProperties.Rush(0, null, null));

        WarmUp.Done done = new WarmUp(refusedEveryOtherTime, downstream, answers).run(port);

        assertThat(done.answered()).isEqualTo(12);
        assertThat(done.sessionsByToken()).containsOnlyKeys("demo-manager");
        assertThat(done.failedSessions()).isPositive();
    }
}
