package com.cineorg.domain.port.in;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.metadata.Provider;

/** Sets a file's identity by hand: {@code cineorg match 12 tmdb:603}. */
public record MatchMediaCommand(long mediaFileId, Provider provider, String providerId) {
    public MatchMediaCommand {
        if (provider == null || providerId == null || providerId.isBlank()) {
            throw new InvalidInputException("give the identity as PROVIDER:ID, e.g. tmdb:603");
        }
    }

    /** Parses {@code tmdb:603} / {@code tvdb:81189}. */
    public static MatchMediaCommand parse(long mediaFileId, String reference) {
        int colon = reference == null ? -1 : reference.indexOf(':');
        if (colon <= 0 || colon == reference.length() - 1) {
            throw new InvalidInputException("'" + reference + "' is not PROVIDER:ID (e.g. tmdb:603, tvdb:81189)");
        }
        Provider provider;
        try {
            provider = Provider.fromWord(reference.substring(0, colon));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unknown provider '" + reference.substring(0, colon) + "': use tmdb or tvdb");
        }
        return new MatchMediaCommand(mediaFileId, provider, reference.substring(colon + 1).trim());
    }
}
