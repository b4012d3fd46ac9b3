package com.cineorg.fake;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local HTTP server speaking TMDB v3 (under {@code /3}) and TVDB v4 (under {@code /v4}) over a {@link FakeCatalog}:
 * the same paths, parameters, authentication, JSON shapes, paging and error bodies as the real services.
 *
 * <p>Configure before {@link #start()}; faults, token expiry and request counts can be changed while running.
 * Thread-safe. Typical test use:
 * <pre>{@code
 * try (FakeProviderServer fake = new FakeProviderServer(FakeCatalog.builtIn()).start()) {
 *     String tmdb = fake.tmdbBaseUrl();   // http://localhost:PORT/3
 *     fake.failNext(2, Fault.status(503));
 * }
 * }</pre>
 */
public final class FakeProviderServer implements AutoCloseable {

    public static final String DEFAULT_TMDB_API_KEY = "0123456789abcdef0123456789abcdef";
    public static final String DEFAULT_TMDB_BEARER_TOKEN = "eyJhbGciOiJIUzI1NiJ9.fake-read-access-token.c2lnbmF0dXJl";
    public static final String DEFAULT_TVDB_API_KEY = "fake-tvdb-api-key";

    private final FakeCatalog catalog;
    private String tmdbApiKey = DEFAULT_TMDB_API_KEY;
    private String tmdbBearerToken = DEFAULT_TMDB_BEARER_TOKEN;
    private String tvdbApiKey = DEFAULT_TVDB_API_KEY;
    private String tvdbPin;
    private int tvdbPageSize = 500;
    private volatile TokenBucket rateLimit;

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger rejectedByRateLimit = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final List<RecordedRequest> recorded = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<FaultRule> faults = new ConcurrentLinkedQueue<>();

    private Javalin app;
    private TmdbApi tmdb;
    private TvdbApi tvdb;

    private static final int MAX_RECORDED = 10_000;

    private record FaultRule(Fault fault, AtomicInteger remaining) {}

    public FakeProviderServer(FakeCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public FakeProviderServer tmdbApiKey(String key) {
        this.tmdbApiKey = key;
        return this;
    }

    public FakeProviderServer tmdbBearerToken(String token) {
        this.tmdbBearerToken = token;
        return this;
    }

    public FakeProviderServer tvdbApiKey(String key) {
        this.tvdbApiKey = key;
        return this;
    }

    /** Require this subscriber PIN at TVDB login (default: none required). */
    public FakeProviderServer tvdbPin(String pin) {
        this.tvdbPin = pin;
        return this;
    }

    /** Episodes per page of {@code /v4/series/{id}/episodes/{type}} (the real service uses 500). */
    public FakeProviderServer tvdbPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.tvdbPageSize = size;
        if (tvdb != null) {
            tvdb.pageSize(size);
        }
        return this;
    }

    /**
     * Answer 429 (with Retry-After and the provider's error body) past {@code requestsPerSecond}, counted over all
     * paths with a token bucket holding one second's worth; 0 turns the limit off.
     */
    public FakeProviderServer rateLimit(int requestsPerSecond) {
        this.rateLimit = requestsPerSecond <= 0 ? null : new TokenBucket(requestsPerSecond);
        return this;
    }

    /** Starts on a free port. */
    public FakeProviderServer start() {
        return start(0);
    }

    public synchronized FakeProviderServer start(int port) {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        tmdb = new TmdbApi(catalog);
        tvdb = new TvdbApi(catalog, tvdbApiKey, tvdbPin, tvdbPageSize);
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
        });
        tmdbRoute("/3/search/movie", tmdb::searchMovie);
        tmdbRoute("/3/search/tv", tmdb::searchTv);
        tmdbRoute("/3/movie/{id}", tmdb::movie);
        tmdbRoute("/3/tv/{id}", tmdb::tv);
        tmdbRoute("/3/tv/{id}/season/{season}", tmdb::season);
        tmdbRoute("/3/find/{external_id}", tmdb::find);
        tmdbRoute("/3/<rest>", ctx -> TmdbApi.notFound());
        app.post("/v4/login", ctx -> handle(ctx, false, tvdb::login));
        tvdbRoute("/v4/search", tvdb::search);
        tvdbRoute("/v4/search/remoteid/{remoteId}", tvdb::remoteId);
        tvdbRoute("/v4/series/{id}/extended", tvdb::seriesExtended);
        tvdbRoute("/v4/series/{id}/episodes/{seasonType}", tvdb::episodes);
        tvdbRoute("/v4/movies/{id}/extended", tvdb::movieExtended);
        tvdbRoute("/v4/<rest>", ctx -> TvdbApi.failure(404, "NotFoundException: no such route"));
        app.start("127.0.0.1", port);
        return this;
    }

    public int port() {
        requireStarted();
        return app.port();
    }

    /** {@code http://127.0.0.1:PORT/3}, to use in place of {@code https://api.themoviedb.org/3}. */
    public String tmdbBaseUrl() {
        return "http://127.0.0.1:" + port() + "/3";
    }

    /** {@code http://127.0.0.1:PORT/v4}, to use in place of {@code https://api4.thetvdb.com/v4}. */
    public String tvdbBaseUrl() {
        return "http://127.0.0.1:" + port() + "/v4";
    }

    public FakeCatalog catalog() {
        return catalog;
    }

    /** The next {@code times} requests (matching the fault's path prefix, if any) misbehave as told. */
    public FakeProviderServer failNext(int times, Fault fault) {
        faults.add(new FaultRule(Objects.requireNonNull(fault), new AtomicInteger(times)));
        return this;
    }

    /** Every request (matching the fault's path prefix, if any) misbehaves until {@link #clearFaults()}. */
    public FakeProviderServer failAlways(Fault fault) {
        return failNext(Integer.MAX_VALUE, fault);
    }

    public FakeProviderServer clearFaults() {
        faults.clear();
        return this;
    }

    /** Invalidates every TVDB token issued so far: the next call with one gets 401. */
    public void expireTvdbTokens() {
        requireStarted();
        tvdb.expireTokens();
    }

    /** Requests received for this exact path ({@code /3/search/movie}), whatever their answer. */
    public int requestCount(String path) {
        AtomicInteger c = counts.get(path);
        return c == null ? 0 : c.get();
    }

    public int totalRequests() {
        return total.get();
    }

    /** Requests answered 429 by the rate limit (not by injected faults). */
    public int rateLimitedRequests() {
        return rejectedByRateLimit.get();
    }

    /** The most requests being answered at the same time since the last {@link #resetRequests()}. */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    /** The first 10,000 requests received, oldest first. */
    public List<RecordedRequest> requests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    public RecordedRequest lastRequest() {
        synchronized (recorded) {
            if (recorded.isEmpty()) {
                throw new IllegalStateException("no request received");
            }
            return recorded.get(recorded.size() - 1);
        }
    }

    public void resetRequests() {
        counts.clear();
        total.set(0);
        rejectedByRateLimit.set(0);
        maxInFlight.set(0);
        recorded.clear();
    }

    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private void requireStarted() {
        if (app == null) {
            throw new IllegalStateException("the fake server is not started");
        }
    }

    private void tmdbRoute(String path, Function<Context, Answer> handler) {
        app.get(path, ctx -> handle(ctx, true, c -> tmdbAuthorized(c) ? handler.apply(c) : TmdbApi.invalidKey()));
    }

    private void tvdbRoute(String path, Function<Context, Answer> handler) {
        app.get(path, ctx -> handle(ctx, false,
                c -> tvdb.authorized(c) ? handler.apply(c) : TvdbApi.failure(401, "Unauthorized")));
    }

    private boolean tmdbAuthorized(Context ctx) {
        String key = ctx.queryParam("api_key");
        if (key != null) {
            return key.equals(tmdbApiKey);
        }
        String auth = ctx.header("Authorization");
        return auth != null && tmdbBearerToken != null && auth.equals("Bearer " + tmdbBearerToken);
    }

    private void handle(Context ctx, boolean isTmdb, Function<Context, Answer> handler) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        boolean async = false;
        try {
            async = answer(ctx, isTmdb, handler);
        } finally {
            if (!async) {
                inFlight.decrementAndGet();
            }
        }
    }

    /** @return true when the answer is sent later (slow fault), which then lowers the in-flight count itself */
    private boolean answer(Context ctx, boolean isTmdb, Function<Context, Answer> handler) {
        String path = ctx.path();
        counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        total.incrementAndGet();
        synchronized (recorded) {
            if (recorded.size() < MAX_RECORDED) {
                recorded.add(new RecordedRequest(ctx.method().name(), path, ctx.queryParamMap(),
                        ctx.header("Authorization"), ctx.method().name().equals("POST") ? ctx.body() : null));
            }
        }
        Fault fault = takeFault(path);
        TokenBucket bucket = rateLimit;
        if (fault == null && bucket != null) {
            long waitNanos = bucket.tryAcquire();
            if (waitNanos > 0) {
                rejectedByRateLimit.incrementAndGet();
                long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
                Answer limited = isTmdb ? TmdbApi.rateLimited(bucket.rate)
                        : TvdbApi.failure(429, "TooManyRequests: rate limit exceeded");
                write(ctx, limited.withHeader("Retry-After", String.valueOf(seconds)));
                return false;
            }
        }
        if (fault == null) {
            write(ctx, handler.apply(ctx));
            return false;
        }
        switch (fault.kind()) {
            case STATUS -> write(ctx, isTmdb ? TmdbApi.statusFault(fault.status()) : TvdbApi.statusFault(fault.status()));
            case RATE_LIMITED -> {
                Answer limited = isTmdb ? TmdbApi.rateLimited(40)
                        : TvdbApi.failure(429, "TooManyRequests: rate limit exceeded");
                String retryAfter = fault.retryAfterAsDate()
                        ? DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                ZonedDateTime.now(ZoneOffset.UTC).plus(fault.delay()).plusSeconds(1).withNano(0))
                        : String.valueOf(fault.delay().toSeconds());
                write(ctx, limited.withHeader("Retry-After", retryAfter));
            }
            case SLOW -> {
                Duration delay = fault.delay();
                ctx.future(() -> CompletableFuture.runAsync(() -> {
                    try {
                        write(ctx, handler.apply(ctx));
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }, CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)));
                return true;
            }
            case TRUNCATED -> {
                Answer full = handler.apply(ctx);
                byte[] bytes = full.body().getBytes(StandardCharsets.UTF_8);
                byte[] half = java.util.Arrays.copyOf(bytes, Math.max(1, bytes.length / 2));
                ctx.status(full.status()).contentType(full.contentType()).result(half);
            }
            case HTML -> write(ctx, new Answer(fault.status(),
                    "<!DOCTYPE html><html><head><title>" + fault.status() + "</title></head><body><h1>"
                            + fault.status() + " Bad Gateway</h1><p>cloudflare</p></body></html>",
                    "text/html; charset=UTF-8", Map.of()));
        }
        return false;
    }

    private Fault takeFault(String path) {
        for (Iterator<FaultRule> it = faults.iterator(); it.hasNext(); ) {
            FaultRule rule = it.next();
            String prefix = rule.fault().pathPrefix();
            if (prefix != null && !path.startsWith(prefix)) {
                continue;
            }
            int left = rule.remaining().getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1));
            if (left > 0) {
                return rule.fault();
            }
            it.remove();
        }
        return null;
    }

    private static void write(Context ctx, Answer answer) {
        ctx.status(answer.status()).contentType(answer.contentType());
        answer.headers().forEach(ctx::header);
        ctx.result(answer.body());
    }

    /** A token bucket holding one second of requests, refilled continuously. */
    private static final class TokenBucket {
        final int rate;
        private double tokens;
        private long last = System.nanoTime();

        TokenBucket(int rate) {
            this.rate = rate;
            this.tokens = rate;
        }

        /** 0 when a token was taken, else the nanoseconds until one is available. */
        synchronized long tryAcquire() {
            long now = System.nanoTime();
            tokens = Math.min(rate, tokens + (now - last) * rate / 1e9);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) ((1 - tokens) * 1e9 / rate);
        }
    }
}
