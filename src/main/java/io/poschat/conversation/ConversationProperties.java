package io.poschat.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param deadline how long one question may take in all; calls still running then are cancelled
 * @param reverifyAfter how long a session trusts the auth service's answer before asking again
 * @param shareAnswers whether a question asked while the same one is being answered (same tenant,
 *     intent, period and top-N) waits for that answer instead of running the plan again (true by default)
 */
@ConfigurationProperties("chatbot")
public record ConversationProperties(Duration deadline, Duration reverifyAfter, Boolean shareAnswers) {

    public ConversationProperties {
        deadline = deadline == null ? Duration.ofMillis(2500) : deadline;
        reverifyAfter = reverifyAfter == null ? Duration.ofMinutes(15) : reverifyAfter;
        shareAnswers = shareAnswers == null || shareAnswers;
    }
}
