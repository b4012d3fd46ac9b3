package com.cineorg.domain.model.metadata;

import java.util.Locale;

/** A metadata service CineOrg can identify media against. */
public enum Provider {
    TMDB("TMDB", "CINEORG_TMDB_API_KEY"),
    TVDB("TVDB", "CINEORG_TVDB_API_KEY");

    private final String displayName;
    private final String apiKeySetting;

    Provider(String displayName, String apiKeySetting) {
        this.displayName = displayName;
        this.apiKeySetting = apiKeySetting;
    }

    /** The name shown to users ({@code TMDB}). */
    public String displayName() {
        return displayName;
    }

    /** The environment variable that holds this provider's API key. */
    public String apiKeySetting() {
        return apiKeySetting;
    }

    /** The lower-case word used on the command line and in JSON ({@code tmdb}). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Provider fromWord(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }
}
