package com.cineorg.domain.model.media;

import java.util.Locale;

/** Life cycle of a media file: NEW → PARSED → IDENTIFIED / NEEDS_REVIEW → ORGANIZED; FAILED and MISSING at any point. */
public enum MediaStatus {
    NEW,
    PARSED,
    IDENTIFIED,
    NEEDS_REVIEW,
    ORGANIZED,
    FAILED,
    MISSING;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MediaStatus fromWord(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
