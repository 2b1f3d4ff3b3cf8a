package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 4: the JMH {@code ClassifierBenchmark} with the shipped model on one thread and on every
 * core, and the time the {@code train} command takes to train the shipped model (written to a file
 * of the suite's own, never over models/intent-model.bin).
 */
final class Nlu {

    record Jmh(int threads, double score, double error) {}

    record Result(List<Jmh> throughput, double trainSeconds, double trainCommandSeconds, int examples) {}

    static Result run(Setup setup) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path classpath = setup.workDir().resolve("test-classpath.txt");
        Suite.progress("nlu: compiling the JMH benchmark (./mvnw test-compile)");
        exec(
                List.of(
                        mvnw(root),
                        "-q",
                        "-B",
                        "test-compile",
                        "dependency:build-classpath",
                        "-Dmdep.outputFile=" + classpath,
                        "-Dmdep.includeScope=test"),
                setup.workDir().resolve("nlu-compile.log"),
                600);
        String cp = "target/test-classes" + java.io.File.pathSeparator + "target/classes" + java.io.File.pathSeparator
                + Files.readString(classpath).strip();
        List<Jmh> throughput = new ArrayList<>();
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores > 1 ? List.of(1, cores) : List.of(1)) {
            Suite.progress("nlu: JMH classification throughput on %d thread%s", threads, threads == 1 ? "" : "s");
            Path json = setup.workDir().resolve("jmh-" + threads + ".json");
            List<String> command = new ArrayList<>(List.of(
                    java(),
                    "--enable-preview",
                    "-cp",
                    cp,
                    "io.poschat.nlu.bench.ClassifierBenchmark",
                    "ClassifierBenchmark",
                    "-p",
                    "data=models/training.txt",
                    "-p",
                    "model=models/intent-model.bin",
                    "-f",
                    "1",
                    "-t",
                    String.valueOf(threads),
                    "-rf",
                    "json",
                    "-rff",
                    json.toString()));
            command.addAll(
                    setup.quick()
                            ? List.of("-wi", "1", "-w", "1s", "-i", "2", "-r", "1s")
                            : List.of("-wi", "2", "-w", "2s", "-i", "4", "-r", "2s"));
            exec(command, setup.workDir().resolve("jmh-" + threads + ".log"), 600);
            throughput.add(jmhResult(threads, Files.readString(json)));
        }
        Suite.progress("nlu: training the shipped model from models/training.txt");
        Path out = setup.workDir().resolve("intent-model-bench.bin");
        long started = System.nanoTime();
        String log = exec(
                List.of(
                        java(),
                        "--enable-preview",
                        "-jar",
                        setup.jar().toString(),
                        "train",
                        "--data",
                        "models/training.txt",
                        "--out",
                        out.toString(),
                        "--folds",
                        "0"),
                setup.workDir().resolve("train.log"),
                600);
        double wall = (System.nanoTime() - started) / 1e9;
        Matcher m = Pattern.compile("wrote .*?: \\d+ labels, (\\d+) examples, .*trained in ([0-9.]+) s")
                .matcher(log);
        if (!m.find()) {
            throw new IllegalStateException("the train command did not say how long it took:\n" + log);
        }
        return new Result(throughput, Double.parseDouble(m.group(2)), wall, Integer.parseInt(m.group(1)));
    }

    @SuppressWarnings("unchecked")
    private static Jmh jmhResult(int threads, String json) {
        List<Object> runs = (List<Object>) Json.parse(json);
        Map<String, Object> metric =
                (Map<String, Object>) ((Map<String, Object>) runs.getFirst()).get("primaryMetric");
        Object error = metric.get("scoreError");
        return new Jmh(
                threads,
                ((Number) metric.get("score")).doubleValue(),
                error instanceof Number n ? n.doubleValue() : Double.NaN);
    }

    private static String mvnw(Path root) {
        return root.resolve(System.getProperty("os.name").startsWith("Windows") ? "mvnw.cmd" : "mvnw")
                .toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command in the project directory; fails with its output's end when it fails. */
    static String exec(List<String> command, Path log, int timeoutSeconds) throws Exception {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command.subList(0, 3)) + "… took over "
                    + timeoutSeconds + " s; see " + log);
        }
        String out = Files.readString(log);
        if (p.exitValue() != 0) {
            List<String> lines = out.lines().toList();
            throw new IllegalStateException("command failed (status " + p.exitValue() + "): "
                    + String.join(" ", command.subList(0, Math.min(6, command.size()))) + "…\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()))
                    + "\nFull output: " + log);
        }
        return out;
    }
}
