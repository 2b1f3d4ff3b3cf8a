package io.poschat.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options of one command, checked against the names the command knows. */
final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(String[] args, int from, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = from; i < args.length; i += 2) {
            String name = args[i];
            if (!name.startsWith("--") || !known.contains(name.substring(2))) {
                throw new UsageException("unknown option '" + name + "'");
            }
            if (i + 1 >= args.length) {
                throw new UsageException("option " + name + " needs a value");
            }
            values.put(name.substring(2), args[i + 1]);
        }
        return new Options(values);
    }

    Path requiredPath(String name) {
        return Path.of(Optional.ofNullable(values.get(name))
                .orElseThrow(() -> new UsageException("option --" + name + " is required")));
    }

    Path path(String name, String fallback) {
        return Path.of(values.getOrDefault(name, fallback));
    }

    int integer(String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + value + "'");
        }
    }

    double fraction(String name, double fallback) {
        String value = values.get(name);
        try {
            double parsed = value == null ? fallback : Double.parseDouble(value);
            if (parsed < 0 || parsed > 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number from 0 to 1, got '" + value + "'");
        }
    }

    LocalDate date(String name) {
        String value = values.get(name);
        try {
            return value == null ? LocalDate.now() : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " must be a date like 2026-11-24, got '" + value + "'");
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
