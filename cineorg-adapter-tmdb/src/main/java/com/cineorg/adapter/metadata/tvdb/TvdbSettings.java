package com.cineorg.adapter.metadata.tvdb;

import com.cineorg.adapter.metadata.http.ResilienceSettings;
import com.cineorg.domain.error.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach TVDB v4. The API key (and the subscriber PIN of user-supported keys) are exchanged at
 * {@code POST /login} for a bearer token; neither appears in {@link #toString()}.
 *
 * @param baseUrl {@code https://api4.thetvdb.com/v4} by default
 * @param pin null unless the key is a user-supported one
 */
public record TvdbSettings(
        String baseUrl,
        String apiKey,
        String pin,
        Duration connectTimeout,
        Duration readTimeout,
        ResilienceSettings resilience) {

    public static final String DEFAULT_BASE_URL = "https://api4.thetvdb.com/v4";
    public static final double DEFAULT_REQUESTS_PER_SECOND = 20;
    public static final String API_KEY_SETTING = "CINEORG_TVDB_API_KEY";

    public TvdbSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL
                : baseUrl.trim().endsWith("/") ? baseUrl.trim().substring(0, baseUrl.trim().length() - 1)
                : baseUrl.trim();
        if (apiKey == null || apiKey.isBlank()) {
            throw new InvalidInputException(
                    "No TVDB API key: set " + API_KEY_SETTING + " or tvdb.api-key in the config file");
        }
        apiKey = apiKey.trim();
        pin = pin == null || pin.isBlank() ? null : pin.trim();
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(resilience, "resilience");
    }

    /** The real service, 20 requests/s, 10 s to connect, 20 s to read. */
    public static TvdbSettings of(String apiKey, String pin) {
        return new TvdbSettings(DEFAULT_BASE_URL, apiKey, pin, Duration.ofSeconds(10), Duration.ofSeconds(20),
                ResilienceSettings.defaults(DEFAULT_REQUESTS_PER_SECOND));
    }

    public TvdbSettings withBaseUrl(String value) {
        return new TvdbSettings(value, apiKey, pin, connectTimeout, readTimeout, resilience);
    }

    public TvdbSettings withTimeouts(Duration connect, Duration read) {
        return new TvdbSettings(baseUrl, apiKey, pin, connect, read, resilience);
    }

    public TvdbSettings withResilience(ResilienceSettings value) {
        return new TvdbSettings(baseUrl, apiKey, pin, connectTimeout, readTimeout, value);
    }

    @Override
    public String toString() {
        return "TvdbSettings[baseUrl=" + baseUrl + ", apiKey=***, pin=" + (pin == null ? "none" : "***")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", resilience="
                + resilience + "]";
    }
}
