package io.poschat;

import io.poschat.nlu.LanguageUnderstanding;
import java.time.Clock;
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

    @Bean
    LanguageUnderstanding languageUnderstanding() {
        return new LanguageUnderstanding();
    }
}
