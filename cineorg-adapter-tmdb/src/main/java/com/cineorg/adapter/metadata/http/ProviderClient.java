package com.cineorg.adapter.metadata.http;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.error.ProviderAuthenticationException;
import com.cineorg.domain.error.ProviderUnavailableException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one provider's requests through its rate limiter, circuit breaker and retry, and turns answers into
 * domain results: 2xx into the parsed body, 404 into {@link Optional#empty()}, 401 into
 * {@link ProviderAuthenticationException}, everything that stays broken into {@link ProviderUnavailableException}.
 * Messages name the request by method and path only: no query string, so no API key. Thread-safe; one per provider.
 */
public final class ProviderClient {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderClient.class);
    private static final int MAX_ERROR_DETAIL = 120;

    private final String provider;
    private final String authFailureMessage;
    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final RateLimiter rateLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final ResilienceSettings settings;
    private final Clock clock;

    /**
     * @param provider display name used in messages ({@code TMDB})
     * @param authFailureMessage the one-line message for a 401, naming the setting to fix
     */
    public ProviderClient(String provider, String authFailureMessage, OkHttpClient http, ResilienceSettings settings) {
        this(provider, authFailureMessage, http, settings, Clock.systemUTC());
    }

    ProviderClient(String provider, String authFailureMessage, OkHttpClient http, ResilienceSettings settings,
            Clock clock) {
        this.provider = provider;
        this.authFailureMessage = authFailureMessage;
        this.http = http;
        this.settings = settings;
        this.clock = clock;
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.rateLimiter = RateLimiter.of(provider + "-rate", rateLimiterConfig(settings));
        this.circuitBreaker = CircuitBreaker.of(provider + "-circuit", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.circuitWindow())
                .minimumNumberOfCalls(settings.circuitMinimumCalls())
                .failureRateThreshold(settings.circuitFailureRatePercent())
                .waitDurationInOpenState(settings.circuitOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof RetryableProviderException r && r.countsAsFailure())
                .build());
        IntervalBiFunction<Object> interval = (attempt, outcome) -> delayBeforeRetry(attempt,
                outcome.isLeft() ? outcome.getLeft() : null);
        this.retry = Retry.of(provider + "-retry", RetryConfig.custom()
                .maxAttempts(settings.maxRetries() + 1)
                .retryOnException(e -> e instanceof RetryableProviderException)
                .intervalBiFunction(interval)
                .failAfterMaxAttempts(false)
                .build());
    }

    /**
     * Smooth pacing: the permits of one second are handed out in slices of 50 ms or more, so a burst never
     * exceeds what a server counting per second accepts.
     */
    static RateLimiterConfig rateLimiterConfig(ResilienceSettings settings) {
        double rps = settings.requestsPerSecond();
        int perPeriod = (int) Math.max(1, Math.floor(rps / 20));
        long periodNanos = (long) Math.ceil(1e9 * perPeriod / rps);
        return RateLimiterConfig.custom()
                .limitForPeriod(perPeriod)
                .limitRefreshPeriod(Duration.ofNanos(periodNanos))
                .timeoutDuration(settings.rateLimitWait())
                .build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public CircuitBreaker.State circuitState() {
        return circuitBreaker.getState();
    }

    /**
     * Sends the request built by {@code request} (called once per attempt, so it may carry a fresh token) and
     * parses a 2xx body as {@code type}.
     *
     * @param what the request as shown in messages and logs, e.g. {@code GET /search/movie}; never the URL
     * @return empty on 404
     */
    public <T> Optional<T> call(String what, Supplier<Request> request, Class<T> type) {
        Supplier<Optional<T>> attempt = () -> attempt(what, request.get(), type);
        Supplier<Optional<T>> guarded = CircuitBreaker.decorateSupplier(circuitBreaker,
                RateLimiter.decorateSupplier(rateLimiter, attempt));
        try {
            return Retry.decorateSupplier(retry, guarded).get();
        } catch (RetryableProviderException e) {
            String detail = e.status() == 0 ? e.getMessage() : "HTTP " + e.status() + (e.getMessage().isEmpty() ? ""
                    : " (" + e.getMessage() + ")");
            throw new ProviderUnavailableException(provider + " is unavailable: " + what + " failed after "
                    + (settings.maxRetries() + 1) + " attempts: " + detail, e.retryAfter().orElse(null), e.getCause());
        } catch (CallNotPermittedException e) {
            throw new ProviderUnavailableException(provider + " is unavailable: too many failures, not calling it for "
                    + settings.circuitOpenDuration().toSeconds() + " s", settings.circuitOpenDuration(), null);
        } catch (RequestNotPermitted e) {
            throw new ProviderUnavailableException(provider + " is unavailable: no request slot under the rate limit of "
                    + settings.requestsPerSecond() + "/s within " + settings.rateLimitWait().toSeconds() + " s",
                    Duration.ofSeconds(1), null);
        }
    }

    private <T> Optional<T> attempt(String what, Request request, Class<T> type) {
        try (Response response = send(request)) {
            int code = response.code();
            ResponseBody body = response.body();
            String text = body.string();
            LOG.debug("{} {} -> {}", provider, what, code);
            if (code == 404) {
                return Optional.empty();
            }
            if (code == 401) {
                throw new ProviderAuthenticationException(authFailureMessage);
            }
            if (code == 429 || code >= 500) {
                Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock).orElse(null);
                throw new RetryableProviderException(errorDetail(text), code, retryAfter, null);
            }
            if (code >= 400) {
                throw new InvalidInputException(provider + " refused " + what + ": HTTP " + code
                        + (errorDetail(text).isEmpty() ? "" : " (" + errorDetail(text) + ")"));
            }
            try {
                return Optional.of(mapper.readValue(text, type));
            } catch (JsonProcessingException e) {
                String kind = looksLikeHtml(text) ? "an HTML page instead of JSON"
                        : text.isBlank() ? "an empty body" : "an unreadable or truncated JSON body";
                throw new RetryableProviderException(provider + " sent " + kind + " for " + what, -1, null, null);
            }
        } catch (IOException e) {
            String reason = e instanceof InterruptedIOException ? "timed out" : "connection failed";
            throw new RetryableProviderException(provider + " " + reason + " on " + what, 0, null, e);
        }
    }

    /** Through the dispatcher (not {@code execute()}), so its per-host limit applies. */
    private Response send(Request request) throws IOException {
        Call call = http.newCall(request);
        CompletableFuture<Response> future = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                future.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call c, Response response) {
                future.complete(response);
            }
        });
        try {
            return future.get();
        } catch (InterruptedException e) {
            call.cancel();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("call failed", e.getCause());
        }
    }

    private long delayBeforeRetry(int attempt, Throwable failure) {
        if (failure instanceof RetryableProviderException r && r.retryAfter().isPresent()) {
            Duration wait = r.retryAfter().get();
            return Math.min(wait.toMillis(), settings.maxRetryAfter().toMillis());
        }
        double base = settings.initialBackoff().toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        double capped = Math.min(base, settings.maxBackoff().toMillis());
        return (long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble() * 0.5));
    }

    /** TMDB's status_message or TVDB's message, shortened; never the raw body of an HTML page. */
    private String errorDetail(String body) {
        if (body == null || body.isBlank() || looksLikeHtml(body)) {
            return "";
        }
        try {
            var node = mapper.readTree(body);
            var message = node.has("status_message") ? node.get("status_message") : node.get("message");
            if (message != null && message.isTextual()) {
                String m = message.asText();
                return m.length() > MAX_ERROR_DETAIL ? m.substring(0, MAX_ERROR_DETAIL) + "..." : m;
            }
        } catch (JsonProcessingException e) {
            return "";
        }
        return "";
    }

    private static boolean looksLikeHtml(String body) {
        String start = body.stripLeading();
        return start.startsWith("<");
    }
}
