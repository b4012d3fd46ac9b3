package com.cineorg.adapter.metadata.tvdb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** TVDB v4 payloads ({@code {status, data, links}} envelopes), as far as CineOrg reads them. */
final class TvdbResponses {

    private TvdbResponses() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbLinks(String prev, String self, String next, @JsonProperty("total_items") Integer totalItems,
            @JsonProperty("page_size") Integer pageSize) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbToken(String token) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbLoginResponse(String status, TvdbToken data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbRemoteId(String id, Integer type, String sourceName) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbSearchRecord(
            @JsonProperty("tvdb_id") String tvdbId,
            String type,
            String name,
            String year,
            @JsonProperty("first_air_time") String firstAirTime,
            @JsonProperty("primary_language") String primaryLanguage,
            List<String> aliases,
            Map<String, String> translations,
            @JsonProperty("remote_ids") List<TvdbRemoteId> remoteIds) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbSearchResponse(String status, List<TvdbSearchRecord> data, TvdbLinks links) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbAlias(String language, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbNameTranslation(String name, String language, Boolean isPrimary, Boolean isAlias) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbTranslations(List<TvdbNameTranslation> nameTranslations, List<String> alias) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbSeasonType(Integer id, String name, String type) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbSeason(Long id, Integer number, TvdbSeasonType type) {}

    /** The base record of a series or movie (search/remoteid) and its extended record (details). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbRecord(
            long id,
            String name,
            String year,
            String firstAired,
            String originalLanguage,
            Double score,
            List<TvdbAlias> aliases,
            List<TvdbRemoteId> remoteIds,
            List<TvdbSeason> seasons,
            TvdbTranslations translations) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbRecordResponse(String status, TvdbRecord data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbRemoteIdResult(TvdbRecord series, TvdbRecord movie) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbRemoteIdResponse(String status, List<TvdbRemoteIdResult> data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbEpisode(
            long id,
            String name,
            String aired,
            Integer number,
            Integer seasonNumber,
            Integer absoluteNumber) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbEpisodesPage(TvdbRecord series, List<TvdbEpisode> episodes) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TvdbEpisodesResponse(String status, TvdbEpisodesPage data, TvdbLinks links) {}
}
