package io.poschat.chat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code chatbot_sessions_active}: the chat sockets open now, read whenever the registry is scraped. */
@Component
class ChatMetrics {

    ChatMetrics(ChatHandler chat, MeterRegistry meters) {
        Gauge.builder("chatbot.sessions.active", chat, ChatHandler::openSessions)
                .description("Chat WebSockets open now, signed in or still signing in")
                .register(meters);
    }
}
