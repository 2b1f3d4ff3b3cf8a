package io.poschat.chat;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param authTimeout how long a new WebSocket session may take to authenticate
 * @param idleTimeout how long a socket may go without a frame from its client before it is closed
 *     (4408)
 * @param maxQuestionBytes the longest question accepted (UTF-8 bytes); longer gets {@code too_large}
 * @param maxFrameBytes the largest frame read at all; larger closes the connection (1009)
 * @param allowedOrigins origin patterns (such as {@code https://*.example.com}) whose pages may open
 *     the WebSocket besides the server's own origin; empty means only the own origin. Clients that
 *     send no {@code Origin} header are not browsers and are let through.
 */
@ConfigurationProperties("chatbot.chat")
public record ChatProperties(
        Duration authTimeout,
        Duration idleTimeout,
        int maxQuestionBytes,
        int maxFrameBytes,
        List<String> allowedOrigins) {

    public ChatProperties {
        authTimeout = authTimeout == null ? Duration.ofSeconds(5) : authTimeout;
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        maxQuestionBytes = maxQuestionBytes <= 0 ? 4096 : maxQuestionBytes;
        maxFrameBytes = maxFrameBytes <= 0 ? 65536 : maxFrameBytes;
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
