package com.cineorg.domain.model.metadata;

import java.time.LocalDate;

/**
 * One episode of a series. Season 0 holds specials.
 *
 * @param absoluteNumber the position in the absolute order (anime), null when the provider has none
 * @param title null when the provider has no title yet
 * @param airDate null when unknown
 */
public record EpisodeInfo(int season, int episode, Integer absoluteNumber, String title, LocalDate airDate) {

    public EpisodeInfo {
        if (season < 0) {
            throw new IllegalArgumentException("season must be >= 0: " + season);
        }
        if (episode < 0) {
            throw new IllegalArgumentException("episode must be >= 0: " + episode);
        }
        if (absoluteNumber != null && absoluteNumber < 0) {
            throw new IllegalArgumentException("absolute number must be >= 0: " + absoluteNumber);
        }
        title = title == null || title.isBlank() ? null : title;
    }

    public boolean isSpecial() {
        return season == 0;
    }
}
