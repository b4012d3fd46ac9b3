package com.cineorg.domain.model.metadata;

import com.cineorg.domain.model.media.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A series as its details call describes it.
 *
 * @param seasonNumbers the seasons the provider knows, 0 being specials when present
 */
public record SeriesDetails(
        Candidate candidate, LocalDate firstAirDate, List<Integer> seasonNumbers, ExternalIds externalIds) {

    public SeriesDetails {
        Objects.requireNonNull(candidate, "candidate");
        if (candidate.type() != MediaType.EPISODE) {
            throw new IllegalArgumentException("series details need a series candidate");
        }
        seasonNumbers = seasonNumbers == null ? List.of() : List.copyOf(seasonNumbers);
        externalIds = externalIds == null ? ExternalIds.none() : externalIds;
    }
}
