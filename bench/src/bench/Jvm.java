package bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A JVM the suite started (the simulator or a chatbot): its log, its CPU, and how to stop it. */
final class Jvm implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final Process process;
    final Path log;

    private Jvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java --enable-preview [jvmFlags] -jar jar args} and waits until {@code readyUrl}
     * answers (any status). Fails with the end of its log when it dies or takes too long.
     */
    static Jvm start(String name, Path jar, List<String> jvmFlags, List<String> args, String readyUrl, Path logDir)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-preview");
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Jvm jvm = new Jvm(name, process, log);
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with status " + process.exitValue()
                        + " while starting. Last lines of " + log + ":\n" + jvm.tail(25)
                        + "\nIf a port is taken, pass other ports (bench/run --help).");
            }
            if (answers(readyUrl)) {
                return jvm;
            }
            Thread.sleep(250);
        }
        jvm.close();
        throw new IllegalStateException(name + " did not answer " + readyUrl + " within 120 s. Last lines of " + log
                + ":\n" + jvm.tail(25));
    }

    static boolean answers(String url) {
        try {
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    long pid() {
        return process.pid();
    }

    /** User + system CPU time used so far, in seconds (Linux /proc; -1 elsewhere). */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 0, utime field 11, stime field 12 (clock ticks, 100 Hz)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident memory in MiB (Linux /proc; -1 elsewhere). */
    double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    // --- small HTTP helpers shared by the scenarios ---

    static String get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
    }

    /** The body whatever the status (the health endpoint answers 503 when something is down). */
    static String getAnyStatus(String url) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    static String put(String url, String json) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)),
                url);
    }

    static String delete(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).DELETE(), url);
    }

    private static String send(HttpRequest.Builder builder, String url) throws IOException, InterruptedException {
        HttpResponse<String> response =
                HTTP.send(builder.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(url + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The chatbot's heap in use, in MiB, from its actuator (-1 when not available). */
    static double heapMiB(String botHttp) {
        double bytes = metric(botHttp, "jvm.memory.used?tag=area:heap");
        return bytes < 0 ? -1 : bytes / (1024 * 1024);
    }

    /**
     * The first measurement of one of a server's actuator metrics ({@code /actuator/metrics/NAME},
     * NAME with any {@code ?tag=} filter), or -1 when it has none.
     */
    static double metric(String baseUrl, String name) {
        try {
            Map<String, Object> m = Json.object(get(baseUrl + "/actuator/metrics/" + name));
            Object first = ((List<?>) m.get("measurements")).getFirst();
            return ((Number) ((Map<?, ?>) first).get("value")).doubleValue();
        } catch (Exception e) {
            return -1;
        }
    }
}
