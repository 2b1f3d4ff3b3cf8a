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
 */
@ConfigurationProperties("chatbot.warm-up")
public record WarmUpProperties(
        Boolean enabled,
        int questions,
        int sessions,
        List<String> tokens,
        int questionsPerSession,
        Integer compilerNice) {

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
    }
}
