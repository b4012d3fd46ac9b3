package com.cineorg.adapter.metadata.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The OkHttp client every metadata adapter shares: one dispatcher (at most 15 concurrent requests per host) and one
 * connection pool. Each adapter derives its own timeouts from it with {@code newBuilder()}, which keeps both.
 */
public final class SharedHttpClient {

    public static final int MAX_REQUESTS_PER_HOST = 15;
    public static final int MAX_REQUESTS = 64;

    private SharedHttpClient() {}

    public static OkHttpClient create() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_REQUESTS);
        dispatcher.setMaxRequestsPerHost(MAX_REQUESTS_PER_HOST);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(MAX_REQUESTS_PER_HOST * 2, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(20))
                .callTimeout(Duration.ofSeconds(40))
                .retryOnConnectionFailure(true)
                .build();
    }

    /**
     * Stops the dispatcher threads and closes idle connections. OkHttp's dispatcher threads are not daemons and
     * linger a minute after the last call; call this when the program is done with the client.
     */
    public static void shutdown(OkHttpClient shared) {
        shared.dispatcher().executorService().shutdown();
        shared.connectionPool().evictAll();
    }

    /** The shared client with one provider's timeouts; dispatcher and connection pool stay shared. */
    public static OkHttpClient withTimeouts(OkHttpClient shared, Duration connect, Duration read) {
        return shared.newBuilder()
                .connectTimeout(connect)
                .readTimeout(read)
                .callTimeout(connect.plus(read).plus(read))
                .build();
    }
}
