package com.cineorg.domain.model.metadata;

import com.cineorg.domain.model.media.MediaType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A movie as its details call describes it: the candidate (with alternative titles and translated titles
 * merged in), its release date and its ids elsewhere.
 */
public record MovieDetails(Candidate candidate, LocalDate releaseDate, Integer runtimeMinutes, ExternalIds externalIds) {

    public MovieDetails {
        Objects.requireNonNull(candidate, "candidate");
        if (candidate.type() != MediaType.MOVIE) {
            throw new IllegalArgumentException("movie details need a movie candidate");
        }
        externalIds = externalIds == null ? ExternalIds.none() : externalIds;
    }
}
