package io.poschat.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class NluSettingsTest {

    private static NluSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("chatbot.nlu", Bindable.of(NluSettings.class));
    }

    @Test
    void runsWithNoConfiguration() {
        assertThat(bind(Map.of()))
                .isEqualTo(new NluSettings(
                        Path.of("models/intent-model.bin"),
                        Path.of("models/review.txt"),
                        Duration.ofSeconds(2),
                        0.3,
                        0.1));
    }

    @Test
    void bindsEveryKey() {
        NluSettings settings = bind(Map.of(
                "chatbot.nlu.model-path", "/srv/model.bin",
                "chatbot.nlu.review-path", "/srv/review.txt",
                "chatbot.nlu.reload-interval", "500ms",
                "chatbot.nlu.threshold", "0.45",
                "chatbot.nlu.clarify-margin", "0.05"));

        assertThat(settings)
                .isEqualTo(new NluSettings(
                        Path.of("/srv/model.bin"), Path.of("/srv/review.txt"), Duration.ofMillis(500), 0.45, 0.05));
        assertThat(settings.decisionRule().threshold()).isEqualTo(0.45);
        assertThat(settings.decisionRule().clarifyMargin()).isEqualTo(0.05);
    }
}
