package io.poschat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. With no arguments it runs the chatbot (and, unless pointed at real services, the
 * embedded simulator). The first argument may name a command instead: {@code simulator}, {@code
 * train}, {@code evaluate} or {@code classify}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PosChatbotApplication {

    public static void main(String[] args) {
        SpringApplication.run(PosChatbotApplication.class, args);
    }
}
