package io.poschat.answer;

import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.Service;
import io.poschat.orchestration.Findings.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reply being written: sentences in order, the figures they name, suggestions, and whether
 * something was missing.
 */
final class Draft {

    private final Formats formats;
    private final List<String> sentences = new ArrayList<>();
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<String> suggestions = new ArrayList<>();
    private boolean partial;

    Draft(Formats formats) {
        this.formats = formats;
    }

    Draft say(String sentence) {
        sentences.add(sentence);
        return this;
    }

    Draft put(String key, Object value) {
        data.put(key, value);
        return this;
    }

    Draft suggest(String... questions) {
        suggestions.addAll(List.of(questions));
        return this;
    }

    /** Marks the reply partial, without a sentence: the caller has already said what is missing. */
    Draft partial() {
        partial = true;
        return this;
    }

    /** Says what is missing and why, and marks the reply partial. */
    Draft missing(MissingData.Gap gap, String consequence) {
        partial = true;
        return say(MissingData.sentence(gap, consequence));
    }

    /**
     * Says what an outcome's absence costs ({@code consequence}), or that its data is old; nothing
     * for fresh data.
     */
    Draft explain(Service service, CallOutcome<?> outcome, String consequence) {
        MissingData.gap(service, outcome).ifPresent(gap -> missing(gap, consequence));
        return asOf(service, outcome);
    }

    /** Says when data served from the cache after a failure was fetched; nothing otherwise. */
    Draft asOf(Service service, CallOutcome<?> outcome) {
        if (outcome instanceof CallOutcome.Stale<?> stale) {
            say(MissingData.stale(service, stale.problem(), formats.time(stale.fetchedAt())));
        }
        return this;
    }

    Draft explain(Service service, Step<?> step, String consequence) {
        return switch (step) {
            case Step.Made<?> made -> explain(service, made.outcome(), consequence);
            case Step.Skipped<?> skipped ->
                missing(new MissingData.Gap(service, MissingData.Reason.NOT_ASKED), consequence);
        };
    }

    /**
     * Answers that nothing could be said: the services that brought nothing, and why. Stale data
     * never gets here: it is data.
     */
    Draft nothing(String what, List<Optional<MissingData.Gap>> gaps) {
        partial = true;
        return say(MissingData.nothing(
                what, gaps.stream().flatMap(Optional::stream).toList()));
    }

    Reply reply() {
        return new Reply(String.join(" ", sentences), data, suggestions, partial);
    }
}
