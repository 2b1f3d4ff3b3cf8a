package io.poschat.chat;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The CPU priority (Linux nice value) of this JVM's own threads, found by their names in
 * {@code /proc/self/task}: used to put the JIT compiler threads behind the threads that answer
 * staff once the warm-up has compiled the hot paths (docs/design.md, "Warm-up"). Linux keeps a nice
 * value per thread, and {@code setpriority(PRIO_PROCESS, tid, n)} sets one thread's; raising it
 * (lower priority) needs no privilege. Elsewhere there is nothing to find and nothing is changed.
 */
final class CompilerThreads {

    /** HotSpot's names for its C1 and C2 compiler threads, as Linux shows them (15 characters). */
    static final Predicate<String> JIT =
            name -> name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final int PRIO_PROCESS = 0;

    private CompilerThreads() {}

    /** A thread of this process: its OS thread id and name. */
    record Task(int tid, String name) {}

    /** What {@link #lower} did: the threads whose nice value is now the one asked for, and those refused. */
    record Lowered(List<Task> lowered, List<Task> refused) {}

    /** This process's threads whose names {@code named} accepts; none where there is no {@code /proc}. */
    static List<Task> find(Predicate<String> named) throws IOException {
        if (!Files.isDirectory(TASKS)) {
            return List.of();
        }
        List<Task> found = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                } catch (IOException ended) {
                    continue; // the thread ended between the listing and the read
                }
                if (named.test(name)) {
                    found.add(new Task(Integer.parseInt(task.getFileName().toString()), name));
                }
            }
        }
        return found;
    }

    /**
     * Sets the nice value of each of {@code tasks} to {@code nice} (-20 to 19; higher runs later).
     *
     * @throws UnsupportedOperationException when this platform's C library has no {@code setpriority}
     */
    static Lowered lower(List<Task> tasks, int nice) {
        MethodHandle setpriority = Native.SETPRIORITY.orElseThrow(
                () -> new UnsupportedOperationException("no setpriority in this platform's C library"));
        List<Task> lowered = new ArrayList<>();
        List<Task> refused = new ArrayList<>();
        for (Task task : tasks) {
            int result;
            try {
                result = (int) setpriority.invokeExact(PRIO_PROCESS, task.tid(), nice);
            } catch (Throwable e) {
                throw new IllegalStateException("setpriority failed for thread " + task, e);
            }
            (result == 0 ? lowered : refused).add(task);
        }
        return new Lowered(List.copyOf(lowered), List.copyOf(refused));
    }

    /** The nice value of one of this process's threads ({@code /proc/self/task/<tid>/stat}, field 19). */
    static int nice(int tid) throws IOException {
        String stat = Files.readString(TASKS.resolve(Integer.toString(tid)).resolve("stat"));
        // The name, in parentheses, may hold spaces; the fields after it start at field 3 (state).
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[19 - 3]);
    }

    /** Looked up on first use: a downcall is a restricted method (the jar's manifest enables it). */
    private static final class Native {
        static final Optional<MethodHandle> SETPRIORITY = Linker.nativeLinker()
                .defaultLookup()
                .find("setpriority")
                .map(address -> Linker.nativeLinker()
                        .downcallHandle(
                                address,
                                FunctionDescriptor.of(
                                        ValueLayout.JAVA_INT,
                                        ValueLayout.JAVA_INT,
                                        ValueLayout.JAVA_INT,
                                        ValueLayout.JAVA_INT)));
    }
}
