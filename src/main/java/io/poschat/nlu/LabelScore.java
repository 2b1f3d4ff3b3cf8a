package io.poschat.nlu;

/**
 * A label with the probability the model gave it. Labels are strings, not {@link Intent}s, so the
 * same classifier and decision rule work for public benchmark data with labels of their own.
 */
public record LabelScore(String label, double score) {}
