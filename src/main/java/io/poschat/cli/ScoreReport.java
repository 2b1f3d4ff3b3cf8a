package io.poschat.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints {@link Scores} for people: per-label precision/recall/F1 and the confusions. */
final class ScoreReport {

    /** Up to this many labels the whole confusion matrix fits on a screen. */
    private static final int FULL_MATRIX_MAX_LABELS = 16;

    private static final int TOP_CONFUSIONS = 20;

    private ScoreReport() {}

    static void perLabel(Scores scores, PrintStream out) {
        List<String> labels = scores.labels();
        int width = Math.max(5, labels.stream().mapToInt(String::length).max().orElse(5));
        out.printf(
                Locale.ROOT, "%-" + width + "s  %9s  %6s  %6s  %7s%n", "label", "precision", "recall", "f1", "support");
        for (String label : labels) {
            Scores.LabelMeasures m = scores.measures(label);
            out.printf(
                    Locale.ROOT,
                    "%-" + width + "s  %9.4f  %6.4f  %6.4f  %7d%n",
                    label,
                    m.precision(),
                    m.recall(),
                    m.f1(),
                    m.expected());
        }
    }

    static void confusions(Scores scores, PrintStream out) {
        List<String> labels = scores.labels();
        if (labels.size() <= FULL_MATRIX_MAX_LABELS) {
            matrix(scores, labels, out);
        } else {
            topConfusions(scores, out);
        }
    }

    private static void matrix(Scores scores, List<String> labels, PrintStream out) {
        out.println("confusion matrix (rows: expected, columns: predicted; columns numbered as the rows)");
        int width = labels.stream().mapToInt(String::length).max().orElse(5);
        StringBuilder header = new StringBuilder(" ".repeat(width + 5));
        for (int column = 1; column <= labels.size(); column++) {
            header.append(String.format(Locale.ROOT, "%5d", column));
        }
        out.println(header);
        for (int row = 0; row < labels.size(); row++) {
            StringBuilder line =
                    new StringBuilder(String.format(Locale.ROOT, "%3d %-" + width + "s ", row + 1, labels.get(row)));
            for (String predicted : labels) {
                int n = scores.count(labels.get(row), predicted);
                line.append(n == 0 ? "    ." : String.format(Locale.ROOT, "%5d", n));
            }
            out.println(line);
        }
    }

    private static void topConfusions(Scores scores, PrintStream out) {
        List<Scores.Confusion> confusions = scores.confusions();
        out.printf(
                Locale.ROOT,
                "top confusions (%d of %d kinds of error)%n",
                Math.min(TOP_CONFUSIONS, confusions.size()),
                confusions.size());
        for (Scores.Confusion c : confusions.subList(0, Math.min(TOP_CONFUSIONS, confusions.size()))) {
            out.printf(Locale.ROOT, "%5d  %s -> %s%n", c.count(), c.expected(), c.predicted());
        }
    }

    static String accuracyLine(String name, int correct, int total) {
        double accuracy = total == 0 ? 0 : (double) correct / total;
        return String.format(Locale.ROOT, "%s: %.4f (%d/%d)", name, accuracy, correct, total);
    }
}
