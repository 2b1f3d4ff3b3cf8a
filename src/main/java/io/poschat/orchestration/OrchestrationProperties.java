package io.poschat.orchestration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mode {@code parallel} (the product: every call starts as soon as what it needs is known)
 *     or {@code sequential} (each plan's calls one after another on the question's own thread, the
 *     naive "before" that the benchmark compares against)
 */
@ConfigurationProperties("chatbot.orchestration")
public record OrchestrationProperties(Mode mode) {

    public OrchestrationProperties {
        mode = mode == null ? Mode.PARALLEL : mode;
    }

    public enum Mode {
        PARALLEL,
        SEQUENTIAL
    }
}
