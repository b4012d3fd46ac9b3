package com.cineorg.adapter.metadata.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Rate limit, retry and circuit-breaker settings of one provider.
 *
 * @param requestsPerSecond the shared limit for every call to the provider (TMDB: 40)
 * @param rateLimitWait how long a call may wait for a request slot before failing
 * @param maxRetries retries after the first attempt, on IO errors, 429, 5xx and unreadable bodies
 * @param initialBackoff first retry delay without Retry-After; doubles each retry, with jitter
 * @param maxBackoff cap of the exponential backoff
 * @param maxRetryAfter cap of a server's Retry-After we are willing to wait
 * @param circuitMinimumCalls calls in the window before the failure rate counts
 * @param circuitWindow size of the count-based sliding window
 * @param circuitFailureRatePercent failure rate that opens the circuit
 * @param circuitOpenDuration how long an open circuit fails fast before trying again
 */
public record ResilienceSettings(
        double requestsPerSecond,
        Duration rateLimitWait,
        int maxRetries,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfter,
        int circuitMinimumCalls,
        int circuitWindow,
        float circuitFailureRatePercent,
        Duration circuitOpenDuration) {

    public ResilienceSettings {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be positive: " + requestsPerSecond);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
        }
        Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(circuitOpenDuration, "circuitOpenDuration");
        if (circuitMinimumCalls < 1 || circuitWindow < circuitMinimumCalls) {
            throw new IllegalArgumentException("need 1 <= circuitMinimumCalls <= circuitWindow");
        }
        if (!(circuitFailureRatePercent > 0 && circuitFailureRatePercent <= 100)) {
            throw new IllegalArgumentException("circuitFailureRatePercent must be in (0, 100]");
        }
    }

    /** 3 retries from 500 ms to 10 s, Retry-After up to 60 s, circuit opening at 50% of 20 calls for 30 s. */
    public static ResilienceSettings defaults(double requestsPerSecond) {
        return new ResilienceSettings(requestsPerSecond, Duration.ofSeconds(60), 3, Duration.ofMillis(500),
                Duration.ofSeconds(10), Duration.ofSeconds(60), 10, 20, 50f, Duration.ofSeconds(30));
    }

    public ResilienceSettings withRequestsPerSecond(double value) {
        return new ResilienceSettings(value, rateLimitWait, maxRetries, initialBackoff, maxBackoff, maxRetryAfter,
                circuitMinimumCalls, circuitWindow, circuitFailureRatePercent, circuitOpenDuration);
    }

    public ResilienceSettings withRetries(int retries, Duration initial, Duration max) {
        return new ResilienceSettings(requestsPerSecond, rateLimitWait, retries, initial, max, maxRetryAfter,
                circuitMinimumCalls, circuitWindow, circuitFailureRatePercent, circuitOpenDuration);
    }

    public ResilienceSettings withCircuit(int minimumCalls, int window, float failureRatePercent, Duration open) {
        return new ResilienceSettings(requestsPerSecond, rateLimitWait, maxRetries, initialBackoff, maxBackoff,
                maxRetryAfter, minimumCalls, window, failureRatePercent, open);
    }
}
