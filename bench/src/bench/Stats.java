package bench;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles (nearest rank) of a set of figures. */
record Stats(double[] sorted) {

    static Stats of(Collection<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return new Stats(a);
    }

    int count() {
        return sorted.length;
    }

    double p(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}
