package com.cineorg.adapter.api;

import com.cineorg.domain.error.InvalidInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the API server listens and what it lets clients touch.
 *
 * @param host address to bind; anything but a loopback address needs an API key
 * @param port TCP port, 0 for any free port
 * @param apiKey the key every endpoint but {@code /health} and {@code /docs} requires, or null to run without one
 *     (loopback only)
 * @param allowedRoots source and library folders; paths in requests must lie inside one of them
 * @param corsOrigins origins allowed to call the API from a browser ({@code https://ui.example}); empty turns CORS off
 * @param maxBodyBytes largest request body accepted; larger ones get 413
 * @param shutdownGrace how long {@link ApiServer#stop()} waits for the running job to reach a file boundary
 */
public record ApiSettings(String host, int port, String apiKey, List<Path> allowedRoots, List<String> corsOrigins,
        long maxBodyBytes, Duration shutdownGrace) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8642;
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);
    public static final int MIN_KEY_LENGTH = 16;

    public ApiSettings {
        if (host == null || host.isBlank()) {
            throw new InvalidInputException("the API host must not be empty");
        }
        host = host.trim();
        if (port < 0 || port > 65_535) {
            throw new InvalidInputException("the API port must be between 0 and 65535, not " + port);
        }
        if (apiKey != null) {
            if (apiKey.length() < MIN_KEY_LENGTH || apiKey.chars().anyMatch(c -> c <= ' ' || c > '~')) {
                throw new InvalidInputException("the API key must be at least " + MIN_KEY_LENGTH
                        + " printable ASCII characters without spaces");
            }
        }
        allowedRoots = List.copyOf(Objects.requireNonNull(allowedRoots, "allowedRoots"));
        for (Path root : allowedRoots) {
            if (!root.isAbsolute()) {
                throw new InvalidInputException("allowed folder must be an absolute path: " + root);
            }
        }
        corsOrigins = List.copyOf(corsOrigins == null ? List.of() : corsOrigins);
        if (maxBodyBytes < 1) {
            throw new InvalidInputException("the largest request body must be at least 1 byte");
        }
        shutdownGrace = shutdownGrace == null ? DEFAULT_SHUTDOWN_GRACE : shutdownGrace;
    }

    /** Loopback, default port, no CORS, 64 KiB bodies. */
    public static ApiSettings defaults(String apiKey, List<Path> allowedRoots) {
        return new ApiSettings(DEFAULT_HOST, DEFAULT_PORT, apiKey, allowedRoots, List.of(), DEFAULT_MAX_BODY_BYTES,
                DEFAULT_SHUTDOWN_GRACE);
    }

    public ApiSettings withHost(String newHost) {
        return new ApiSettings(newHost, port, apiKey, allowedRoots, corsOrigins, maxBodyBytes, shutdownGrace);
    }

    public ApiSettings withPort(int newPort) {
        return new ApiSettings(host, newPort, apiKey, allowedRoots, corsOrigins, maxBodyBytes, shutdownGrace);
    }

    public ApiSettings withCorsOrigins(List<String> origins) {
        return new ApiSettings(host, port, apiKey, allowedRoots, origins, maxBodyBytes, shutdownGrace);
    }

    public ApiSettings withMaxBodyBytes(long bytes) {
        return new ApiSettings(host, port, apiKey, allowedRoots, corsOrigins, bytes, shutdownGrace);
    }

    public ApiSettings withShutdownGrace(Duration grace) {
        return new ApiSettings(host, port, apiKey, allowedRoots, corsOrigins, maxBodyBytes, grace);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "ApiSettings[host=" + host + ", port=" + port + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", allowedRoots=" + allowedRoots + ", corsOrigins=" + corsOrigins + ", maxBodyBytes="
                + maxBodyBytes + ", shutdownGrace=" + shutdownGrace + "]";
    }
}
