package com.cineorg.domain.error;

import java.time.Duration;
import java.util.Optional;

/** A metadata provider is down, rate-limited past our patience, or its circuit is open. */
public class ProviderUnavailableException extends CineOrgException {
    private final Duration retryAfter;

    public ProviderUnavailableException(String message) {
        this(message, null, null);
    }

    public ProviderUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.PROVIDER_UNAVAILABLE;
    }
}
