package com.cineorg.domain.model.metadata;

import java.util.Optional;

/** Ids of the same work in other databases; each may be null. */
public record ExternalIds(String imdbId, String tmdbId, String tvdbId) {

    public ExternalIds {
        imdbId = blankToNull(imdbId);
        tmdbId = blankToNull(tmdbId);
        tvdbId = blankToNull(tvdbId);
    }

    public static ExternalIds none() {
        return new ExternalIds(null, null, null);
    }

    public Optional<String> imdb() {
        return Optional.ofNullable(imdbId);
    }

    public Optional<String> tmdb() {
        return Optional.ofNullable(tmdbId);
    }

    public Optional<String> tvdb() {
        return Optional.ofNullable(tvdbId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
