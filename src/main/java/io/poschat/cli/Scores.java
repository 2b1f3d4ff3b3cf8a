package io.poschat.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts of (expected, predicted) label pairs, and the measures that follow from them. */
final class Scores {

    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private int total;
    private int correct;

    void add(String expected, String predicted) {
        add(expected, predicted, 1);
    }

    void addAll(Scores other) {
        other.counts.forEach((expected, row) -> row.forEach((predicted, n) -> add(expected, predicted, n)));
    }

    private void add(String expected, String predicted, int n) {
        counts.computeIfAbsent(expected, k -> new TreeMap<>()).merge(predicted, n, Integer::sum);
        total += n;
        if (expected.equals(predicted)) {
            correct += n;
        }
    }

    int total() {
        return total;
    }

    int correct() {
        return correct;
    }

    double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    int count(String expected, String predicted) {
        return counts.getOrDefault(expected, Map.of()).getOrDefault(predicted, 0);
    }

    /** Every label seen, expected or predicted, in alphabetical order. */
    List<String> labels() {
        TreeSet<String> labels = new TreeSet<>(counts.keySet());
        counts.values().forEach(row -> labels.addAll(row.keySet()));
        return List.copyOf(labels);
    }

    LabelMeasures measures(String label) {
        int truePositives = count(label, label);
        int expected = counts.getOrDefault(label, Map.of()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        int predicted = counts.values().stream()
                .mapToInt(row -> row.getOrDefault(label, 0))
                .sum();
        return new LabelMeasures(label, truePositives, expected, predicted);
    }

    /** Wrong predictions, most frequent first. */
    List<Confusion> confusions() {
        List<Confusion> confusions = new ArrayList<>();
        counts.forEach((expected, row) -> row.forEach((predicted, n) -> {
            if (!expected.equals(predicted)) {
                confusions.add(new Confusion(expected, predicted, n));
            }
        }));
        confusions.sort(Comparator.comparingInt(Confusion::count).reversed());
        return confusions;
    }

    record Confusion(String expected, String predicted, int count) {}

    record LabelMeasures(String label, int truePositives, int expected, int predicted) {
        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return expected == 0 ? 0 : (double) truePositives / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
