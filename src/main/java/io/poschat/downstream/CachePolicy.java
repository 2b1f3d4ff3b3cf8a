package io.poschat.downstream;

/** How long an answer of an endpoint may be reused; see {@link DownstreamProperties.CacheSettings}. */
enum CachePolicy {
    /** Never cached (the auth check). */
    NONE,
    PAST_DAYS,
    TODAY,
    LIVE,
    CATALOGUE
}
