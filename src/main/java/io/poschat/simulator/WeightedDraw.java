package io.poschat.simulator;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws an index with probability proportional to its weight. The sum is the stream's compensated
 * sum, computed once instead of on every draw (one per guest and course): the same value as before,
 * so the same draws and the same plans.
 */
record WeightedDraw(double[] weights, double sum) {

    static WeightedDraw of(double[] weights) {
        return new WeightedDraw(weights, Arrays.stream(weights).sum());
    }

    static WeightedDraw of(List<? extends Number> weights) {
        return of(weights.stream().mapToDouble(Number::doubleValue).toArray());
    }

    int pick(SplittableRandom rng) {
        double r = rng.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
