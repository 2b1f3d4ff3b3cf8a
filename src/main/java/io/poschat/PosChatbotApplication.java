package io.poschat;

import io.poschat.cli.ModelCommands;
import io.poschat.simulator.SimulatorApplication;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. With no command it runs the chatbot (and, unless pointed at real services, the
 * embedded simulator). A first argument names another command: {@code simulator} runs only the
 * five simulated services on their own ports; {@code train}, {@code evaluate} and {@code classify}
 * are the model tools, which start no server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PosChatbotApplication {

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "simulator" -> SimulatorApplication.runStandalone(rest);
            case "train", "evaluate", "classify" -> System.exit(ModelCommands.run(args));
            default -> SpringApplication.run(PosChatbotApplication.class, args);
        }
    }
}
