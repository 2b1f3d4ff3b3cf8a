package io.poschat;

import io.poschat.nlu.FollowUpDetector;
import io.poschat.nlu.IntentModelStore;
import io.poschat.nlu.LanguageUnderstanding;
import io.poschat.nlu.ModelStatus;
import io.poschat.nlu.NluSettings;
import io.poschat.nlu.ReviewLog;
import io.poschat.nlu.SlotExtractor;
import java.time.Clock;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans that several parts share, and the plain classes of {@code nlu} made into beans. */
@Configuration(proxyBeanMethods = false)
class AppConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean(destroyMethod = "close")
    IntentModelStore intentModelStore(NluSettings settings) {
        return IntentModelStore.open(settings.modelPath(), settings.reloadInterval());
    }

    @Bean(destroyMethod = "close")
    ReviewLog reviewLog(NluSettings settings) {
        return new ReviewLog(settings.reviewPath());
    }

    @Bean
    LanguageUnderstanding languageUnderstanding(IntentModelStore store, NluSettings settings, ReviewLog review) {
        SlotExtractor slots = new SlotExtractor();
        return new LanguageUnderstanding(
                store::current, settings.decisionRule(), slots, new FollowUpDetector(slots), review);
    }

    /** Health shows which model serves and whether the last reload of its file failed. */
    @Bean
    HealthIndicator intentModelHealthIndicator(IntentModelStore store) {
        return () -> {
            ModelStatus status = store.status();
            Health.Builder health = status.healthy() ? Health.up() : Health.status("DEGRADED");
            health.withDetail("path", status.path().toString())
                    .withDetail("loaded_at", status.loadedAt().toString());
            status.lastError().ifPresent(error -> health.withDetail("last_error", error));
            return health.build();
        };
    }
}
