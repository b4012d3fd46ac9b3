package com.cineorg.application.identify;

import com.cineorg.domain.match.MatchSettings;
import com.cineorg.domain.model.metadata.Provider;
import java.time.Duration;
import java.util.Objects;

/**
 * @param seriesProvider provider for series when the command names none
 * @param language language for titles ({@code en-US}), or null for the provider's default
 * @param cacheTtl how long provider answers are reused
 * @param parallelism lookups in flight at once (all still pass the provider's shared rate limiter)
 */
public record IdentifySettings(
        Provider seriesProvider, MatchSettings match, String language, Duration cacheTtl, int parallelism) {
    public IdentifySettings {
        Objects.requireNonNull(seriesProvider, "seriesProvider");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
    }

    public static IdentifySettings defaults() {
        return new IdentifySettings(Provider.TMDB, MatchSettings.defaults(), null, Duration.ofDays(30), 12);
    }
}
