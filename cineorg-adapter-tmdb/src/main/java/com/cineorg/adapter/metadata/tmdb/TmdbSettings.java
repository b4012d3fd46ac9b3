package com.cineorg.adapter.metadata.tmdb;

import com.cineorg.adapter.metadata.http.ResilienceSettings;
import com.cineorg.domain.error.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach TMDB v3. The credential is either a v3 API key (sent as the {@code api_key} parameter) or a v4 read
 * access token (a JWT starting with {@code eyJ}, sent as {@code Authorization: Bearer}); it never appears in
 * {@link #toString()}.
 *
 * @param baseUrl {@code https://api.themoviedb.org/3} by default; a mirror, proxy or the local fake otherwise
 */
public record TmdbSettings(
        String baseUrl,
        String apiKey,
        String language,
        Duration connectTimeout,
        Duration readTimeout,
        ResilienceSettings resilience) {

    public static final String DEFAULT_BASE_URL = "https://api.themoviedb.org/3";
    public static final double DEFAULT_REQUESTS_PER_SECOND = 40;
    public static final String API_KEY_SETTING = "CINEORG_TMDB_API_KEY";

    public TmdbSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : stripSlash(baseUrl.trim());
        if (apiKey == null || apiKey.isBlank()) {
            throw new InvalidInputException(
                    "No TMDB API key: set " + API_KEY_SETTING + " or tmdb.api-key in the config file");
        }
        apiKey = apiKey.trim();
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(resilience, "resilience");
    }

    /** The real service, 40 requests/s, 10 s to connect, 20 s to read. */
    public static TmdbSettings of(String apiKey) {
        return new TmdbSettings(DEFAULT_BASE_URL, apiKey, null, Duration.ofSeconds(10), Duration.ofSeconds(20),
                ResilienceSettings.defaults(DEFAULT_REQUESTS_PER_SECOND));
    }

    public TmdbSettings withBaseUrl(String value) {
        return new TmdbSettings(value, apiKey, language, connectTimeout, readTimeout, resilience);
    }

    public TmdbSettings withLanguage(String value) {
        return new TmdbSettings(baseUrl, apiKey, value, connectTimeout, readTimeout, resilience);
    }

    public TmdbSettings withTimeouts(Duration connect, Duration read) {
        return new TmdbSettings(baseUrl, apiKey, language, connect, read, resilience);
    }

    public TmdbSettings withResilience(ResilienceSettings value) {
        return new TmdbSettings(baseUrl, apiKey, language, connectTimeout, readTimeout, value);
    }

    /** A v4 read access token (JWT) rather than a v3 key. */
    public boolean usesBearerToken() {
        return apiKey.startsWith("eyJ") && apiKey.indexOf('.') > 0;
    }

    @Override
    public String toString() {
        return "TmdbSettings[baseUrl=" + baseUrl + ", apiKey=***, language=" + language + ", connectTimeout="
                + connectTimeout + ", readTimeout=" + readTimeout + ", resilience=" + resilience + "]";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
