package io.poschat.chat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Raw WebSocket (not STOMP) at {@code /ws/chat}, with the protocol's frame-size limit. Browsers may
 * open it only from the server's own origin and the configured ones (a foreign page gets 403 at the
 * handshake); clients that send no {@code Origin} are not browsers and are let through.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ChatConfiguration implements WebSocketConfigurer {

    /** Holds any question (4 KiB at most) with its frame around it in one piece. */
    static final int TEXT_BUFFER_CHARS = 8 * 1024;
    /** Binary frames are only ever refused: their content is never read. */
    static final int BINARY_BUFFER_BYTES = 1024;

    private final ChatHandler handler;
    private final ChatProperties properties;

    ChatConfiguration(ChatHandler handler, ChatProperties properties) {
        this.handler = handler;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/chat")
                .setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        // Allocated per socket for its whole life: longer frames come in parts, which ChatHandler
        // joins up to max-frame-bytes (FrameParts). A question is at most 4 KiB.
        container.setMaxTextMessageBufferSize(Math.min(properties.maxFrameBytes(), TEXT_BUFFER_CHARS));
        container.setMaxBinaryMessageBufferSize(Math.min(properties.maxFrameBytes(), BINARY_BUFFER_BYTES));
        // ChatHandler closes sockets whose client is silent (4408); this is only Tomcat's backstop.
        container.setMaxSessionIdleTimeout(
                properties.idleTimeout().plusMinutes(1).toMillis());
        return container;
    }
}
