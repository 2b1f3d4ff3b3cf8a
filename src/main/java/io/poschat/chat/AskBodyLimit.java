package io.poschat.chat;

import io.poschat.conversation.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized {@code POST /api/ask} body before it is read: the HTTP twin of the
 * WebSocket's 64 KiB frame limit.
 */
@Component
class AskBodyLimit extends OncePerRequestFilter {

    private final Frames frames;
    private final ChatProperties properties;

    AskBodyLimit(Frames frames, ChatProperties properties) {
        this.frames = frames;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/api/ask".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > properties.maxFrameBytes()) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(frames.write(frames.error(
                            null,
                            ErrorCode.TOO_LARGE,
                            "That request is too large. Send {\"text\": \"your question\"} under "
                                    + properties.maxQuestionBytes() / 1024 + " KiB.")));
            return;
        }
        chain.doFilter(request, response);
    }
}
