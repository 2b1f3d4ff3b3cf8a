package io.poschat.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one client may take, so that no client can starve the others.
 *
 * @param questionsPerSecondPerSession questions one WebSocket session (or one token over HTTP) may
 *     ask a second; more get {@code rate_limited}
 * @param questionsPerSecondPerTenant questions all of one tenant's sessions and HTTP callers
 *     together may ask a second; more get {@code rate_limited}
 * @param maxSessions open WebSockets at once; a socket beyond it is refused with 1013
 */
@ConfigurationProperties("chatbot.limits")
public record LimitsProperties(int questionsPerSecondPerSession, int questionsPerSecondPerTenant, int maxSessions) {

    public LimitsProperties {
        questionsPerSecondPerSession = questionsPerSecondPerSession <= 0 ? 5 : questionsPerSecondPerSession;
        questionsPerSecondPerTenant = questionsPerSecondPerTenant <= 0 ? 1000 : questionsPerSecondPerTenant;
        maxSessions = maxSessions <= 0 ? 2000 : maxSessions;
    }
}
