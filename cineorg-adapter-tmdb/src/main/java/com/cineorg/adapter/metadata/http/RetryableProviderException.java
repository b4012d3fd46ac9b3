package com.cineorg.adapter.metadata.http;

import java.time.Duration;
import java.util.Optional;

/** A failed attempt worth retrying: IO error, 429, 5xx or an unreadable body. Never leaves the adapter. */
final class RetryableProviderException extends RuntimeException {

    private final int status;
    private final Duration retryAfter;

    RetryableProviderException(String message, int status, Duration retryAfter, Throwable cause) {
        super(message, cause, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status, or 0 for an IO error. */
    int status() {
        return status;
    }

    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** 429 means "slow down", not "broken": it does not count towards opening the circuit. */
    boolean countsAsFailure() {
        return status != 429;
    }
}
