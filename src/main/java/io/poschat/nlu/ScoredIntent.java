package io.poschat.nlu;

/** An intent with the probability the model gave it. */
public record ScoredIntent(Intent intent, double score) {}
