package io.poschat.chat;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The start-up warm-up (docs/design.md, "Warm-up"): with the embedded simulator, the server asks
 * itself questions over its own WebSocket once it is ready, so that staff's first questions find
 * compiled code instead of a cold JVM.
 *
 * @param enabled false skips it (it never runs against real services)
 * @param questions how many questions, spread over the business intents
 * @param sessions how many WebSocket sessions ask them side by side
 * @param tokens the demo users the questions are asked as, in turn (one per tenant by default: each
 *     tenant's data takes its own paths through the simulator and the answers)
 * @param questionsPerSession how many questions a session asks before it closes and a new one is
 *     opened (sign-ins and WebSocket handshakes need warming too: staff open sessions all day)
 * @param compilerNice the nice value the JIT compiler threads get once the warm-up is done, 1 to 19
 *     (19 by default: compilations then wait for CPU that no answer needs); 0 leaves them as they are
 * @param rush the rushes that end the warm-up: many sessions asking at the same instant
 */
@ConfigurationProperties("chatbot.warm-up")
public record WarmUpProperties(
        Boolean enabled,
        int questions,
        int sessions,
        List<String> tokens,
        int questionsPerSession,
        Integer compilerNice,
        Rush rush) {

    public WarmUpProperties {
        enabled = enabled == null || enabled;
        questions = questions <= 0 ? 6000 : questions;
        sessions = sessions <= 0 ? 64 : sessions;
        tokens = tokens == null || tokens.isEmpty()
                ? List.of("demo-manager", "demo-cafe", "demo-trattoria")
                : List.copyOf(tokens);
        questionsPerSession = questionsPerSession <= 0 ? 2 : questionsPerSession;
        compilerNice = compilerNice == null ? 19 : compilerNice;
        if (compilerNice < 0 || compilerNice > 19) {
            throw new IllegalArgumentException("chatbot.warm-up.compiler-nice must be 0 (leave the JIT's threads"
                    + " as they are) to 19 (lowest priority), not " + compilerNice);
        }
        rush = rush == null ? new Rush(null, null, null) : rush;
    }

    /**
     * A rush: {@code sessions} sessions signed in side by side, released at the same instant, each
     * asking {@code questionsPerSession} questions one after another without a pause, as staff do when
     * a shift starts. Paced questions never take the paths a crowd does (questions queued for
     * admission, calls waiting for a bulkhead slot, hundreds of sockets at once), so their code is
     * compiled, and recompiled, only when staff's first crowd comes. Rushes are repeated until the JIT
     * compilers spend under a tenth of one's time, {@code max} at most.
     *
     * @param sessions sessions per rush; 0 asks no rush
     * @param questionsPerSession questions each session of a rush asks
     * @param max the most rushes, however busy the compilers still are
     */
    public record Rush(Integer sessions, Integer questionsPerSession, Integer max) {

        public Rush {
            sessions = sessions == null ? 300 : sessions;
            questionsPerSession = questionsPerSession == null ? 3 : questionsPerSession;
            max = max == null ? 8 : max;
            if (sessions < 0 || questionsPerSession < 1 || max < 1) {
                throw new IllegalArgumentException("chatbot.warm-up.rush needs sessions >= 0 (0: no rush),"
                        + " questions-per-session >= 1 and max >= 1, not " + sessions + ", "
                        + questionsPerSession + " and " + max);
            }
        }

        /** Whether the warm-up ends with rushes at all. */
        public boolean enabled() {
            return sessions > 0;
        }
    }
}
