package io.poschat.nlu;

import java.time.LocalDate;

/** PLACEHOLDER until the model lands (branch nlu-model): keyword rules for a first end-to-end run. */
public class LanguageUnderstanding {

    private final SlotExtractor slots = new SlotExtractor();

    public Interpretation interpret(String text, LocalDate today) {
        String t = text.toLowerCase();
        Intent intent = t.contains("revenue") || t.contains("took") || t.contains("sales")
                ? Intent.REVENUE
                : t.startsWith("hi") || t.startsWith("hello")
                        ? Intent.GREETING
                        : t.contains("help") ? Intent.HELP : Intent.OUT_OF_SCOPE;
        return new Interpretation.Understood(intent, 0.9, slots.extract(text, today));
    }
}
