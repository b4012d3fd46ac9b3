package com.cineorg.domain.model.media;

import java.util.Locale;

public enum MediaType {
    MOVIE,
    EPISODE,
    UNKNOWN;

    /** The lower-case word used in JSON output and on the command line ({@code movie}, {@code episode}). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MediaType fromWord(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }
}
