package io.poschat.conversation;

import io.poschat.answer.AnswerComposer;
import io.poschat.answer.Audience;
import io.poschat.answer.Clarification;
import io.poschat.answer.Reply;
import io.poschat.downstream.AuthInfo;
import io.poschat.downstream.CallContext;
import io.poschat.downstream.CallRecord;
import io.poschat.downstream.CallStatus;
import io.poschat.downstream.Deadline;
import io.poschat.nlu.Intent;
import io.poschat.nlu.Interpretation;
import io.poschat.nlu.LanguageUnderstanding;
import io.poschat.nlu.Period;
import io.poschat.nlu.ScoredIntent;
import io.poschat.nlu.Slots;
import io.poschat.orchestration.Findings;
import io.poschat.orchestration.Orchestrator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers one question of a session: understands it (follow-ups and clarification picks included),
 * checks the user may ask it, runs its plan under one deadline and has it put into words. The
 * caller only carries frames.
 */
@Component
public class QuestionHandler {

    private static final Logger log = LoggerFactory.getLogger(QuestionHandler.class);
    private static final Duration AUTH_RETRY_AFTER = Duration.ofMinutes(1);

    private final LanguageUnderstanding nlu;
    private final Orchestrator orchestrator;
    private final AnswerComposer composer;
    private final SignIn signIn;
    private final ConversationProperties properties;
    private final QuestionLimits limits;
    private final Clock clock;
    private final QuestionTelemetry telemetry;
    private final Admission admission;
    private final SharedAnswers shared;

    QuestionHandler(
            LanguageUnderstanding nlu,
            Orchestrator orchestrator,
            AnswerComposer composer,
            SignIn signIn,
            ConversationProperties properties,
            QuestionLimits limits,
            Clock clock,
            QuestionTelemetry telemetry,
            Admission admission) {
        this.nlu = nlu;
        this.orchestrator = orchestrator;
        this.composer = composer;
        this.signIn = signIn;
        this.properties = properties;
        this.limits = limits;
        this.clock = clock;
        this.telemetry = telemetry;
        this.admission = admission;
        this.shared = new SharedAnswers(key -> telemetry.shared(key.intent()));
    }

    /**
     * @param progress told about each downstream call as it finishes
     * @throws InterruptedException when the question was cancelled (its calls are cancelled too)
     */
    public Outcome ask(Session session, String text, Consumer<CallRecord> progress) throws InterruptedException {
        Question question = new Question(newCorrelationId(), System.nanoTime(), progress);
        telemetry.begin(question.correlationId, session.user().tenantId());
        try {
            Outcome outcome = answerOrRefuse(session, text, question);
            telemetry.answered(outcome, System.nanoTime() - question.startNanos);
            return outcome;
        } finally {
            telemetry.end();
        }
    }

    private Outcome answerOrRefuse(Session session, String text, Question question) throws InterruptedException {
        try {
            var refused = limits.admit(session);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (!stillSignedIn(session, question)) {
                return new Outcome.Refused(
                        ErrorCode.UNAUTHENTICATED, "Your sign-in has expired. Sign in again to go on.");
            }
            return understandAndAnswer(session, text, question);
        } catch (RuntimeException e) {
            log.error("question failed", e);
            return new Outcome.Refused(
                    ErrorCode.INTERNAL,
                    "Something went wrong on my side. Please ask again; if it keeps happening, report reference "
                            + question.correlationId + ".");
        }
    }

    private Outcome understandAndAnswer(Session session, String text, Question question) throws InterruptedException {
        Audience audience = audienceOf(session);
        var picked = session.pendingOption(text);
        Interpretation interpretation = picked.isPresent()
                ? new Interpretation.Understood(
                        picked.get().intent(), 1.0, picked.get().slots())
                : nlu.interpret(text, audience.today());
        log.debug("understood as {}", interpretation);
        return switch (interpretation) {
            case Interpretation.FollowUp f
            when session.lastIntent().isPresent() ->
                answer(
                        session,
                        session.lastIntent().get(),
                        1.0,
                        session.lastSlots().overriddenBy(f.slots()),
                        audience,
                        question);
            // Nothing to follow up: read it as a question of its own, like any other.
            case Interpretation.FollowUp f ->
                answerAsRead(session, nlu.classify(text, audience.today()), audience, question);
            default ->
                answerAsRead(session, withPeriodCarriedOn(session, text, interpretation, audience), audience, question);
        };
    }

    /**
     * "and the best sellers?" after "revenue yesterday" is about yesterday, as a person would read it:
     * a question that carries on from the last one and names no period of its own takes that one's
     * period. Said without the opener ("best sellers?"), it is about today, like any question.
     */
    private Interpretation withPeriodCarriedOn(
            Session session, String text, Interpretation reading, Audience audience) {
        if (reading instanceof Interpretation.Understood understood
                && understood.intent().takesPeriod()
                && understood.slots().period().isEmpty()
                && session.lastSlots().period().isPresent()
                && nlu.carriesOn(text, audience.today())) {
            return new Interpretation.Understood(
                    understood.intent(),
                    understood.confidence(),
                    new Slots(session.lastSlots().period(), understood.slots().limit()));
        }
        return reading;
    }

    /** Only intents the user may ask are offered as a choice. */
    private Outcome clarifyOrAnswer(
            Session session, Interpretation.Ambiguous ambiguous, Audience audience, Question question)
            throws InterruptedException {
        List<ScoredIntent> allowed = ambiguous.candidates().stream()
                .filter(candidate -> mayAsk(session.user(), candidate.intent()))
                .toList();
        if (allowed.size() == ambiguous.candidates().size()) {
            return clarify(session, ambiguous, audience);
        }
        // One left is the answer; none left is refused like the best reading would be.
        ScoredIntent chosen = allowed.isEmpty() ? ambiguous.candidates().getFirst() : allowed.getFirst();
        return answer(session, chosen.intent(), chosen.score(), ambiguous.slots(), audience, question);
    }

    private Outcome answerAsRead(Session session, Interpretation reading, Audience audience, Question question)
            throws InterruptedException {
        return switch (reading) {
            case Interpretation.Understood u ->
                answer(session, u.intent(), u.confidence(), u.slots(), audience, question);
            case Interpretation.Ambiguous a -> clarifyOrAnswer(session, a, audience, question);
            case Interpretation.FollowUp f ->
                answer(session, Intent.OUT_OF_SCOPE, 0.0, Slots.none(), audience, question);
        };
    }

    private Outcome clarify(Session session, Interpretation.Ambiguous ambiguous, Audience audience) {
        telemetry.ambiguous(ambiguous.candidates());
        Clarification clarification =
                composer.clarify(ambiguous.candidates(), ambiguous.slots().period(), audience);
        List<Session.Pending> pending = new ArrayList<>();
        for (int i = 0;
                i < clarification.options().size() && i < ambiguous.candidates().size();
                i++) {
            pending.add(new Session.Pending(
                    clarification.options().get(i).text(),
                    ambiguous.candidates().get(i).intent(),
                    ambiguous.slots()));
        }
        session.offer(pending);
        return new Outcome.Clarify(
                clarification.text(),
                clarification.options().stream()
                        .map(option -> new Outcome.Option(option.label(), option.text()))
                        .toList());
    }

    private Outcome answer(
            Session session, Intent intent, double confidence, Slots slots, Audience audience, Question question)
            throws InterruptedException {
        AuthInfo user = session.user();
        Slots used = applyDefaults(intent, slots, audience.today());
        telemetry.received(intent, used);
        if (!mayAsk(user, intent)) {
            return new Outcome.Refused(ErrorCode.FORBIDDEN, composer.forbidden(intent));
        }
        Optional<Reply> reply = switch (intent) {
            case GREETING -> Optional.of(composer.greeting(audience));
            case HELP -> Optional.of(composer.help(audience));
            case THANKS -> Optional.of(composer.thanks(audience));
            case OUT_OF_SCOPE -> Optional.of(composer.outOfScope(audience));
            default -> lookUp(session, intent, used, audience, question);
        };
        if (reply.isEmpty()) {
            return new Outcome.Refused(
                    ErrorCode.RATE_LIMITED,
                    "I'm answering a lot of questions right now and couldn't get to yours in time."
                            + " Please ask again in a moment.");
        }
        Reply found = reply.get();
        Reply offered = new Reply(found.text(), found.data(), askable(found.suggestions(), user), found.partial());
        return new Outcome.Answered(answerOf(intent, confidence, used, offered, question));
    }

    /**
     * Runs a business intent's plan under the question's deadline and puts the findings into words;
     * empty when the machine was too busy to start it in time ({@link Admission}). The same question
     * asked while it is being answered shares that answer ({@link SharedAnswers}).
     */
    private Optional<Reply> lookUp(Session session, Intent intent, Slots used, Audience audience, Question question)
            throws InterruptedException {
        long deadlineNanos = question.startNanos + properties.deadline().toNanos();
        // Intents about "now" ignore the period; they get today for want of one.
        Period period = used.period().orElse(Period.day(audience.today()));
        int limit = used.limit().orElse(Slots.DEFAULT_LIMIT);
        SharedAnswers.Plan plan =
                calls -> runPlan(session, intent, period, limit, audience, question, deadlineNanos, calls);
        Optional<Reply> reply = properties.shareAnswers()
                ? shared.answer(
                        new SharedAnswers.Key(session.user().tenantId(), audience, intent, period, limit),
                        question.startNanos,
                        deadlineNanos,
                        question::record,
                        plan)
                : plan.run(question::record);
        if (reply.isPresent()) {
            session.remember(intent, used);
        }
        return reply;
    }

    private Optional<Reply> runPlan(
            Session session,
            Intent intent,
            Period period,
            int limit,
            Audience audience,
            Question question,
            long deadlineNanos,
            Consumer<CallRecord> calls)
            throws InterruptedException {
        if (!admission.enter(question.startNanos, deadlineNanos)) {
            return Optional.empty();
        }
        Findings findings;
        try {
            CallContext ctx = new CallContext(
                    session.user().tenantId(),
                    session.zone(),
                    session.token(),
                    question.correlationId,
                    // From the question's arrival: sign-in checks, understanding and the queue count too.
                    new Deadline(deadlineNanos),
                    question.startNanos,
                    calls);
            findings = orchestrator.run(intent, period, limit, ctx);
        } finally {
            admission.exit();
        }
        return Optional.of(composer.compose(findings, audience));
    }

    /** Period intents default to today, {@code top_products} to five; other intents carry no slots. */
    private static Slots applyDefaults(Intent intent, Slots slots, LocalDate today) {
        var period = intent.takesPeriod()
                ? slots.period().or(() -> Optional.of(Period.day(today)))
                : Optional.<Period>empty();
        var limit = intent.takesLimit()
                ? Optional.of(Math.min(Slots.MAX_LIMIT, slots.limit().orElse(Slots.DEFAULT_LIMIT)))
                : Optional.<Integer>empty();
        return new Slots(period, limit);
    }

    private Answer answerOf(Intent intent, double confidence, Slots slots, Reply reply, Question question) {
        List<CallRecord> calls = question.calls();
        boolean somethingMissing =
                calls.stream().anyMatch(call -> call.status() != CallStatus.OK && call.status() != CallStatus.STALE);
        var meta = new Answer.Meta(
                question.correlationId, reply.partial() || somethingMissing, question.elapsedMs(), calls);
        var slotValues = new Answer.SlotValues(
                slots.period().map(Period::from).orElse(null),
                slots.period().map(Period::to).orElse(null),
                slots.limit().orElse(null));
        return new Answer(
                reply.text(), intent.label(), confidence, slotValues, reply.data(), reply.suggestions(), meta);
    }

    /** Suggestions the user could not ask (a waiter offered "Revenue today") are dropped. */
    private List<String> askable(List<String> suggestions, AuthInfo user) {
        return suggestions.stream()
                .filter(suggestion -> nlu.ownTextIntent(suggestion)
                        .map(intent -> mayAsk(user, intent))
                        .orElse(true)) // a text read two ways is a choice: the user picks what they may ask
                .toList();
    }

    private static boolean mayAsk(AuthInfo user, Intent intent) {
        return Permissions.required(intent).map(user::may).orElse(true);
    }

    private Audience audienceOf(Session session) {
        AuthInfo user = session.user();
        return new Audience(
                user.name(),
                user.tenantName(),
                Currency.getInstance(user.currency()),
                session.zone(),
                LocalDate.now(clock.withZone(session.zone())));
    }

    /** Asks the auth service again once the session's verification is old; keeps it if auth is down. */
    private boolean stillSignedIn(Session session, Question question) {
        Instant now = clock.instant();
        if (session.verifiedAt().plus(properties.reverifyAfter()).isAfter(now)) {
            return true;
        }
        return switch (signIn.signIn(session.token(), question.correlationId)) {
            case SignIn.Result.SignedIn fresh -> {
                session.reverified(fresh.session().user(), now);
                yield true;
            }
            case SignIn.Result.Rejected rejected -> false;
            case SignIn.Result.Unavailable unavailable -> {
                // Keep serving, and give auth a minute before the next question asks it again.
                session.reverified(
                        session.user(), now.minus(properties.reverifyAfter()).plus(AUTH_RETRY_AFTER));
                yield true;
            }
        };
    }

    private static String newCorrelationId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    }

    /** One question in flight: its id, start and the calls made for it. */
    private static final class Question {
        private final String correlationId;
        private final long startNanos;
        private final Consumer<CallRecord> progress;
        private final List<CallRecord> calls = Collections.synchronizedList(new ArrayList<>());

        Question(String correlationId, long startNanos, Consumer<CallRecord> progress) {
            this.correlationId = correlationId;
            this.startNanos = startNanos;
            this.progress = progress;
        }

        void record(CallRecord call) {
            calls.add(call);
            progress.accept(call);
        }

        List<CallRecord> calls() {
            synchronized (calls) {
                return List.copyOf(calls);
            }
        }

        long elapsedMs() {
            return (System.nanoTime() - startNanos) / 1_000_000;
        }
    }
}
