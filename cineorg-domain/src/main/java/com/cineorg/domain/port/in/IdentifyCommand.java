package com.cineorg.domain.port.in;

import com.cineorg.domain.model.metadata.Provider;
import java.util.List;

/**
 * @param mediaFileIds files to identify; empty for every parsed file that is not identified yet
 * @param seriesProvider the provider for series (movies always use TMDB); null for the configured default
 * @param threshold auto-accept threshold, or null for the configured one
 * @param margin lead over the second candidate needed to auto-accept, or null for the configured one
 * @param offline identify from the parsed name alone, no network
 * @param refresh ignore cached provider answers
 */
public record IdentifyCommand(
        List<Long> mediaFileIds,
        Provider seriesProvider,
        Double threshold,
        Double margin,
        boolean offline,
        boolean refresh,
        ProgressListener progress) {
    public IdentifyCommand {
        mediaFileIds = mediaFileIds == null ? List.of() : List.copyOf(mediaFileIds);
        progress = progress == null ? ProgressListener.NONE : progress;
        if (threshold != null && (threshold < 0 || threshold > 1)) {
            throw new com.cineorg.domain.error.InvalidInputException("threshold must be between 0 and 1");
        }
        if (margin != null && (margin < 0 || margin > 1)) {
            throw new com.cineorg.domain.error.InvalidInputException("margin must be between 0 and 1");
        }
    }

    public static IdentifyCommand all() {
        return new IdentifyCommand(List.of(), null, null, null, false, false, null);
    }
}
