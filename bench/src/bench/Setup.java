package bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one run of the suite does: which scenarios, how long, on which ports. Built from the
 * command line by {@link Suite}; {@code quick} shortens everything.
 */
record Setup(
        boolean quick,
        List<String> scenarios,
        int botPort,
        int seqBotPort,
        int simBasePort,
        int rounds,
        int warmRounds,
        List<Integer> levels,
        List<Integer> staffLevels,
        Duration think,
        Duration loadWarmup,
        Duration loadTime,
        int coalescingSessions,
        boolean writeDocs,
        Path jar,
        Path workDir,
        Path docs) {

    static final List<String> ALL = List.of("latency", "load", "staff", "coalescing", "nlu");

    String simAdmin() {
        return "http://127.0.0.1:" + simBasePort + "/sim/admin";
    }

    String botHttp(int port) {
        return "http://127.0.0.1:" + port;
    }

    String botWs(int port) {
        return "ws://127.0.0.1:" + port + "/ws/chat";
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }
}
