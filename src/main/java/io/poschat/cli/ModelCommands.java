package io.poschat.cli;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model tools, run without the server or a Spring context: {@code train}, {@code evaluate} and
 * {@code classify}. Exit codes: 0 done, 1 could not run (bad file or model), 2 malformed training
 * data, 3 accuracy below the gate, 64 bad command line.
 */
public final class ModelCommands {

    static final int USAGE_ERROR = 64;

    private ModelCommands() {}

    /** For running the tools from a plain class path, without the application jar. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command named by {@code args[0]}; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        quietLibraryLogging();
        String command = args.length == 0 ? "" : args[0];
        try {
            return switch (command) {
                case "train" -> TrainCommand.run(args, out, err);
                case "evaluate" -> EvaluateCommand.run(args, out);
                case "classify" -> ClassifyCommand.run(args, in, out);
                default ->
                    throw new UsageException(
                            command.isEmpty() ? "no command given" : "unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("usage: " + usage(command));
            return USAGE_ERROR;
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static String usage(String command) {
        return switch (command) {
            case "train" -> TrainCommand.USAGE;
            case "evaluate" -> EvaluateCommand.USAGE;
            case "classify" -> ClassifyCommand.USAGE;
            default -> String.join("\n   or: ", TrainCommand.USAGE, EvaluateCommand.USAGE, ClassifyCommand.USAGE);
        };
    }

    /** OpenNLP logs every training iteration; a command's own output is what matters here. */
    private static void quietLibraryLogging() {
        Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(Level.WARN);
        }
    }
}
