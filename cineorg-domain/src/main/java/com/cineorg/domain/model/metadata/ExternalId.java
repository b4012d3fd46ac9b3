package com.cineorg.domain.model.metadata;

import java.util.Objects;

/** An id in another database, used to find the same work on a provider ({@code imdb tt0133093}). */
public record ExternalId(Source source, String value) {

    public enum Source {
        IMDB,
        TVDB,
        TMDB
    }

    public ExternalId {
        Objects.requireNonNull(source, "source");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("external id must not be blank");
        }
        value = value.trim();
        if (source == Source.IMDB && !value.matches("tt\\d{5,10}")) {
            throw new IllegalArgumentException("not an IMDb id: " + value);
        }
        if (source != Source.IMDB && !value.matches("\\d{1,12}")) {
            throw new IllegalArgumentException("not a numeric " + source + " id: " + value);
        }
    }

    public static ExternalId imdb(String value) {
        return new ExternalId(Source.IMDB, value);
    }

    public static ExternalId tvdb(String value) {
        return new ExternalId(Source.TVDB, value);
    }
}
