package com.cineorg.domain.model.identify;

import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.ExternalIds;
import com.cineorg.domain.model.metadata.Provider;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a media file was identified as, or why it waits for review.
 *
 * @param provider where the identity comes from; null for an offline identification (from the name alone)
 * @param providerId the provider's id of the movie or series; null when waiting for review or offline
 * @param title the movie title or the series title
 * @param year release year or first-air year
 * @param score the match score in [0, 1] (1 for a manual match)
 * @param reasons why the score is what it is, or why the file waits for review
 * @param episodes for episode files, each episode the file holds (several for multi-episode files)
 * @param candidates ranked candidates (kept for review and for `show`)
 */
public record Identification(
        long mediaFileId,
        Outcome outcome,
        Method method,
        Provider provider,
        String providerId,
        MediaType type,
        String title,
        Integer year,
        double score,
        List<String> reasons,
        List<EpisodeInfo> episodes,
        ExternalIds externalIds,
        List<ScoredCandidate> candidates,
        Instant decidedAt) {

    public enum Outcome {
        IDENTIFIED,
        NEEDS_REVIEW
    }

    public enum Method {
        AUTO,
        MANUAL,
        OFFLINE
    }

    public Identification {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(decidedAt, "decidedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        externalIds = externalIds == null ? ExternalIds.none() : externalIds;
        if (outcome == Outcome.IDENTIFIED && (title == null || title.isBlank())) {
            throw new IllegalArgumentException("an identified file needs a title");
        }
    }

    public boolean identified() {
        return outcome == Outcome.IDENTIFIED;
    }

    /** {@code tmdb:603}, or null. */
    public String reference() {
        return provider == null || providerId == null ? null : provider.word() + ":" + providerId;
    }
}
