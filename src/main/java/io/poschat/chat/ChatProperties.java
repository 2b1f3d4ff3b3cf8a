package io.poschat.chat;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param authTimeout how long a new WebSocket session may take to authenticate
 * @param maxQuestionBytes the longest question accepted (UTF-8 bytes); longer gets {@code too_large}
 * @param maxFrameBytes the largest frame read at all; larger closes the connection (1009)
 * @param allowedOrigins origins allowed to open the WebSocket ({@code *} for any)
 */
@ConfigurationProperties("chatbot.chat")
public record ChatProperties(
        Duration authTimeout, int maxQuestionBytes, int maxFrameBytes, List<String> allowedOrigins) {

    public ChatProperties {
        authTimeout = authTimeout == null ? Duration.ofSeconds(5) : authTimeout;
        maxQuestionBytes = maxQuestionBytes <= 0 ? 4096 : maxQuestionBytes;
        maxFrameBytes = maxFrameBytes <= 0 ? 65536 : maxFrameBytes;
        allowedOrigins =
                allowedOrigins == null || allowedOrigins.isEmpty() ? List.of("*") : List.copyOf(allowedOrigins);
    }
}
