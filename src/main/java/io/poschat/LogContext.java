package io.poschat;

/**
 * The logging context (SLF4J MDC) keys every line of a question's life carries; in the JSON logs
 * they are top-level fields. The MDC is per thread: {@code QuestionHandler} sets them on the
 * question's thread, {@code Fanout} copies them into each forked branch, and the downstream
 * pipeline sets the correlation id for calls made outside a question (sign-in). Retries wait and
 * timeouts are awaited on the calling thread, so their lines are in context too.
 */
public final class LogContext {

    /** The id the user sees as "reference" and each downstream receives as {@code x-correlation-id}. */
    public static final String CORRELATION_ID = "correlation_id";
    /** The tenant the auth service verified, never one the client claimed. */
    public static final String TENANT = "tenant";
    /** The intent's label once the question is understood; {@link #UNCLASSIFIED} before. */
    public static final String INTENT = "intent";

    public static final String UNCLASSIFIED = "unclassified";

    private LogContext() {}
}
