package com.cineorg.fake;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the fake server can be told to show, see {@link FakeProviderServer#failNext}.
 *
 * @param status the HTTP status to answer (for {@link Kind#STATUS}, {@link Kind#RATE_LIMITED} and {@link Kind#HTML})
 * @param delay how long {@link Kind#SLOW} waits before answering normally; the Retry-After of
 *     {@link Kind#RATE_LIMITED}
 * @param retryAfterAsDate send Retry-After as an HTTP date instead of seconds
 * @param pathPrefix only requests whose path starts with this are affected ({@code /3/search}); null for all
 */
public record Fault(Kind kind, int status, Duration delay, boolean retryAfterAsDate, String pathPrefix) {

    public enum Kind {
        /** An error status with the provider's JSON error body. */
        STATUS,
        /** 429 with Retry-After. */
        RATE_LIMITED,
        /** The normal answer, late. */
        SLOW,
        /** The first half of the normal JSON body, status 200. */
        TRUNCATED,
        /** An HTML page instead of JSON (a proxy or captive portal). */
        HTML
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        delay = delay == null ? Duration.ZERO : delay;
    }

    public static Fault status(int status) {
        return new Fault(Kind.STATUS, status, null, false, null);
    }

    public static Fault rateLimited(Duration retryAfter) {
        return new Fault(Kind.RATE_LIMITED, 429, retryAfter, false, null);
    }

    public static Fault rateLimitedUntilDate(Duration retryAfter) {
        return new Fault(Kind.RATE_LIMITED, 429, retryAfter, true, null);
    }

    public static Fault slow(Duration delay) {
        return new Fault(Kind.SLOW, 200, delay, false, null);
    }

    public static Fault truncatedBody() {
        return new Fault(Kind.TRUNCATED, 200, null, false, null);
    }

    public static Fault htmlBody(int status) {
        return new Fault(Kind.HTML, status, null, false, null);
    }

    /** The same fault, limited to requests whose path starts with {@code prefix}. */
    public Fault onPathsStartingWith(String prefix) {
        return new Fault(kind, status, delay, retryAfterAsDate, prefix);
    }
}
