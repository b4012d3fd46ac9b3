package com.cineorg.adapter.metadata.tmdb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** TMDB v3 payloads, as far as CineOrg reads them. */
final class TmdbResponses {

    private TmdbResponses() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbMovieResult(
            long id,
            String title,
            @JsonProperty("original_title") String originalTitle,
            @JsonProperty("original_language") String originalLanguage,
            @JsonProperty("release_date") String releaseDate,
            double popularity) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbTvResult(
            long id,
            String name,
            @JsonProperty("original_name") String originalName,
            @JsonProperty("original_language") String originalLanguage,
            @JsonProperty("first_air_date") String firstAirDate,
            double popularity) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbMovieSearchResponse(
            int page,
            List<TmdbMovieResult> results,
            @JsonProperty("total_pages") int totalPages,
            @JsonProperty("total_results") int totalResults) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbTvSearchResponse(
            int page,
            List<TmdbTvResult> results,
            @JsonProperty("total_pages") int totalPages,
            @JsonProperty("total_results") int totalResults) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbAlternativeTitle(@JsonProperty("iso_3166_1") String country, String title, String type) {}

    /** Movies list them under {@code titles}, series under {@code results}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbAlternativeTitles(List<TmdbAlternativeTitle> titles, List<TmdbAlternativeTitle> results) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbTranslationData(String title, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbTranslation(
            @JsonProperty("iso_639_1") String language,
            @JsonProperty("iso_3166_1") String country,
            TmdbTranslationData data) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbTranslations(List<TmdbTranslation> translations) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbExternalIds(@JsonProperty("imdb_id") String imdbId, @JsonProperty("tvdb_id") Long tvdbId) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbMovieResponse(
            long id,
            String title,
            @JsonProperty("original_title") String originalTitle,
            @JsonProperty("original_language") String originalLanguage,
            @JsonProperty("release_date") String releaseDate,
            double popularity,
            Integer runtime,
            @JsonProperty("imdb_id") String imdbId,
            @JsonProperty("alternative_titles") TmdbAlternativeTitles alternativeTitles,
            @JsonProperty("external_ids") TmdbExternalIds externalIds,
            TmdbTranslations translations) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbSeasonSummary(@JsonProperty("season_number") int seasonNumber) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbTvResponse(
            long id,
            String name,
            @JsonProperty("original_name") String originalName,
            @JsonProperty("original_language") String originalLanguage,
            @JsonProperty("first_air_date") String firstAirDate,
            double popularity,
            List<TmdbSeasonSummary> seasons,
            @JsonProperty("alternative_titles") TmdbAlternativeTitles alternativeTitles,
            @JsonProperty("external_ids") TmdbExternalIds externalIds,
            TmdbTranslations translations) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbEpisode(
            @JsonProperty("season_number") int seasonNumber,
            @JsonProperty("episode_number") int episodeNumber,
            String name,
            @JsonProperty("air_date") String airDate) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbSeasonResponse(@JsonProperty("season_number") int seasonNumber, List<TmdbEpisode> episodes) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TmdbFindResponse(
            @JsonProperty("movie_results") List<TmdbMovieResult> movieResults,
            @JsonProperty("tv_results") List<TmdbTvResult> tvResults) {}
}
