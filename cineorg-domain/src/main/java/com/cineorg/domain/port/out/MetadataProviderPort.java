package com.cineorg.domain.port.out;

import com.cineorg.domain.model.metadata.Candidate;
import com.cineorg.domain.model.metadata.EpisodeInfo;
import com.cineorg.domain.model.metadata.ExternalId;
import com.cineorg.domain.model.metadata.MovieDetails;
import com.cineorg.domain.model.metadata.Provider;
import com.cineorg.domain.model.metadata.SeriesDetails;
import java.util.List;
import java.util.Optional;

/**
 * Looks works up on one metadata provider (one instance per provider). Implementations are thread-safe and
 * apply the provider's rate limit, retries and circuit breaker themselves.
 *
 * <p>Errors: an id the provider does not know gives {@link Optional#empty()} (or an empty list); an outage,
 * a 429 storm, 5xx answers, unreadable bodies or an open circuit throw
 * {@link com.cineorg.domain.error.ProviderUnavailableException}; a rejected API key throws
 * {@link com.cineorg.domain.error.ProviderAuthenticationException}.
 */
public interface MetadataProviderPort {

    Provider provider();

    /**
     * @param year release year, or null for any
     * @param language ISO 639-1 (optionally with region, {@code en-US}) for the returned titles, or null for the
     *     provider's default
     * @return candidates in the provider's order (first page only), possibly empty
     */
    List<Candidate> searchMovies(String title, Integer year, String language);

    /** @param year first-air year, or null for any */
    List<Candidate> searchSeries(String title, Integer year);

    /** One call: the movie with alternative titles, translated titles and external ids. */
    Optional<MovieDetails> movieDetails(String movieId);

    /** One call: the series with alternative titles, translated titles, season numbers and external ids. */
    Optional<SeriesDetails> seriesDetails(String seriesId);

    /** Every episode of one season in the aired order (season 0 = specials); empty when unknown. */
    Optional<List<EpisodeInfo>> seasonEpisodes(String seriesId, int season);

    /**
     * Every episode of the series with its absolute number (the anime order), sorted by absolute number; empty when
     * the series is unknown.
     */
    Optional<List<EpisodeInfo>> absoluteEpisodes(String seriesId);

    /** Works on this provider carrying the given external id (movies and series); possibly empty. */
    List<Candidate> findByExternalId(ExternalId externalId);
}
