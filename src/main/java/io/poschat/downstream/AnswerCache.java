package io.poschat.downstream;

/** The services' answers the chatbot keeps for reuse (docs/design.md, "Caching"), as other parts may see it. */
public interface AnswerCache {

    /** How many answers are kept now (Caffeine's estimate). */
    long size();

    /** Forgets every kept answer: the next question about anything calls its services again. */
    void forgetAll();
}
