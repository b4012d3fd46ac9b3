package com.cineorg.adapter.api.library;

import com.cineorg.domain.match.ScoredCandidate;
import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.ExternalIds;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;

/** The HTTP shape of an identification and its ranked candidates. */
final class IdentificationResponses {
    private IdentificationResponses() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IdentificationItem(String outcome, String method, String provider, String providerId, String reference,
            String type, String title, Integer year, double score, List<String> reasons, List<EpisodeItem> episodes,
            ExternalIdsItem externalIds, List<CandidateItem> candidates, String decidedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EpisodeItem(int season, int episode, Integer absoluteNumber, String title, String airDate) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExternalIdsItem(String imdb, String tmdb, String tvdb) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CandidateItem(String provider, String id, String reference, String type, String title,
            String originalTitle, Integer year, double score, List<String> reasons) {}

    static IdentificationItem of(Identification i) {
        return new IdentificationItem(word(i.outcome()), word(i.method()),
                i.provider() == null ? null : i.provider().word(), i.providerId(), i.reference(), i.type().word(),
                i.title(), i.year(), i.score(), i.reasons(),
                i.episodes().stream().map(IdentificationResponses::episode).toList(), externalIds(i.externalIds()),
                i.candidates().stream().map(IdentificationResponses::candidate).toList(), i.decidedAt().toString());
    }

    private static EpisodeItem episode(EpisodeInfo e) {
        return new EpisodeItem(e.season(), e.episode(), e.absoluteNumber(), e.title(),
                e.airDate() == null ? null : e.airDate().toString());
    }

    private static ExternalIdsItem externalIds(ExternalIds ids) {
        if (ids.imdbId() == null && ids.tmdbId() == null && ids.tvdbId() == null) {
            return null;
        }
        return new ExternalIdsItem(ids.imdbId(), ids.tmdbId(), ids.tvdbId());
    }

    static CandidateItem candidate(ScoredCandidate s) {
        Candidate c = s.candidate();
        return new CandidateItem(c.provider().word(), c.id(), c.reference(), c.type().word(), c.title(),
                c.originalTitle() == null || c.originalTitle().equals(c.title()) ? null : c.originalTitle(), c.year(),
                s.score(), s.reasons());
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
