package com.cineorg.domain.port.in;

import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.MediaType;

/**
 * A filter over the catalog. Null filters match everything.
 *
 * @param text case-insensitive substring of the path or the parsed title
 */
public record MediaQuery(MediaStatus status, MediaType type, String text, int offset, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public MediaQuery {
        if (offset < 0) {
            throw new com.cineorg.domain.error.InvalidInputException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new com.cineorg.domain.error.InvalidInputException("limit must be between 1 and " + MAX_LIMIT);
        }
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public static MediaQuery all() {
        return new MediaQuery(null, null, null, 0, MAX_LIMIT);
    }
}
