package io.poschat.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The start-up warm-up (docs/design.md, "Warm-up"): with the embedded simulator, the server asks
 * itself questions over its own WebSocket once it is ready, so that staff's first questions find
 * compiled code instead of a cold JVM.
 *
 * @param enabled false skips it (it never runs against real services)
 * @param questions how many questions, spread over the business intents
 * @param sessions how many WebSocket sessions ask them side by side
 * @param token the demo user the questions are asked as
 */
@ConfigurationProperties("chatbot.warm-up")
public record WarmUpProperties(Boolean enabled, int questions, int sessions, String token) {

    public WarmUpProperties {
        enabled = enabled == null || enabled;
        questions = questions <= 0 ? 800 : questions;
        sessions = sessions <= 0 ? 16 : sessions;
        token = token == null || token.isBlank() ? "demo-manager" : token;
    }
}
